/**
 * The engine boundary of every OpenTofu stack (infra, add-ons, platform): before cdktf resolves
 * a stack, every literal string in it (attribute values, keys, overrides, from any provider
 * binding) is escaped (`${` → `$${`, `%{` → `%%{`), so user text such as an alert receiver's
 * address or a rotation key reaches OpenTofu as text, never as an expression. Only cdktf tokens
 * (resource references, `Fn.*`, variables) and expressions written with `tfExpression`
 * (providers/shared/managed.ts) stay live.
 * A provider that writes a raw `${...}` string gets it escaped: it fails closed. See ADR 0021.
 */
import { TerraformElement, TerraformStack } from "./cdk";
import { escapeTemplate } from "./escape";

export { tfExpression } from "./expression";

/** cdktf's encoded tokens in strings: `${TfToken[...]}`, list `#{TfToken[...]}` and map `&{TfToken[...]}` markers. */
const TOKEN_MARKER = /([$#&]\{TfToken\[[a-zA-Z0-9:._-]+\]\})/;

const isResolvable = (value: object): boolean => typeof (value as { resolve?: unknown }).resolve === "function";

/** Escapes the literal parts of one string, keeping cdktf's token markers. */
function escapeLiteralString(text: string): string {
  if (!text.includes("{")) return text;
  return text
    .split(TOKEN_MARKER)
    .map((part, i) => (i % 2 === 1 ? part : escapeTemplate(part)))
    .join("");
}

/** Escapes every literal string (values and keys) inside an unresolved stack fragment; tokens are left as they are. */
export function escapeLiterals<T>(value: T): T {
  if (typeof value === "string") return escapeLiteralString(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeLiterals(v)) as T;
  if (value && typeof value === "object" && !isResolvable(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeLiteralString(k), escapeLiterals(v)])) as T;
  }
  return value;
}

const ESCAPED = new WeakSet<TerraformElement>();

/** Makes every element of `stack` (present now) hand cdktf escaped literals; idempotent. */
export function escapeElementsOf(stack: TerraformStack): void {
  for (const node of stack.node.findAll()) {
    if (!TerraformElement.isTerraformElement(node) || node.cdktfStack !== stack || ESCAPED.has(node)) continue;
    ESCAPED.add(node);
    const element = node as TerraformElement;
    const original = element.toTerraform.bind(element);
    element.toTerraform = () => escapeLiterals(original());
  }
}

/**
 * Runs `synth` (the stack's own `toTerraform`) with the stack's overrides escaped as well.
 * cdktf keeps stack-level overrides in a private field, read once by `toTerraform`.
 */
export function withEscapedStackOverrides<T>(stack: TerraformStack, synth: () => T): T {
  escapeElementsOf(stack);
  const holder = stack as unknown as { rawOverrides: Record<string, unknown> };
  const raw = holder.rawOverrides;
  holder.rawOverrides = escapeLiterals(raw);
  try {
    return synth();
  } finally {
    holder.rawOverrides = raw;
  }
}

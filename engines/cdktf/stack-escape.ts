/**
 * The engine boundary of every OpenTofu stack (infra, add-ons, platform): before cdktf resolves
 * a stack, every literal string in it (attribute values, keys, overrides, from any provider
 * binding) is escaped (`${` → `$${`, `%{` → `%%{`), so user text such as an alert receiver's
 * address or a rotation key reaches OpenTofu as text, never as an expression. Only cdktf tokens
 * (resource references, `Fn.*`, variables) and expressions written with `tfExpression`
 * (providers/shared/managed.ts) stay live.
 * A provider that writes a raw `${...}` string gets it escaped: it fails closed. See ADR 0021.
 *
 * A user string that carries a cdktf marker (`${TfToken[TOKEN.3]}`) looks exactly like a real
 * token in text, and cdktf would resolve it (to any reference of the program, e.g. the state
 * passphrase's key provider). So every token this process registers gets a random nonce in its
 * key (`TOKEN.<nonce>.3`); a marker without this process's nonce was typed, not made, and is
 * escaped like any other literal (issue 26, ADR 0340).
 */
import { randomBytes } from "node:crypto";
import { Lazy, TerraformElement, TerraformStack } from "./cdk";
import { escapeTemplate } from "./escape";

export { tfExpression } from "./expression";

/** cdktf's encoded tokens in strings: `${TfToken[...]}`, list `#{TfToken[...]}` and map `&{TfToken[...]}` markers. */
const TOKEN_MARKER = /([$#&]\{TfToken\[[a-zA-Z0-9:._-]+\]\})/;

/** This process's token nonce (hex: valid in a cdktf token key). */
const NONCE = randomBytes(8).toString("hex");

/** cdktf's process-wide token map (global, shared by every copy of the library). */
interface TokenMapInternals {
  registerStringKey(token: unknown, displayHint?: string): string;
  stackwerkNonce?: string;
}

/**
 * Makes cdktf put this process's nonce into every string, list and map token key from now on;
 * idempotent. Runs when this module loads, before any pattern creates a token.
 */
export function installTokenNonce(): string {
  // Creating a token creates the map.
  Lazy.stringValue({ produce: () => "" });
  const map = (globalThis as { __cdktfTokenMap?: TokenMapInternals }).__cdktfTokenMap;
  if (!map || typeof map.registerStringKey !== "function")
    throw new Error("cdktf's token map has moved: the forged-token guard (engines/cdktf/stack-escape.ts) needs updating");
  if (map.stackwerkNonce) return map.stackwerkNonce;
  const register = map.registerStringKey.bind(map);
  map.registerStringKey = (token, displayHint) => register(token, `${displayHint || "TOKEN"}.${NONCE}`);
  map.stackwerkNonce = NONCE;
  return NONCE;
}

const nonce = installTokenNonce();

/** True for a marker this process made (its key carries the nonce); false for one typed into a string. */
const isOwnMarker = (marker: string): boolean => marker.includes(`.${nonce}.`);

const isResolvable = (value: object): boolean => typeof (value as { resolve?: unknown }).resolve === "function";

/**
 * A typed marker as text cdktf does not recognise and OpenTofu reads back unchanged: its `{`
 * (after `#`/`&`) or its `$` becomes a constant interpolation (`${"{"}`, `${"$"}`), which
 * OpenTofu evaluates to that one character. (Escaping as `$${` is not enough: cdktf still finds
 * the marker inside `$${TfToken[...]}` and would resolve it.)
 */
function defuseMarker(marker: string): string {
  return marker.startsWith("$") ? `\${"$"}${marker.slice(1)}` : `${marker[0]}\${"{"}${marker.slice(2)}`;
}

/** Escapes the literal parts of one string, keeping cdktf's token markers this process made. */
function escapeLiteralString(text: string): string {
  if (!text.includes("{")) return text;
  return text
    .split(TOKEN_MARKER)
    .map((part, i) => (i % 2 === 0 ? escapeTemplate(part) : isOwnMarker(part) ? part : defuseMarker(part)))
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

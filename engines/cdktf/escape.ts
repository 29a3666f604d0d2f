/**
 * The one place where user text becomes Terraform JSON text. In Terraform JSON every string is
 * a template: `${...}` is an expression and `%{...}` a directive, evaluated at plan time on the
 * deploying machine (`${file("/etc/hostname")}`, `${var.kubeconfig}`). Every string of an
 * engine-neutral manifest is escaped here (`${` → `$${`, `%{` → `%%{`) before the engine puts
 * its own references (platform inputs) in, so user strings arrive in the cluster verbatim.
 * The Pulumi engine passes values as data and must not escape.
 */

/** Escapes one string so OpenTofu reads it as literal text. */
export function escapeTemplate(text: string): string {
  // A replacer function: in a replacement string `$$` would itself mean one `$`.
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** Escapes every string (values and keys) inside `value`, deeply; other values are copied as they are. */
export function escapeTemplatesDeep<T>(value: T): T {
  if (typeof value === "string") return escapeTemplate(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeTemplatesDeep(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeTemplate(k), escapeTemplatesDeep(v)])) as T;
  }
  return value;
}

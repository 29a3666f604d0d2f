/**
 * Bus clients and their grants. A client is named and carries a *reference* to the Secret key that
 * holds its credential; a literal password or key is refused. Grants accumulate per client, so
 * `grantPublish` and `grantConsume` on the same client yield one user with both rights.
 */
import { fail, propNames, requireDnsLabel, requireKnownProps } from "../../../core/errors";
import type { SecretKeyRef } from "../../../core/secret-ref";
import type { BusClient, ClientGrants } from "../../../core/messaging/topology";

const CLIENT_PROPS = propNames<BusClient>()(["name", "credentials"]);
const SECRET_REF_PROPS = propNames<SecretKeyRef>()(["name", "key"]);

/** Validates a client from untyped input and returns it. */
export function requireClient(scope: string, property: string, client: unknown): BusClient {
  if (typeof client !== "object" || client === null)
    fail(scope, property, `${JSON.stringify(client)} is not allowed. Allowed: { name, credentials: { name, key } }`);
  requireKnownProps(scope, client, CLIENT_PROPS, `${property}.`);
  const { name, credentials } = client as BusClient;
  requireDnsLabel(scope, `${property}.name`, name);
  if (typeof credentials !== "object" || credentials === null) {
    fail(
      scope,
      `${property}.credentials`,
      `${typeof credentials === "string" ? "a literal credential" : JSON.stringify(credentials)} is not allowed. Allowed: a Secret reference { name, key } (credentials are referenced, never written into the topology)`,
    );
  }
  requireKnownProps(scope, credentials, SECRET_REF_PROPS, `${property}.credentials.`);
  requireDnsLabel(scope, `${property}.credentials.name`, credentials.name);
  if (typeof credentials.key !== "string" || !/^[-._a-zA-Z0-9]+$/.test(credentials.key)) {
    fail(scope, `${property}.credentials.key`, `${JSON.stringify(credentials.key)} is not a valid Secret key. Allowed: letters, digits, '-', '_' and '.'`);
  }
  return { name, credentials: { name: credentials.name, key: credentials.key } };
}

/** Grants per client, in the order clients were first granted something. */
export class GrantBook<R extends string> {
  private readonly entries = new Map<string, { client: BusClient; rights: Record<R, Set<string>> }>();

  constructor(
    private readonly scope: string,
    private readonly rightNames: readonly R[],
  ) {}

  /** Records `names` under `right` for `client`; the same client name must keep the same credentials. */
  add(client: BusClient, property: string, right: R, names: readonly string[]): void {
    let entry = this.entries.get(client.name);
    if (!entry) {
      entry = { client, rights: Object.fromEntries(this.rightNames.map((r) => [r, new Set<string>()])) as Record<R, Set<string>> };
      this.entries.set(client.name, entry);
    } else if (entry.client.credentials.name !== client.credentials.name || entry.client.credentials.key !== client.credentials.key) {
      fail(
        this.scope,
        `${property}.credentials`,
        `client ${client.name} was granted before with credentials ${entry.client.credentials.name}/${entry.client.credentials.key}. Allowed: one credential per client`,
      );
    }
    for (const name of names) entry.rights[right].add(name);
  }

  /** Every client's grants. */
  all(): ClientGrants<R>[] {
    return [...this.entries.values()].map(({ client, rights }) => ({ client, rights }));
  }
}

/** Requires a non-empty list of names, each one of `known` (the model's resources of that kind). */
export function requireKnownNames(scope: string, property: string, names: unknown, known: readonly string[], kind: string): string[] {
  if (!Array.isArray(names) || names.length === 0)
    fail(scope, property, `${JSON.stringify(names)} is not allowed. Allowed: a non-empty list of ${kind} names: ${known.join(", ")}`);
  return names.map((name, i) => requireKnownName(scope, `${property}[${i}]`, name, known, kind));
}

/** Requires `name` to be one of `known` (the model's resources of that kind). */
export function requireKnownName(scope: string, property: string, name: unknown, known: readonly string[], kind: string): string {
  if (typeof name !== "string" || !known.includes(name)) {
    fail(scope, property, `${JSON.stringify(name)} is not a ${kind} of this topology. Allowed: ${known.join(", ") || `(no ${kind}s defined)`}`);
  }
  return name;
}

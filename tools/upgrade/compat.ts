/**
 * Upgrade compatibility checks: what a new release would delete or replace in an installation of
 * the previous one. Two views of the same contract (docs: test/upgrade/README.md):
 *
 * - `planViolations`: reads `tofu show -json` of a plan made with the new synth against the old
 *   release's state, and reports every delete, replace or forget of a data-bearing object
 *   (Namespace, StatefulSet, PersistentVolumeClaim, Secret, and the generated passwords behind the
 *   Secrets). A `moved` block the project writes shows up as a move, not a delete, and passes.
 * - `addressViolations`: compares resource addresses of two Terraform JSON documents (old and new
 *   synth) where no state exists (cloud targets here): every protected address of the old synth
 *   must still exist in the new one, directly or through a chain of `moved` blocks.
 */

/** Kubernetes kinds whose deletion loses data or identity (volumes, credentials, everything in a namespace). */
export const PROTECTED_KINDS = ["Namespace", "StatefulSet", "PersistentVolumeClaim", "Secret"] as const;

/**
 * Resource types whose deletion or replacement loses data, credentials or reachability:
 * managed databases and their users, buckets, clusters and node pools, DNS zones, object storage
 * credentials, the datacenter/LAN everything else lives in (replacing an IONOS datacenter replaces
 * its contents), and the generated passwords behind Kubernetes Secrets (ADR 0023: a new
 * random_password writes a password the existing database does not know). First match wins.
 */
export const PROTECTED_TYPE_PATTERNS: ReadonlyArray<{ readonly what: string; readonly pattern: RegExp }> = [
  { what: "managed database", pattern: /_(postgresflex|sqlserverflex|mongodbflex|mariadb|redis|opensearch|rabbitmq|pg|postgres|mongo)_(instance|cluster)$/ },
  { what: "user", pattern: /_user$/ },
  { what: "bucket", pattern: /_bucket$/ },
  { what: "cluster", pattern: /_(cluster|node_pool|nodepool)$/ },
  { what: "DNS zone", pattern: /_dns_zone$/ },
  { what: "credentials", pattern: /_(objectstorage_credential|objectstorage_credentials_group|object_storage_accesskey|s3_key|credential)$/ },
  { what: "network", pattern: /_(datacenter|lan|network)$/ },
  { what: "generated credential", pattern: /^random_password$/ },
];

/** One finding: an object of `kind` at `address` that the upgrade would lose. */
export interface Violation {
  readonly address: string;
  /** Kubernetes kind, or what the resource type stands for (e.g. "bucket"). */
  readonly kind: string;
  /** Plan actions (`["delete","create"]` = replace), or `["missing"]` for an address that vanished from the synth. */
  readonly actions: readonly string[];
  readonly detail: string;
}

/** What a resource stands for when it is protected, else undefined. `value` is a manifest/plan value when known. */
export function protectedKind(type: string, value?: unknown): string | undefined {
  if (type === "kubernetes_manifest") {
    const kind = kindOf(value);
    return kind && (PROTECTED_KINDS as readonly string[]).includes(kind) ? kind : undefined;
  }
  if (/^kubernetes_secret(_v1)?$/.test(type)) return "Secret";
  if (/^kubernetes_namespace(_v1)?$/.test(type)) return "Namespace";
  if (/^kubernetes_stateful_set(_v1)?$/.test(type)) return "StatefulSet";
  if (/^kubernetes_persistent_volume_claim(_v1)?$/.test(type)) return "PersistentVolumeClaim";
  return PROTECTED_TYPE_PATTERNS.find((p) => p.pattern.test(type))?.what;
}

/** The Kubernetes kind in a kubernetes_manifest's config (`{manifest}`), plan value (`{manifest, object}`) or a bare object. */
function kindOf(value: unknown): string | undefined {
  const v = value as { manifest?: { kind?: unknown }; object?: { kind?: unknown }; kind?: unknown } | null | undefined;
  const kind = v?.manifest?.kind ?? v?.object?.kind ?? v?.kind;
  return typeof kind === "string" ? kind : undefined;
}

// ---------------------------------------------------------------------------------------------
// Plan view (state exists: on-prem, the embedded cluster)

/** The parts of `tofu show -json <plan>` read here. */
export interface PlanJson {
  readonly resource_changes?: ReadonlyArray<{
    readonly address: string;
    readonly previous_address?: string;
    readonly mode?: string;
    readonly type: string;
    readonly change: { readonly actions: readonly string[]; readonly before?: unknown; readonly after?: unknown };
    readonly action_reason?: string;
  }>;
}

/** Every delete, replace or forget of a protected object in a plan. Moves (previous_address) with no-op/update pass. */
export function planViolations(plan: PlanJson): Violation[] {
  const out: Violation[] = [];
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode === "data") continue;
    const actions = rc.change.actions;
    if (!actions.some((a) => a === "delete" || a === "forget")) continue;
    const kind = protectedKind(rc.type, rc.change.before) ?? protectedKind(rc.type, rc.change.after);
    if (!kind) continue;
    const what = actions.includes("forget") ? "forget (no longer managed)" : actions.includes("create") ? "replace" : "delete";
    out.push({ address: rc.address, kind, actions, detail: `${what}${rc.action_reason ? ` (${rc.action_reason})` : ""}` });
  }
  return out;
}

/** Addresses that moved in the plan (`previous_address` → `address`), for reporting. */
export function planMoves(plan: PlanJson): Array<{ from: string; to: string }> {
  return (plan.resource_changes ?? []).filter((rc) => rc.previous_address).map((rc) => ({ from: rc.previous_address!, to: rc.address }));
}

// ---------------------------------------------------------------------------------------------
// Address view (no state: cloud targets here)

/** The parts of a Terraform JSON document read here. */
export interface TerraformJson {
  readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly moved?: ReadonlyArray<{ readonly from: string; readonly to: string }> | Readonly<{ from: string; to: string }>;
}

/** `type.name` of every managed resource in a Terraform JSON document. */
export function addressesOf(doc: TerraformJson): Map<string, { type: string; config: unknown }> {
  const out = new Map<string, { type: string; config: unknown }>();
  for (const [type, byName] of Object.entries(doc.resource ?? {})) {
    for (const [name, config] of Object.entries(byName)) out.set(`${type}.${name}`, { type, config });
  }
  return out;
}

/** `moved` blocks as from → to (Terraform JSON allows one object or a list). */
export function movedBlocks(doc: TerraformJson): Map<string, string> {
  const list = doc.moved === undefined ? [] : Array.isArray(doc.moved) ? doc.moved : [doc.moved as { from: string; to: string }];
  return new Map(list.map((m) => [m.from, m.to]));
}

/**
 * Where `address` ends up: itself when it exists, else the end of its chain of `moved` blocks
 * (cycles stop the chain). `viaMoved` says whether any block was followed.
 */
export function followMoved(address: string, moved: ReadonlyMap<string, string>, exists: (address: string) => boolean): { target: string; viaMoved: boolean } {
  let target = address;
  const seen = new Set<string>();
  while (!exists(target) && moved.has(target) && !seen.has(target)) {
    seen.add(target);
    target = moved.get(target)!;
  }
  return { target, viaMoved: seen.size > 0 };
}

/**
 * Protected addresses of `before` that `after` loses: gone from the resources and not mapped by a
 * chain of `moved` blocks to an address that exists. A protected address that exists but now holds
 * another Kubernetes kind counts as lost too.
 */
export function addressViolations(before: TerraformJson, after: TerraformJson): Violation[] {
  const old = addressesOf(before);
  const now = addressesOf(after);
  const moved = movedBlocks(after);
  const out: Violation[] = [];
  for (const [address, { type, config }] of old) {
    const kind = protectedKind(type, config);
    if (!kind) continue;
    const { target, viaMoved } = followMoved(address, moved, (a) => now.has(a));
    const found = now.get(target);
    if (!found) {
      out.push({
        address,
        kind,
        actions: ["missing"],
        detail: viaMoved ? `moved to ${target}, which the new synth does not declare` : "gone from the new synth, no moved block",
      });
    } else if (protectedKind(found.type, found.config) !== kind) {
      out.push({ address, kind, actions: ["missing"], detail: `${target} now holds ${protectedKind(found.type, found.config) ?? found.type}` });
    }
  }
  return out;
}

/** One line per violation, for test failures and the CLI. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.kind} ${v.address}: ${v.detail} [${v.actions.join(",")}]`).join("\n");
}

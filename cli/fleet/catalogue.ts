/**
 * The fleet catalogue: tenants as data (YAML or JSON), validated before anything is
 * synthesised. Every error names the entry (`tenants[3] (gemeinde-a)`), the property and the
 * allowed values; unknown keys are refused with the nearest known name. All errors of a file
 * are reported at once. Format and examples: docs/fleet.md.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { fail, requireDnsLabel, requireKnownProps, requireOneOf, StackwerkValidationError } from "../../core/errors";
import { SIZES, Size, STAGES, Stage } from "../../core/profile";
import { TARGET_NAMES, TargetName, targets } from "../../providers";
import { fleetPatternNames } from "./patterns";
import { clusterIdentity, readKubeconfigCluster } from "../../providers/shared/cluster-identity";

/** Plain data as read from the file. */
type Data = Record<string, unknown>;

/** A target configuration: a target type and the props for its factory (`targets.<type>(props)`). */
export interface FleetTargetSpec {
  readonly type: TargetName;
  readonly props: Data;
}

/** One tenant, resolved against the catalogue's defaults and targets, ready for a worker. */
export interface FleetTenant {
  /** Position in the catalogue's `tenants` list (0-based), for messages. */
  readonly index: number;
  /** Tenant name: construct id of the pattern instance and prefix of its stacks. */
  readonly name: string;
  readonly pattern: string;
  /** Name of the target as written (a type or a key of `targets`). */
  readonly targetName: string;
  readonly target: FleetTargetSpec;
  readonly stage: Stage;
  readonly size: Size;
  /** Pattern props (defaults.props merged with the entry's props). */
  readonly props: Data;
}

/** A validated catalogue. */
export interface FleetCatalogue {
  readonly file: string;
  readonly tenants: FleetTenant[];
}

/** Every problem of a catalogue file, one message per line. */
export class FleetCatalogueError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.length} problem(s) in the fleet catalogue:\n  ${problems.join("\n  ")}`);
    this.name = "FleetCatalogueError";
  }
}

const TOP_KEYS = ["defaults", "targets", "tenants"] as const;
const ENTRY_KEYS = ["name", "pattern", "target", "stage", "size", "props"] as const;
const DEFAULT_KEYS = ["pattern", "target", "stage", "size", "props"] as const;
const TARGET_KEYS = ["type", "props"] as const;
/** Props the catalogue sets itself (entry level), so they may not appear inside `props`. */
const RESERVED_PROPS = ["target", "stage", "size", "tenant"] as const;

const isMapping = (x: unknown): x is Data => typeof x === "object" && x !== null && !Array.isArray(x);

/** Parses `text` as YAML (`.yaml`, `.yml`) or JSON (`.json`), by the file name's extension. */
export function parseCatalogueText(file: string, text: string): unknown {
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === ".json") return JSON.parse(text);
    if (ext === ".yaml" || ext === ".yml") return yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA });
  } catch (err) {
    throw new FleetCatalogueError(file, [`cannot be parsed as ${ext === ".json" ? "JSON" : "YAML"}: ${(err as Error).message}`]);
  }
  throw new FleetCatalogueError(file, [`extension "${ext}" is not allowed. Allowed: .yaml, .yml, .json`]);
}

/** Collects validation failures instead of stopping at the first. */
class Problems {
  readonly list: string[] = [];
  check<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof StackwerkValidationError)) throw err;
      this.list.push(err.message);
      return undefined;
    }
  }
}

/** Validates the `targets` section and builds each target once, so its own checks run here. */
function readTargets(problems: Problems, raw: unknown): Map<string, FleetTargetSpec> {
  const specs = new Map<string, FleetTargetSpec>();
  if (raw === undefined) return specs;
  if (!isMapping(raw)) {
    problems.check(() => fail("catalogue", "targets", `${JSON.stringify(raw)} is not allowed. Allowed: a mapping of target names to { type, props }`));
    return specs;
  }
  for (const [name, value] of Object.entries(raw)) {
    const where = `targets.${name}`;
    if (problems.check(() => requireDnsLabel("catalogue", `targets.${name}`, name)) === undefined) continue;
    if ((TARGET_NAMES as readonly string[]).includes(name)) {
      problems.check(() => fail("catalogue", where, `shadows the target type ${name}. Allowed: a name other than ${TARGET_NAMES.join(", ")}`));
      continue;
    }
    if (!isMapping(value)) {
      problems.check(() => fail("catalogue", where, `${JSON.stringify(value)} is not allowed. Allowed: { type: ${TARGET_NAMES.join(" | ")}, props: {...} }`));
      continue;
    }
    const before = problems.list.length;
    problems.check(() => requireKnownProps(where, value, TARGET_KEYS));
    if (problems.list.length > before) continue;
    const type = problems.check(() => requireOneOf(where, "type", value.type, TARGET_NAMES));
    const props = value.props ?? {};
    if (!isMapping(props)) {
      problems.check(() => fail(where, "props", `${JSON.stringify(props)} is not allowed. Allowed: a mapping of ${type ?? "target"} props`));
      continue;
    }
    if (!type) continue;
    // The target's constructor validates its props (unknown keys, CIDRs, versions): report it against this entry.
    const built = problems.check(() => {
      try {
        return targets[type](props as never);
      } catch (err) {
        if (err instanceof StackwerkValidationError) fail(where, `props.${err.property}`, err.message.replace(/^\[[^\]]*\] [^:]*: /, ""));
        throw err;
      }
    });
    if (built) specs.set(name, { type, props });
  }
  return specs;
}

/** Validates one entry (defaults already merged in) and resolves its target. */
function readEntry(problems: Problems, index: number, raw: unknown, defaults: Data, specs: Map<string, FleetTargetSpec>): FleetTenant | undefined {
  const label = `tenants[${index}]${isMapping(raw) && typeof raw.name === "string" ? ` (${raw.name})` : ""}`;
  if (!isMapping(raw)) {
    problems.check(() => fail(label, "entry", `${JSON.stringify(raw)} is not allowed. Allowed: a mapping with ${ENTRY_KEYS.join(", ")}`));
    return undefined;
  }
  const before = problems.list.length;
  problems.check(() => requireKnownProps(label, raw, ENTRY_KEYS));
  const name = problems.check(() => requireDnsLabel(label, "name", raw.name as string));
  const merged: Data = { ...defaults, ...raw };
  const patternNames = fleetPatternNames();
  const pattern = problems.check(() =>
    merged.pattern === undefined
      ? fail(label, "pattern", `is required (here or in defaults). Allowed: ${patternNames.join(", ")}`)
      : requireOneOf(label, "pattern", merged.pattern, patternNames),
  );
  const targetNames = [...TARGET_NAMES, ...specs.keys()];
  const targetName = problems.check(() =>
    merged.target === undefined
      ? fail(label, "target", `is required (here or in defaults). Allowed: ${targetNames.join(", ")}`)
      : requireOneOf(label, "target", merged.target, targetNames),
  );
  const stage = problems.check(() => requireOneOf(label, "stage", merged.stage ?? "test", STAGES));
  const size = problems.check(() => requireOneOf(label, "size", merged.size ?? "S", SIZES));
  const entryProps = raw.props ?? {};
  const defaultProps = defaults.props ?? {};
  if (!isMapping(entryProps))
    problems.check(() => fail(label, "props", `${JSON.stringify(entryProps)} is not allowed. Allowed: a mapping of ${pattern ?? "pattern"} props`));
  const props: Data = { ...(isMapping(defaultProps) ? defaultProps : {}), ...(isMapping(entryProps) ? entryProps : {}) };
  for (const key of RESERVED_PROPS) {
    if (Object.hasOwn(props, key)) {
      const where = key === "tenant" ? "the entry's name" : `${key} at the entry level`;
      problems.check(() => fail(label, `props.${key}`, `is set by the catalogue. Allowed: set ${where}, not inside props`));
    }
  }
  if (problems.list.length > before || !name || !pattern || !targetName || !stage || !size) return undefined;
  const target = specs.get(targetName) ?? { type: targetName as TargetName, props: {} };
  return { index, name, pattern, targetName, target, stage, size, props };
}

/**
 * The cluster an on-prem target configuration reaches, for namespace ownership: its identity (API
 * server + CA from the kubeconfig, issue 26) when the file is readable here, else the target's name.
 */
function clusterOf(t: FleetTenant): { readonly key: string; readonly server?: string } {
  const kubeconfigPath = t.target.props.kubeconfigPath;
  if (typeof kubeconfigPath !== "string") return { key: `target:${t.targetName}` };
  const context = typeof t.target.props.kubeContext === "string" ? t.target.props.kubeContext : undefined;
  return { key: clusterIdentity(kubeconfigPath, context), server: readKubeconfigCluster(kubeconfigPath, context)?.server };
}

/** Tenants sharing a stack name, or a namespace on the same cluster (whatever the target's name), are refused. */
function checkCollisions(problems: Problems, tenants: readonly FleetTenant[]): void {
  const names = new Map<string, FleetTenant>();
  const namespaces = new Map<string, FleetTenant>();
  const label = (t: FleetTenant) => `tenants[${t.index}] (${t.name})`;
  for (const t of tenants) {
    const other = names.get(t.name);
    if (other) {
      problems.check(() => fail(label(t), "name", `"${t.name}" is already used by ${label(other)}. Allowed: a name no other tenant uses`));
      continue;
    }
    names.set(t.name, t);
    // Cloud tenants each get a cluster of their own (their private zone creates it).
    if (t.target.type !== "onprem") continue;
    const namespace = typeof t.props.namespace === "string" ? t.props.namespace : `${t.name}-${t.stage}`;
    const cluster = clusterOf(t);
    const key = `${cluster.key}|${namespace}`;
    const owner = namespaces.get(key);
    if (owner) {
      const same = owner.targetName === t.targetName ? "" : ` (the same cluster as target ${owner.targetName}${cluster.server ? `: ${cluster.server}` : ""})`;
      problems.check(() =>
        fail(
          label(t),
          "namespace",
          `"${namespace}" is already used by ${label(owner)} on target ${t.targetName}${same}. Allowed: a namespace no other tenant uses there`,
        ),
      );
    } else namespaces.set(key, t);
  }
}

/** Validates parsed catalogue data; throws FleetCatalogueError listing every problem. */
export function validateCatalogue(file: string, data: unknown): FleetCatalogue {
  const problems = new Problems();
  if (!isMapping(data)) throw new FleetCatalogueError(file, [`the file must hold a mapping with ${TOP_KEYS.join(", ")} (got ${JSON.stringify(data)})`]);
  problems.check(() => requireKnownProps("catalogue", data, TOP_KEYS));
  const defaults = data.defaults ?? {};
  if (!isMapping(defaults))
    problems.check(() => fail("catalogue", "defaults", `${JSON.stringify(defaults)} is not allowed. Allowed: a mapping with ${DEFAULT_KEYS.join(", ")}`));
  else problems.check(() => requireKnownProps("catalogue", defaults, DEFAULT_KEYS, "defaults."));
  const specs = readTargets(problems, data.targets);
  const list = data.tenants;
  const tenants: FleetTenant[] = [];
  if (!Array.isArray(list) || list.length === 0) {
    problems.check(() => fail("catalogue", "tenants", `${JSON.stringify(list)} is not allowed. Allowed: a non-empty list of tenant entries`));
  } else {
    list.forEach((raw, i) => {
      const tenant = readEntry(problems, i, raw, isMapping(defaults) ? defaults : {}, specs);
      if (tenant) tenants.push(tenant);
    });
    checkCollisions(problems, tenants);
  }
  if (problems.list.length) throw new FleetCatalogueError(file, problems.list);
  return { file, tenants };
}

/** Reads, parses and validates a catalogue file. */
export function loadCatalogue(file: string): FleetCatalogue {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    throw new FleetCatalogueError(file, [`cannot be read: ${(err as Error).message}`]);
  }
  return validateCatalogue(file, parseCatalogueText(file, text));
}

/**
 * Fleet catalogue validation: every problem names the entry, the property and what is allowed;
 * unknown keys (prototype names included) are refused; all problems of a file come at once.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { FleetCatalogueError, loadCatalogue, validateCatalogue } from "../../cli/fleet/catalogue";
import { fleetPatternNames } from "../../cli/fleet/patterns";
import { registeredPatterns } from "../../patterns/registry";
import "../../patterns";

const IMAGE = "registry.example.de/shop/web:1.4.2";
const base = (tenants: unknown[], extra: Record<string, unknown> = {}) => ({
  defaults: { pattern: "web-app", target: "onprem", props: { image: IMAGE } },
  tenants,
  ...extra,
});

/** The problems validateCatalogue reports for `data` (fails the test when it accepts it). */
function problems(data: unknown): readonly string[] {
  try {
    validateCatalogue("fleet.yaml", data);
  } catch (err) {
    expect(err).toBeInstanceOf(FleetCatalogueError);
    return (err as FleetCatalogueError).problems;
  }
  throw new Error("the catalogue was accepted");
}

function writeTemp(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fleet-catalogue-")), name);
  fs.writeFileSync(file, text);
  return file;
}

test("resolves defaults, stage and size for each entry", () => {
  const { tenants } = validateCatalogue("fleet.yaml", base([{ name: "a" }, { name: "b", stage: "production", size: "M", props: { database: true } }]));
  expect(tenants.map((t) => [t.name, t.pattern, t.target.type, t.stage, t.size])).toEqual([
    ["a", "web-app", "onprem", "test", "S"],
    ["b", "web-app", "onprem", "production", "M"],
  ]);
  expect(tenants[1].props).toEqual({ image: IMAGE, database: true });
});

test("fails on a stage or size outside the allowed values, naming entry and allowed values", () => {
  const found = problems(
    base([
      { name: "a", stage: "prod" },
      { name: "b", size: "XXL" },
    ]),
  );
  expect(found).toEqual([
    `[tenants[0] (a)] stage: "prod" is not allowed. Allowed: test, acceptance, training, production`,
    `[tenants[1] (b)] size: "XXL" is not allowed. Allowed: S, M, L, XL`,
  ]);
});

test("fails on unknown keys at every level with the nearest name", () => {
  const found = problems({ ...base([{ name: "a", stgae: "test" }]), tenant: [] });
  expect(found).toContainEqual(
    expect.stringMatching(/^\[catalogue\] tenant: is not a known property \(did you mean tenants\?\)\. Allowed: defaults, targets, tenants$/),
  );
  expect(found).toContainEqual(
    expect.stringMatching(/^\[tenants\[0\] \(a\)\] stgae: is not a known property \(did you mean stage\?\)\. Allowed: name, pattern/),
  );
});

test.each(["__proto__", "constructor", "toString", ""])("fails on target %j, listing the allowed targets", (target) => {
  const found = problems(JSON.parse(JSON.stringify(base([{ name: "a", target }]))));
  expect(found).toEqual([`[tenants[0] (a)] target: ${JSON.stringify(target)} is not allowed. Allowed: ionos, stackit, onprem`]);
});

test("refuses a __proto__ key in an entry read from JSON", () => {
  const file = writeTemp(
    "fleet.json",
    `{"defaults":{"pattern":"web-app","target":"onprem","props":{"image":"${IMAGE}"}},"tenants":[{"name":"a","__proto__":{"stage":"production"}}]}`,
  );
  expect(() => loadCatalogue(file)).toThrow(/\[tenants\[0\] \(a\)\] __proto__: is not a known property/);
});

test("fails on an unknown pattern and a missing target, listing the allowed values", () => {
  const found = problems({
    tenants: [
      { name: "a", pattern: "webapp", target: "onprem" },
      { name: "b", pattern: "web-app" },
    ],
  });
  expect(found).toEqual([
    `[tenants[0] (a)] pattern: "webapp" is not allowed. Allowed: ${fleetPatternNames().join(", ")}`,
    `[tenants[1] (b)] target: is required (here or in defaults). Allowed: ionos, stackit, onprem`,
  ]);
});

test("fails on names that are no DNS label, duplicate names and shared namespaces on one cluster", () => {
  const found = problems(base([{ name: "Gemeinde A" }, { name: "b" }, { name: "b" }, { name: "c", props: { namespace: "b-test" } }]));
  expect(found[0]).toMatch(/^\[tenants\[0\] \(Gemeinde A\)\] name: "Gemeinde A" is not a valid name\. Allowed: lower-case letters/);
  expect(found).toContain(`[tenants[2] (b)] name: "b" is already used by tenants[1] (b). Allowed: a name no other tenant uses`);
  expect(found).toContain(
    `[tenants[3] (c)] namespace: "b-test" is already used by tenants[1] (b) on target onprem. Allowed: a namespace no other tenant uses there`,
  );
});

test("refuses target, stage, size and tenant inside props", () => {
  const found = problems(base([{ name: "a", props: { stage: "production", tenant: "x" } }]));
  expect(found).toEqual([
    "[tenants[0] (a)] props.stage: is set by the catalogue. Allowed: set stage at the entry level, not inside props",
    "[tenants[0] (a)] props.tenant: is set by the catalogue. Allowed: set the entry's name, not inside props",
  ]);
});

test("named targets: type checked, props validated by the target, names usable in entries", () => {
  const ok = validateCatalogue(
    "fleet.yaml",
    base([{ name: "a", target: "rz-nord" }], { targets: { "rz-nord": { type: "onprem", props: { kubeconfigPath: "/etc/rz/kubeconfig" } } } }),
  );
  expect(ok.tenants[0].target).toEqual({ type: "onprem", props: { kubeconfigPath: "/etc/rz/kubeconfig" } });
  const found = problems(
    base([{ name: "a" }], { targets: { "rz-nord": { type: "openstack" }, "rz-sued": { type: "onprem", props: { kubeconfigPth: "/x" } } } }),
  );
  expect(found[0]).toBe(`[targets.rz-nord] type: "openstack" is not allowed. Allowed: ionos, stackit, onprem`);
  expect(found[1]).toMatch(/^\[targets\.rz-sued\] props\.kubeconfigPth: .*did you mean kubeconfigPath/);
});

test("parses YAML and reports YAML syntax errors and unsupported extensions with the file name", () => {
  const yamlFile = writeTemp(
    "fleet.yaml",
    `defaults:\n  pattern: web-app\n  target: onprem\n  props: { image: "${IMAGE}" }\ntenants:\n  - name: a\n    size: M\n`,
  );
  expect(loadCatalogue(yamlFile).tenants.map((t) => [t.name, t.size])).toEqual([["a", "M"]]);
  const broken = writeTemp("broken.yaml", "tenants:\n  - name: a\n   size: M\n");
  expect(() => loadCatalogue(broken)).toThrow(/broken\.yaml: 1 problem\(s\) in the fleet catalogue:\n {2}cannot be parsed as YAML: bad indentation .*\(3:4\)/s);
  const toml = writeTemp("fleet.toml", "x = 1");
  expect(() => loadCatalogue(toml)).toThrow(/extension "\.toml" is not allowed\. Allowed: \.yaml, \.yml, \.json/);
});

test("fails on an empty tenant list", () => {
  expect(problems({ tenants: [] })).toEqual(["[catalogue] tenants: [] is not allowed. Allowed: a non-empty list of tenant entries"]);
});

test("every registered pattern can be instantiated from a fleet catalogue", () => {
  expect(fleetPatternNames().sort()).toEqual(
    registeredPatterns()
      .map((p) => p.name)
      .sort(),
  );
});

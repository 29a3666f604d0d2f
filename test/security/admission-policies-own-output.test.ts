/**
 * Issue 26, finding 5: what Stackwerk writes passes its own admission policies. Every registered
 * pattern's reference instance on every target is rendered, its namespaces created in the embedded
 * cluster, and every other object sent with `kubectl apply --dry-run=server`: the API server runs
 * the full admission chain (Pod Security, the ValidatingAdmissionPolicies) without storing anything.
 * A denial by a `stackwerk-*` policy fails the test, naming the object. (Objects refused for other
 * reasons, e.g. a custom resource whose CRD is not installed here, are not the policies' concern.)
 */
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { admissionPolicyObjects } from "../../constructs/admission-policies";
import { App } from "../../index";
import { registeredPatterns } from "../../patterns/registry";
import "../../patterns";
import { targetByName } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

jest.setTimeout(600000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;
let cluster: EmbeddedCluster;

/** Platform inputs (`${var.…}`) stand in for values known at apply: an address range, or a plain word. */
function withInputs(value: unknown, key = ""): unknown {
  if (typeof value === "string" && value.includes("${")) return /cidr/i.test(key) ? "10.0.0.1/32" : "placeholder";
  if (Array.isArray(value)) return value.map((v) => withInputs(v, key));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withInputs(v, k)]));
  return value;
}

beforeAll(async () => {
  cluster = await startCluster({ name: "sec2-own-output" });
  await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: admissionPolicyObjects() }) });
  // Wait until the policies are loaded: a namespace relabel of a Stackwerk namespace is denied.
  // Each round flips the tenant label from whatever it is now: had it relabelled b and then back to
  // a, a policy that took effect between the two left the label at b, every later "relabel to b"
  // was a no-op kubectl does not even send, and the wait ran out (CI 2026-12-07).
  await cluster.kubectl(["create", "namespace", "probe"]);
  await cluster.kubectl(["label", "namespace", "probe", "app.kubernetes.io/managed-by=stackwerk", "stackwerk.dev/tenant=a"]);
  for (const deadline = Date.now() + 60000; ;) {
    const now = (await cluster.kubectl(["get", "namespace", "probe", "-o", "jsonpath={.metadata.labels.stackwerk\\.dev/tenant}"])).stdout.trim();
    const r = await cluster.kubectl(["label", "namespace", "probe", `stackwerk.dev/tenant=${now === "a" ? "b" : "a"}`, "--overwrite"], { check: false });
    if (r.code !== 0) {
      expect(r.stderr).toMatch(/stackwerk-/); // denied by a Stackwerk policy, not for another reason
      break;
    }
    if (Date.now() > deadline) throw new Error("the admission policies did not take effect within 60 s");
    await new Promise((res) => setTimeout(res, 1000));
  }
});

afterAll(async () => {
  await cluster?.stop();
});

const CELLS = registeredPatterns().flatMap((p) => (["onprem", "stackit", "ionos"] as const).map((t) => [p.name, t] as const));

test.each(CELLS)("%s on %s: no object is denied by a stackwerk policy", async (pattern, target) => {
  const out = synthApp((app: App) => {
    registeredPatterns()
      .find((p) => p.name === pattern)!
      .create(app, `${pattern}-${target}`, { target: targetByName(target), stage: "production" });
  });
  const objects: Obj[] = out.stacks.flatMap((s) => manifestsOf(out.json[s.name])).map((o) => withInputs(o));
  const namespaces = objects.filter((o) => o.kind === "Namespace");
  // Namespaces for real (their objects need them), everything else dry-run on the server.
  if (namespaces.length)
    await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: namespaces }), check: false });
  // One request per object (kubectl goes on after an error and reports each); denials by a stackwerk policy are kept.
  const others = objects.filter((x) => x.kind !== "Namespace");
  const r = await cluster.kubectl(["apply", "--dry-run=server", "-f", "-"], {
    input: JSON.stringify({ apiVersion: "v1", kind: "List", items: others }),
    check: false,
  });
  const denied = r.stderr.split("\n").filter((line) => /ValidatingAdmissionPolicy 'stackwerk-/.test(line));
  // The request reached the server (an object accepted on dry run); otherwise show why not.
  expect({ accepted: r.stdout.split("\n").some((l) => /\(server dry run\)/.test(l)), stderr: r.stdout ? "" : r.stderr }).toEqual({
    accepted: true,
    stderr: "",
  });
  // Clean up the namespaces (the policies allow deleting them).
  for (const n of namespaces) await cluster.kubectl(["delete", "namespace", n.metadata.name, "--wait=false"], { check: false });
  expect(denied).toEqual([]);
});

test("the check can fail: a server dry run of a bad object is denied by the policy", async () => {
  const pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "bad", namespace: "probe" },
    spec: { containers: [{ name: "c", image: "registry.example.de/x:latest" }] },
  };
  const r = await cluster.kubectl(["apply", "--dry-run=server", "-f", "-"], { input: JSON.stringify(pod), check: false });
  expect(r.stderr).toMatch(/ValidatingAdmissionPolicy 'stackwerk-restricted-workloads'/);
});

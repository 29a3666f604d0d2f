/**
 * Issue 26, finding 5: the rules Stackwerk enforces at synth are enforced by the API server too,
 * as ValidatingAdmissionPolicies, shipped by default with every landing zone (ADR 0385). Two zones
 * of one program on one cluster are synthesised; the embedded kube-apiserver (real admission) gets
 * both zones' copies exactly as their add-ons stacks carry them; objects applied by hand with
 * kubectl are denied by the owning zone's policy, with its message; good ones pass; a namespace of
 * neither zone is bound by neither.
 */
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { LandingZone } from "../../core/landing-zone";
import { WebAppStack } from "../../patterns/web-app";
import { MonitoringStack } from "../../patterns/monitoring";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

jest.setTimeout(240000);

let cluster: EmbeddedCluster;
const NS = "amt-test-shop";
const PLATFORM_NS = "amt-test-prom-operator";
/** Zone `other`'s namespace, and one of no zone (labelled as Stackwerk's, but in no zone's bindings). */
const OTHER_NS = "other-test-blog";
const STRAY_NS = "stray-test-x";

/** The admission objects both zones' add-ons stacks carry (zone `amt`: a web app and monitoring; zone `other`: a web app). */
function shippedPolicies(): object[] {
  const out = synthApp((app) => {
    const target = targets.onprem();
    const amt = new LandingZone(app, "amt", { target });
    new WebAppStack(app, "shop", { landingZone: amt, image: "registry.example.de/shop/web:1.4.2" });
    new MonitoringStack(app, "mon", { landingZone: amt });
    new WebAppStack(app, "blog", { landingZone: new LandingZone(app, "other", { target }), image: "registry.example.de/blog/web:2.0.1" });
  });
  return ["amt-addons", "other-addons"].flatMap((stack) =>
    manifestsOf(out.json[stack]).filter((o: { apiVersion: string }) => o.apiVersion === "admissionregistration.k8s.io/v1"),
  );
}

const restricted = {
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  runAsUser: 10001,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" },
};
const resources = { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } };

function pod(name: string, namespace: string, container: Record<string, unknown>): object {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace },
    spec: {
      automountServiceAccountToken: false,
      containers: [{ name: "c", image: "registry.example.de/shop/web:1.4.2", securityContext: restricted, resources, ...container }],
    },
  };
}

/** `kubectl apply` of `object`; the exit code and the error text. */
async function apply(object: object): Promise<{ code: number; stderr: string }> {
  const r = await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify(object), check: false });
  return { code: r.code, stderr: r.stderr };
}

function namespace(name: string, labels: Record<string, string>): object {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: {
      name,
      labels: { "app.kubernetes.io/managed-by": "stackwerk", "pod-security.kubernetes.io/enforce": "restricted", ...labels },
    },
  };
}

beforeAll(async () => {
  cluster = await startCluster({ name: "sec2-policies" });
  const list = { apiVersion: "v1", kind: "List", items: shippedPolicies() };
  // The API server compiles and type-checks every CEL expression here: a broken one is refused.
  await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify(list) });
  for (const ns of [
    namespace(NS, { "stackwerk.dev/tenant": "amt", "stackwerk.dev/stage": "test", "stackwerk.dev/pattern": "web-app" }),
    namespace(PLATFORM_NS, { "stackwerk.dev/addon": "prometheus-operator" }),
    namespace(OTHER_NS, { "stackwerk.dev/tenant": "other", "stackwerk.dev/stage": "test", "stackwerk.dev/pattern": "web-app" }),
    namespace(STRAY_NS, { "stackwerk.dev/tenant": "stray", "stackwerk.dev/stage": "test" }),
  ])
    await apply(ns);
  // Policies take effect once the API server has loaded them: wait until a known-bad object is denied.
  const deadline = Date.now() + 60000;
  for (;;) {
    const results = [];
    for (const ns of [NS, OTHER_NS]) results.push(await apply(pod("probe", ns, { securityContext: { ...restricted, readOnlyRootFilesystem: false } })));
    if (results.every((r) => r.code !== 0)) break;
    for (const ns of [NS, OTHER_NS]) await cluster.kubectl(["delete", "pod", "probe", "-n", ns, "--wait=false"], { check: false });
    if (Date.now() > deadline) throw new Error("the admission policies did not take effect within 60 s");
    await new Promise((r) => setTimeout(r, 1000));
  }
});

afterAll(async () => {
  await cluster?.stop();
});

test("every policy of both zones was accepted and is bound", async () => {
  const names = JSON.parse((await cluster.kubectl(["get", "validatingadmissionpolicies", "-o", "json"])).stdout).items.map(
    (p: { metadata: { name: string } }) => p.metadata.name,
  );
  const rules = ["namespace-ownership", "no-wildcard-egress", "platform-image-digests", "restricted-workloads"];
  expect(names.sort()).toEqual([...rules.map((r) => `stackwerk-amt-test-${r}`), ...rules.map((r) => `stackwerk-other-test-${r}`)]);
  const bindings = JSON.parse((await cluster.kubectl(["get", "validatingadmissionpolicybindings", "-o", "json"])).stdout).items;
  expect(bindings).toHaveLength(8);
});

test("each zone's copy denies in its own namespaces by its own name; a namespace of neither zone is bound by neither", async () => {
  const bad = { securityContext: { ...restricted, readOnlyRootFilesystem: false } };
  const inAmt = await apply(pod("writable", NS, bad));
  expect(inAmt.stderr).toContain("ValidatingAdmissionPolicy 'stackwerk-amt-test-restricted-workloads'");
  const inOther = await apply(pod("writable", OTHER_NS, bad));
  expect(inOther.code).not.toBe(0);
  expect(inOther.stderr).toContain("ValidatingAdmissionPolicy 'stackwerk-other-test-restricted-workloads'");
  expect(inOther.stderr).not.toContain("stackwerk-amt-test-");
  // Pod Security (restricted) still applies there; the Stackwerk rules are the zones' and this namespace is in none.
  expect(await apply(pod("writable", STRAY_NS, bad))).toEqual({ code: 0, stderr: "" });
});

test("a writable root filesystem, missing limits or a latest image are denied with the policy's message; a good pod passes", async () => {
  const writable = await apply(pod("writable", NS, { securityContext: { ...restricted, readOnlyRootFilesystem: false } }));
  expect(writable.code).not.toBe(0);
  expect(writable.stderr).toContain("stackwerk: every container needs securityContext.readOnlyRootFilesystem: true (Pod writable");
  const unbounded = await apply(pod("unbounded", NS, { resources: { requests: { cpu: "10m", memory: "16Mi" } } }));
  expect(unbounded.stderr).toContain("stackwerk: every container needs CPU and memory requests and limits (Pod unbounded)");
  const latest = await apply(pod("latest", NS, { image: "registry.example.de/shop/web:latest" }));
  expect(latest.stderr).toContain("stackwerk: images need a tag other than latest, or a digest (Pod latest)");
  const untagged = await apply(pod("untagged", NS, { image: "registry.example.de:5000/shop/web" }));
  expect(untagged.stderr).toContain("stackwerk: images need a tag other than latest, or a digest");
  const good = await apply(pod("good", NS, {}));
  expect(good).toEqual({ code: 0, stderr: "" });
});

test("a Deployment's template is checked at apply, not only its pods", async () => {
  const bad = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: NS },
    spec: {
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: (pod("x", NS, { securityContext: { ...restricted, readOnlyRootFilesystem: false } }) as { spec: object }).spec,
      },
    },
  };
  const r = await apply(bad);
  expect(r.stderr).toContain("stackwerk: every container needs securityContext.readOnlyRootFilesystem: true (Deployment web");
});

test("platform namespaces take images by digest only (except the documented tag-only ones)", async () => {
  const byTag = await apply(pod("by-tag", PLATFORM_NS, { image: "quay.io/prometheus/prometheus:v3.5.0" }));
  expect(byTag.stderr).toContain(`stackwerk: platform images must be pinned by digest (Pod by-tag in ${PLATFORM_NS})`);
  const byDigest = await apply(
    pod("by-digest", PLATFORM_NS, { image: "quay.io/prometheus/prometheus:v3.5.0@sha256:63805ebb8d2b3920190daf1cb14a60871b16fd38bed42b857a3182bc621f4996" }),
  );
  expect(byDigest.code).toBe(0);
  const exempt = await apply(pod("operator", PLATFORM_NS, { image: "mirror.example.de/prometheus-operator/prometheus-operator:v0.85.0" }));
  expect(exempt.code).toBe(0);
  // An app namespace may use a tag (the user's image).
  expect((await apply(pod("app-tag", NS, {}))).code).toBe(0);
});

test("egress to every destination is denied; address ranges with ports pass", async () => {
  const policy = (name: string, egress: object[]) => ({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, namespace: NS },
    spec: { podSelector: {}, policyTypes: ["Egress"], egress },
  });
  const anyDestination = await apply(policy("open", [{ ports: [{ port: 443, protocol: "TCP" }] }]));
  expect(anyDestination.stderr).toContain("stackwerk: NetworkPolicy open allows egress to every destination");
  const anyPort = await apply(policy("open-all", [{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }] }]));
  expect(anyPort.stderr).toContain("stackwerk: NetworkPolicy open-all allows egress to every destination");
  expect((await apply(policy("to-db", [{ to: [{ ipBlock: { cidr: "10.7.0.5/32" } }], ports: [{ port: 5432, protocol: "TCP" }] }]))).code).toBe(0);
  expect((await apply(policy("dns", [{ to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } } }] }]))).code).toBe(0);
});

test("a Stackwerk namespace cannot be moved to another tenant by relabelling; other labels may change", async () => {
  const moved = await cluster.kubectl(["label", "namespace", NS, "stackwerk.dev/tenant=other", "--overwrite"], { check: false });
  expect(moved.code).not.toBe(0);
  expect(moved.stderr).toContain(`stackwerk: namespace ${NS} keeps its owner`);
  const dropped = await cluster.kubectl(["label", "namespace", NS, "app.kubernetes.io/managed-by-"], { check: false });
  expect(dropped.stderr).toContain(`stackwerk: namespace ${NS} keeps its owner`);
  const other = await cluster.kubectl(["label", "namespace", NS, "team=payments"], { check: false });
  expect(other.code).toBe(0);
  // Zone `other`'s copy guards its namespace.
  const movedOther = await cluster.kubectl(["label", "namespace", OTHER_NS, "stackwerk.dev/tenant=amt", "--overwrite"], { check: false });
  expect(movedOther.stderr).toContain("ValidatingAdmissionPolicy 'stackwerk-other-test-namespace-ownership'");
});

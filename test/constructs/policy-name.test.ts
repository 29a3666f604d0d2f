/**
 * The shared NetworkPolicy naming (`policyName`): a peer in the policy's namespace, a
 * whole-namespace peer (the ingress controller) and an address range keep `<owner>-<relation>-<peer>`;
 * a workload of another namespace is named by that namespace, cut to 63 characters with a hash.
 */
import { createHash } from "node:crypto";
import { NetworkPeer, policyName } from "../../constructs/network";

const pods = { "app.kubernetes.io/name": "web" };
const inNamespace = (ns: string): NetworkPeer => ({ description: "web", podLabels: pods, namespaceLabels: { "kubernetes.io/metadata.name": ns }, ports: [] });

test("a peer in the policy's own namespace keeps today's name", () => {
  expect(policyName("gateway", "allow-from", inNamespace("amt-test-ai"), "amt-test-ai")).toBe("gateway-allow-from-web");
  expect(policyName("postgres", "allow-from", { description: "web", podLabels: pods, ports: [] }, "shop-test")).toBe("postgres-allow-from-web");
});

test("a whole-namespace peer and an address range keep today's names", () => {
  const controller: NetworkPeer = { description: "ingress-controller", namespaceLabels: { "kubernetes.io/metadata.name": "ingress-nginx" }, ports: [] };
  expect(policyName("web", "allow-from", controller, "shop-test")).toBe("web-allow-from-ingress-controller");
  expect(policyName("web", "allow-to", { description: "postgres", cidr: "10.0.0.0/24", ports: [{ port: 5432 }] }, "shop-test")).toBe("web-allow-to-postgres");
});

test("a workload of another namespace is named by that namespace, both directions", () => {
  expect(policyName("gateway", "allow-from", inNamespace("amt-test-shop"), "amt-test-ai")).toBe("gateway-allow-from-amt-test-shop-web");
  expect(policyName("web", "allow-to", { ...inNamespace("amt-test-ai"), description: "gateway" }, "amt-test-shop")).toBe("web-allow-to-amt-test-ai-gateway");
});

test("namespace labels without the name label stand as ns-<hash of the labels>", () => {
  const labels = { "stackwerk.dev/tenant": "amt" };
  const hash = createHash("sha256").update(JSON.stringify(labels)).digest("hex").slice(0, 8);
  expect(policyName("gateway", "allow-from", { description: "web", podLabels: pods, namespaceLabels: labels, ports: [] }, "amt-test-ai")).toBe(
    `gateway-allow-from-ns-${hash}-web`,
  );
});

test("too long: cut to 63 characters, ending in a hash of namespace and peer; a shared prefix stays distinct", () => {
  const a = "a".repeat(40) + "-one";
  const b = "a".repeat(40) + "-two";
  const [na, nb] = [a, b].map((ns) => policyName("gateway", "allow-from", inNamespace(ns), "amt-test-ai"));
  for (const [ns, name] of [
    [a, na],
    [b, nb],
  ]) {
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name.endsWith(`-${createHash("sha256").update(`${ns}-web`).digest("hex").slice(0, 8)}`)).toBe(true);
    expect(name.startsWith("gateway-allow-from-aaaa")).toBe(true);
  }
  expect(na).not.toBe(nb);
  // Exactly 63 fits without a hash.
  const fits = "n".repeat(63 - "gateway-allow-from--web".length);
  expect(policyName("gateway", "allow-from", inNamespace(fits), "amt-test-ai")).toBe(`gateway-allow-from-${fits}-web`);
});

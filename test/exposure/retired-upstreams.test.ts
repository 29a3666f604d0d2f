/**
 * Issue 25: off retired upstreams. For every registered pattern × target × stage, no synthesised
 * object references ingress-nginx (annotations, IngressClass `nginx`), an `Ingress`, or a MinIO
 * image / client; every HTTPRoute attaches to a listener of the landing zone's Gateway (declared in
 * the zone's add-ons stack, for the route's host) and every exposed pattern has one.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { synthPattern } from "../../engines/cdktf";
import { targetByName, TARGET_NAMES } from "../../providers";
import { STAGES } from "../../core/profile";

/** A Kubernetes object of a stack, with the stack's name. */
interface Declared {
  readonly stack: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly object: any;
}

/** Every Kubernetes object the stacks declare (kubernetes_manifest resources). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function declaredObjects(stacks: Array<{ name: string; json: any }>): Declared[] {
  return stacks.flatMap(({ name, json }) =>
    Object.values(json.resource?.kubernetes_manifest ?? {}).map((r) => ({ stack: name, object: (r as { manifest: unknown }).manifest })),
  );
}

/** What of the retired upstreams a stack's text references (empty when nothing). */
function retiredReferences(stackName: string, text: string): string[] {
  const found: string[] = [];
  if (/nginx\.ingress\.kubernetes\.io\//.test(text)) found.push(`${stackName}: ingress-nginx annotation`);
  if (/"kind":\s*"Ingress"/.test(text) || /"kubernetes_ingress(_v1)?"/.test(text)) found.push(`${stackName}: an Ingress`);
  if (/"ingressClassName"/.test(text)) found.push(`${stackName}: an ingressClassName`);
  if (/minio\/(minio|mc)\b|\bMINIO_[A-Z_]+|\bmc (alias|cp|mb|admin)\b/.test(text)) found.push(`${stackName}: MinIO image or client`);
  return found;
}

/** Problems of the HTTPRoutes: each must attach to an existing listener of a declared Gateway serving its host. */
function routeProblems(objects: Declared[]): string[] {
  const gateways = objects.filter((o) => o.object.kind === "Gateway");
  const problems: string[] = [];
  for (const { stack, object: route } of objects.filter((o) => o.object.kind === "HTTPRoute")) {
    const where = `${stack}: HTTPRoute ${route.metadata.namespace}/${route.metadata.name}`;
    const refs = route.spec?.parentRefs ?? [];
    if (refs.length === 0) problems.push(`${where} has no parentRef`);
    for (const ref of refs) {
      const gateway = gateways.find((g) => g.object.metadata.name === ref.name && g.object.metadata.namespace === ref.namespace);
      if (!gateway) {
        problems.push(`${where} references Gateway ${ref.namespace}/${ref.name}, which no stack declares`);
        continue;
      }
      if (gateway.stack === stack || !gateway.stack.endsWith("-addons")) problems.push(`${where}: its Gateway is not the zone's (in ${gateway.stack})`);
      const listener = (gateway.object.spec.listeners ?? []).find((l: { name: string }) => l.name === ref.sectionName);
      if (!listener) problems.push(`${where} references listener ${ref.sectionName}, which the Gateway lacks`);
      else if (listener.hostname && !(route.spec.hostnames ?? []).every((h: string) => h === listener.hostname)) {
        problems.push(`${where}: hosts ${route.spec.hostnames} on listener for ${listener.hostname}`);
      }
      const allowed = listener?.allowedRoutes?.namespaces?.selector?.matchExpressions?.[0]?.values ?? [];
      if (listener && !allowed.includes(route.metadata.namespace)) problems.push(`${where}: namespace not admitted by listener ${listener.name}`);
    }
  }
  return problems;
}

const CELLS = registeredPatterns().flatMap((p) => TARGET_NAMES.flatMap((t) => STAGES.map((s) => [p.name, t, s] as const)));
/** Patterns whose reference instance is exposed (has a host name; the AI reference has none, test/ai covers its route). */
const EXPOSED = new Set(["web-app", "iam"]);

test.each(CELLS)("%s on %s (%s): no ingress-nginx, Ingress or MinIO; routes on the zone's Gateway", (pattern, target, stage) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-retired-"));
  try {
    const stacks = synthPattern({ pattern, target: targetByName(target), stage, outdir }).map((s) => {
      const text = fs.readFileSync(s.file, "utf8");
      return { name: s.name, text, json: JSON.parse(text) };
    });
    expect(stacks.flatMap((s) => retiredReferences(s.name, s.text))).toEqual([]);
    const objects = declaredObjects(stacks);
    expect(routeProblems(objects)).toEqual([]);
    const routes = objects.filter((o) => o.object.kind === "HTTPRoute");
    if (EXPOSED.has(pattern)) expect(routes.length).toBeGreaterThan(0);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test("the check sees each retired upstream when it is there", () => {
  expect(retiredReferences("s", JSON.stringify({ metadata: { annotations: { "nginx.ingress.kubernetes.io/auth-url": "x" } } }))).toHaveLength(1);
  expect(retiredReferences("s", JSON.stringify({ kind: "Ingress" }))).toHaveLength(1);
  expect(retiredReferences("s", JSON.stringify({ image: "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z" }))).toHaveLength(1);
  expect(retiredReferences("s", JSON.stringify({ command: ["sh", "-c", 'mc alias set store "$E"'] }))).toHaveLength(1);
  expect(retiredReferences("s", JSON.stringify({ kind: "HTTPRoute", image: "docker.io/versity/versitygw:v1.8.0" }))).toEqual([]);
});

test("a route on a Gateway no stack declares is a problem", () => {
  const route = {
    kind: "HTTPRoute",
    metadata: { name: "r", namespace: "a" },
    spec: { hostnames: ["x.example.de"], parentRefs: [{ name: "g", namespace: "gw", sectionName: "http" }] },
  };
  expect(routeProblems([{ stack: "p-platform", object: route }])).toEqual(["p-platform: HTTPRoute a/r references Gateway gw/g, which no stack declares"]);
});

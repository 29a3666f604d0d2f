/**
 * The cluster's Gateway implementation for `conformance --runtime` (issue 27, ADR 0391). Every
 * on-prem landing zone's Gateway names GatewayClass `traefik` and admits its data plane from the
 * `traefik` namespace (constructs/kube/gateway.ts): Traefik is a cluster prerequisite, like
 * cert-manager. A real cluster has it; the runtime cluster gets it here, as the cluster's
 * operator installs it: Traefik's own CRDs and RBAC from its release (the Go module's
 * `docs/content/reference/dynamic-configuration/`), the two Gateway API v1 CRDs Traefik watches
 * beyond the four the cluster carries (GRPCRoute, BackendTLSPolicy, from the Gateway API release
 * Traefik is built against), a GatewayClass `traefik`, and Traefik as a restricted pod on the
 * real node listening on 80 and 443 (the zones' listener ports) through the safe sysctl
 * `net.ipv4.ip_unprivileged_port_start`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { DEFAULT_GATEWAY_CLASS, DEFAULT_GATEWAY_CONTROLLER_NAMESPACE } from "../constructs/kube/gateway";
import { downloadModule } from "../tools/go-module";
import { RUNTIME_POD_PLACEMENT } from "../tools/runtime";
import type { BuiltImage } from "../tools/runtime/images";
import { buildStandInImage, type StandInSubstitution } from "../tools/runtime/stand-ins";
import { TRAEFIK_UID, traefikModuleDir, traefikStandIn } from "../tools/runtime/stand-ins-gateway";
import type { Kubectl } from "./runtime";

/** Traefik's controller name for Gateway API (what its GatewayClass names). */
export const TRAEFIK_CONTROLLER_NAME = "traefik.io/gateway-controller";

/** Name of Traefik's Deployment, ServiceAccount and Service in the controller namespace. */
export const TRAEFIK_NAME = "traefik";

/**
 * The Gateway API release Traefik v3.6.12 is built against (its go.mod), for the two CRDs its
 * informers need beyond the cluster's four (which are v1.7.0, vendored; that module needs Go 1.27
 * to be downloaded by `go mod download`).
 */
const GATEWAY_API_MODULE = { module: "sigs.k8s.io/gateway-api", version: "v1.4.0" } as const;
/** Gateway API v1 kinds Traefik's informers list that the cluster does not carry yet. */
const EXTRA_GATEWAY_CRDS = ["gateway.networking.k8s.io_grpcroutes.yaml", "gateway.networking.k8s.io_backendtlspolicies.yaml"];

/** What `startGatewayController` installed. */
export interface GatewayController {
  /** The Traefik pod, e.g. `traefik/traefik-6d…`. */
  readonly pod: string;
  /** The Service the data plane is reached at. */
  readonly service: string;
  /** Traefik stand-in's substitution record (upstream → local build). */
  readonly substitution: StandInSubstitution;
}

const docs = (file: string): Array<Record<string, unknown>> =>
  (yaml.loadAll(fs.readFileSync(file, "utf8")) as Array<Record<string, unknown> | null>).filter((d): d is Record<string, unknown> => !!d);

async function applyObjects(kubectl: Kubectl, objects: readonly unknown[], serverSide = false): Promise<void> {
  const args = serverSide ? ["apply", "--server-side", "--force-conflicts", "--field-manager=stackwerk-runtime", "-f", "-"] : ["apply", "-f", "-"];
  await kubectl(args, { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: objects }) });
}

/** Traefik's release RBAC (Gateway API and Traefik CRDs), bound to the controller's ServiceAccount. */
function rbac(referenceDir: string, namespace: string): Array<Record<string, unknown>> {
  const objects = [...docs(path.join(referenceDir, "kubernetes-gateway-rbac.yml")), ...docs(path.join(referenceDir, "kubernetes-crd-rbac.yml"))];
  return objects.map((o) => (o.kind === "ClusterRoleBinding" ? { ...o, subjects: [{ kind: "ServiceAccount", name: TRAEFIK_NAME, namespace }] } : o));
}

function controllerObjects(image: string, namespace: string): Array<Record<string, unknown>> {
  const labels = { "app.kubernetes.io/name": TRAEFIK_NAME };
  return [
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: TRAEFIK_NAME, namespace } },
    {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "GatewayClass",
      metadata: { name: DEFAULT_GATEWAY_CLASS },
      spec: { controllerName: TRAEFIK_CONTROLLER_NAME },
    },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: TRAEFIK_NAME, namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            ...RUNTIME_POD_PLACEMENT,
            tolerations: RUNTIME_POD_PLACEMENT.tolerations.map((t) => ({ ...t })),
            serviceAccountName: TRAEFIK_NAME,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: TRAEFIK_UID,
              runAsGroup: TRAEFIK_UID,
              seccompProfile: { type: "RuntimeDefault" },
              sysctls: [{ name: "net.ipv4.ip_unprivileged_port_start", value: "80" }],
            },
            containers: [
              {
                name: TRAEFIK_NAME,
                image,
                imagePullPolicy: "Never",
                args: [
                  "--entryPoints.web.address=:80",
                  "--entryPoints.websecure.address=:443",
                  "--entryPoints.traefik.address=:9000",
                  "--ping=true",
                  "--providers.kubernetesgateway=true",
                  "--providers.kubernetescrd=true",
                  "--log.level=INFO",
                  "--accesslog=true",
                ],
                ports: [
                  { name: "web", containerPort: 80 },
                  { name: "websecure", containerPort: 443 },
                  { name: "traefik", containerPort: 9000 },
                ],
                readinessProbe: { httpGet: { path: "/ping", port: 9000 }, periodSeconds: 2 },
                securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
                resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "500m", memory: "256Mi" } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: TRAEFIK_NAME, namespace, labels },
      spec: {
        selector: labels,
        ports: [
          { name: "web", port: 80, targetPort: 80 },
          { name: "websecure", port: 443, targetPort: 443 },
        ],
      },
    },
  ];
}

/**
 * Installs Traefik as the runtime cluster's Gateway implementation and waits until its pod is
 * Ready. `importImage` loads the stand-in into the real node's containerd.
 */
export async function startGatewayController(
  kubectl: Kubectl,
  importImage: (image: BuiltImage) => Promise<void>,
  timeoutMs = 180_000,
): Promise<GatewayController> {
  const namespace = DEFAULT_GATEWAY_CONTROLLER_NAMESPACE;
  const { image, substitution } = await buildStandInImage(await traefikStandIn());
  await importImage(image);
  const referenceDir = path.join(await traefikModuleDir(), "docs", "content", "reference", "dynamic-configuration");
  const gatewayApiDir = await downloadModule("Gateway API", GATEWAY_API_MODULE.module, GATEWAY_API_MODULE.version);
  const crds = [
    ...fs
      .readdirSync(referenceDir)
      .filter((f) => /^traefik\.io_.*\.yaml$/.test(f))
      .sort()
      .flatMap((f) => docs(path.join(referenceDir, f))),
    ...EXTRA_GATEWAY_CRDS.flatMap((f) => docs(path.join(gatewayApiDir, "config", "crd", "standard", f))),
  ];
  await applyObjects(kubectl, crds, true);
  await kubectl(["wait", "--for=condition=Established", "--timeout=60s", ...crds.map((c) => `crd/${(c.metadata as { name: string }).name}`)]);
  await applyObjects(kubectl, [
    {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: namespace, labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
    },
  ]);
  await applyObjects(kubectl, [...rbac(referenceDir, namespace), ...controllerObjects(image.ref, namespace)]);
  const wait = await kubectl(
    ["wait", "-n", namespace, "--for=condition=Available", `--timeout=${Math.round(timeoutMs / 1000)}s`, `deployment/${TRAEFIK_NAME}`],
    { check: false },
  );
  if (wait.code !== 0) {
    const pods = await kubectl(["get", "pods", "-n", namespace, "-o", "wide"], { check: false });
    const logs = await kubectl(["logs", "-n", namespace, `deployment/${TRAEFIK_NAME}`, "--tail=30"], { check: false });
    throw new Error(
      `the Gateway implementation (Traefik ${substitution.local}) did not become Ready on the real node within ${timeoutMs / 1000}s: ` +
        `${wait.stderr.trim()}\n${pods.stdout}${logs.stdout}${logs.stderr}`,
    );
  }
  const pod = await kubectl(["get", "pods", "-n", namespace, "-l", `app.kubernetes.io/name=${TRAEFIK_NAME}`, "-o", "jsonpath={.items[0].metadata.name}"]);
  return { pod: `${namespace}/${pod.stdout.trim()}`, service: `${TRAEFIK_NAME}.${namespace}.svc.cluster.local`, substitution };
}

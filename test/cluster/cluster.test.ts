/**
 * The embedded control plane, for real: one cluster for this file (etcd, kube-apiserver,
 * kube-controller-manager, kube-scheduler, kwok), driven with the built kubectl.
 * "Deployed" here means accepted by the API server, reconciled by the controllers, pods
 * scheduled and reported Running by kwok. No container runs.
 */
import * as fs from "node:fs";
import * as https from "node:https";
import { EmbeddedCluster, isAlive, startCluster } from "../../tools/cluster";
import { eventually, manifest, portIsFree } from "./helpers";

jest.setTimeout(180000);

let cluster: EmbeddedCluster;
let startSeconds = 0;

beforeAll(async () => {
  const started = Date.now();
  cluster = await startCluster({ name: "jest" });
  startSeconds = (Date.now() - started) / 1000;
});

afterAll(async () => {
  await cluster?.stop();
});

const json = async (args: string[]) => JSON.parse((await cluster.kubectl([...args, "-o", "json"])).stdout);

const restrictedContainer = {
  securityContext: {
    allowPrivilegeEscalation: false,
    runAsNonRoot: true,
    runAsUser: 10001,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  },
  resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
};

test("starts within the time budget and reports its endpoints", () => {
  expect(cluster.server).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(fs.existsSync(cluster.kubeconfig)).toBe(true);
  expect(cluster.components.map((c) => c.name).sort()).toEqual(["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok"]);
  // Warm start (binaries cached). Generous bound for a loaded 2-core CI box; docs/cluster.md has measurements.
  expect(startSeconds).toBeLessThan(60);
  process.stderr.write(`[cluster.test] warm start ${startSeconds.toFixed(1)}s, components RSS ${(cluster.rssBytes() / 1048576).toFixed(0)} MiB\n`);
});

test("kubectl --kubeconfig get nodes shows the fake nodes Ready in three zones, plus one GPU node", async () => {
  const { stdout } = await cluster.kubectl(["get", "nodes", "-L", "topology.kubernetes.io/zone", "--no-headers"]);
  const lines = stdout.trim().split("\n");
  expect(lines).toHaveLength(4);
  for (const line of lines) expect(line.split(/\s+/)[1]).toBe("Ready");
  const nodes = await json(["get", "nodes", "-l", "!nvidia.com/gpu.present"]);
  expect(nodes.items).toHaveLength(3);
  const zones = new Set(nodes.items.map((n: { metadata: { labels: Record<string, string> } }) => n.metadata.labels["topology.kubernetes.io/zone"]));
  expect([...zones].sort()).toEqual(["zone-a", "zone-b", "zone-c"]);
  for (const n of nodes.items) {
    expect(n.metadata.labels["topology.kubernetes.io/region"]).toBe("local");
    expect(n.status.allocatable).toMatchObject({ cpu: "8", memory: "32Gi", pods: "110" });
  }
});

test("the fake GPU node keeps its GPU capacity and taint; only a pod that tolerates it and asks for a GPU lands there", async () => {
  const gpu = await json(["get", "node", "kwok-gpu-0"]);
  expect(gpu.metadata.labels).toMatchObject({ "nvidia.com/gpu.present": "true", "topology.kubernetes.io/zone": "zone-a", type: "kwok" });
  expect(gpu.status.allocatable["nvidia.com/gpu"]).toBe("2");
  expect(gpu.spec.taints).toEqual(expect.arrayContaining([{ key: "nvidia.com/gpu", value: "present", effect: "NoSchedule" }]));
  await cluster.kubectl(["create", "namespace", "gpu"]);
  const pod = (name: string, spec: object) => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "gpu" },
    spec: { containers: [{ name: "c", image: "registry.example/model:1.0", ...spec }] },
  });
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest({
      ...pod("model", { resources: { limits: { "nvidia.com/gpu": "1" } } }),
      spec: {
        nodeSelector: { "nvidia.com/gpu.present": "true" },
        tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
        containers: [{ name: "c", image: "registry.example/model:1.0", resources: { limits: { "nvidia.com/gpu": "1" } } }],
      },
    }),
  });
  // Asks for a GPU but does not tolerate the taint: stays Pending.
  await cluster.kubectl(["apply", "-f", "-"], { input: manifest(pod("untolerated", { resources: { limits: { "nvidia.com/gpu": "1" } } })) });
  await cluster.kubectl(["-n", "gpu", "wait", "--for=condition=Ready", "pod/model", "--timeout=60s"]);
  expect((await json(["-n", "gpu", "get", "pod", "model"])).spec.nodeName).toBe("kwok-gpu-0");
  const untolerated = await json(["-n", "gpu", "get", "pod", "untolerated"]);
  expect(untolerated.spec.nodeName).toBeUndefined();
  expect(untolerated.status.conditions?.find((c: { type: string }) => c.type === "PodScheduled")?.status).toBe("False");
});

test("a Deployment becomes Available, its pods Running with pod IPs spread over the zones", async () => {
  await cluster.kubectl(["create", "namespace", "deploy"]);
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web", namespace: "deploy" },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: "web" } },
        template: {
          metadata: { labels: { app: "web" } },
          spec: {
            topologySpreadConstraints: [
              { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "web" } } },
            ],
            containers: [{ name: "web", image: "registry.example/web:1.0", ports: [{ containerPort: 8080 }] }],
          },
        },
      },
    }),
  });
  await cluster.kubectl(["-n", "deploy", "wait", "--for=condition=Available", "deployment/web", "--timeout=90s"]);
  const pods = await json(["-n", "deploy", "get", "pods", "-l", "app=web"]);
  expect(pods.items).toHaveLength(3);
  for (const p of pods.items) {
    expect(p.status.phase).toBe("Running");
    expect(p.status.podIP).toMatch(/^10\.244\./);
  }
  const nodes = new Set(pods.items.map((p: { spec: { nodeName: string } }) => p.spec.nodeName));
  expect(nodes.size).toBe(3);
});

test("a Service gets endpoints (EndpointSlice with ready addresses)", async () => {
  await cluster.kubectl(["create", "namespace", "svc"]);
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest(
      {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "api", namespace: "svc" },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: "api" } },
          template: { metadata: { labels: { app: "api" } }, spec: { containers: [{ name: "api", image: "registry.example/api:1.0" }] } },
        },
      },
      {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "api", namespace: "svc" },
        spec: { selector: { app: "api" }, ports: [{ port: 80, targetPort: 8080 }] },
      },
    ),
  });
  const addresses = await eventually("2 ready endpoints", async () => {
    const slices = await json(["-n", "svc", "get", "endpointslices", "-l", "kubernetes.io/service-name=api"]);
    const ready = slices.items.flatMap((s: { endpoints?: Array<{ addresses: string[]; conditions?: { ready?: boolean } }> }) =>
      (s.endpoints ?? []).filter((e) => e.conditions?.ready).flatMap((e) => e.addresses),
    );
    return ready.length === 2 ? ready : undefined;
  });
  expect(addresses.every((a: string) => a.startsWith("10.244."))).toBe(true);
  const svc = await json(["-n", "svc", "get", "service", "api"]);
  expect(svc.spec.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
});

test("Pod Security admission rejects a privileged pod in a namespace labelled restricted", async () => {
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "locked", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
    }),
  });
  const privileged = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "root", namespace: "locked" },
    spec: { containers: [{ name: "c", image: "registry.example/x:1", securityContext: { privileged: true } }] },
  };
  const rejected = await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify(privileged), check: false });
  expect(rejected.code).not.toBe(0);
  expect(rejected.stderr).toContain('violates PodSecurity "restricted:latest"');
  expect(rejected.stderr).toContain("privileged");
  // The same namespace accepts a pod that meets the restricted profile, and kwok runs it.
  const compliant = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "ok", namespace: "locked" },
    spec: {
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
      containers: [{ name: "c", image: "registry.example/x:1", ...restrictedContainer }],
    },
  };
  await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify(compliant) });
  await cluster.kubectl(["-n", "locked", "wait", "--for=condition=Ready", "pod/ok", "--timeout=60s"]);
});

test("a ValidatingAdmissionPolicy with a binding denies an object with its message", async () => {
  await cluster.kubectl(["create", "namespace", "vap"]);
  await cluster.kubectl(["label", "namespace", "vap", "policy=replicas"]);
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest(
      {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicy",
        metadata: { name: "max-replicas" },
        spec: {
          failurePolicy: "Fail",
          matchConstraints: { resourceRules: [{ apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["deployments"] }] },
          validations: [{ expression: "object.spec.replicas <= 5", message: "stackwerk: at most 5 replicas" }],
        },
      },
      {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "ValidatingAdmissionPolicyBinding",
        metadata: { name: "max-replicas" },
        spec: { policyName: "max-replicas", validationActions: ["Deny"], matchResources: { namespaceSelector: { matchLabels: { policy: "replicas" } } } },
      },
    ),
  });
  const deployment = (replicas: number) =>
    JSON.stringify({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: `d${replicas}`, namespace: "vap" },
      spec: {
        replicas,
        selector: { matchLabels: { app: `d${replicas}` } },
        template: { metadata: { labels: { app: `d${replicas}` } }, spec: { containers: [{ name: "c", image: "registry.example/x:1" }] } },
      },
    });
  // The policy's type checking and the binding take a moment to be picked up.
  const denied = await eventually("the policy to deny", async () => {
    const r = await cluster.kubectl(["apply", "--dry-run=server", "-f", "-"], { input: deployment(10), check: false });
    return r.code !== 0 ? r : undefined;
  });
  expect(denied.stderr).toContain("ValidatingAdmissionPolicy 'max-replicas' with binding 'max-replicas' denied request");
  expect(denied.stderr).toContain("stackwerk: at most 5 replicas");
  await cluster.kubectl(["apply", "-f", "-"], { input: deployment(2) });
});

test("a StatefulSet with a volume claim becomes Ready and its PVC is Bound to a zonal volume", async () => {
  await cluster.kubectl(["create", "namespace", "data"]);
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: "db", namespace: "data" },
      spec: {
        serviceName: "db",
        replicas: 2,
        selector: { matchLabels: { app: "db" } },
        template: {
          metadata: { labels: { app: "db" } },
          spec: { containers: [{ name: "db", image: "registry.example/db:16", volumeMounts: [{ name: "data", mountPath: "/data" }] }] },
        },
        volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }],
      },
    }),
  });
  await cluster.kubectl(["-n", "data", "rollout", "status", "statefulset/db", "--timeout=120s"]);
  const sts = await json(["-n", "data", "get", "statefulset", "db"]);
  expect(sts.status.readyReplicas).toBe(2);
  const pvcs = await json(["-n", "data", "get", "pvc"]);
  expect(pvcs.items).toHaveLength(2);
  for (const pvc of pvcs.items) {
    expect(pvc.status.phase).toBe("Bound");
    expect(pvc.spec.storageClassName).toBe("standard");
    const pv = await json(["get", "pv", pvc.spec.volumeName]);
    const pod = await json(["-n", "data", "get", "pod", pvc.metadata.name.replace(/^data-/, "")]);
    const node = await json(["get", "node", pod.spec.nodeName]);
    expect(pv.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0]).toEqual({
      key: "topology.kubernetes.io/zone",
      operator: "In",
      values: [node.metadata.labels["topology.kubernetes.io/zone"]],
    });
  }
  // Deleting the claims releases and deletes the volumes (reclaimPolicy Delete).
  const volumes = pvcs.items.map((p: { spec: { volumeName: string } }) => p.spec.volumeName);
  await cluster.kubectl(["-n", "data", "delete", "statefulset", "db", "--wait=true"]);
  await cluster.kubectl(["-n", "data", "delete", "pvc", "--all", "--wait=true", "--timeout=60s"]);
  await eventually("volumes deleted", async () => {
    const r = await cluster.kubectl(["get", "pv", ...volumes, "--ignore-not-found", "-o", "name"]);
    return r.stdout.trim() === "";
  });
});

test("ResourceQuota and LimitRange are enforced", async () => {
  await cluster.kubectl(["create", "namespace", "quota"]);
  await cluster.kubectl(["apply", "-f", "-"], {
    input: manifest(
      { apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "q", namespace: "quota" }, spec: { hard: { pods: "1", "limits.memory": "1Gi" } } },
      {
        apiVersion: "v1",
        kind: "LimitRange",
        metadata: { name: "lr", namespace: "quota" },
        spec: { limits: [{ type: "Container", default: { memory: "128Mi", cpu: "100m" }, max: { memory: "512Mi" } }] },
      },
    ),
  });
  await eventually("quota status", async () => (await json(["-n", "quota", "get", "resourcequota", "q"])).status?.hard);
  const pod = (name: string, memory?: string) =>
    JSON.stringify({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name, namespace: "quota" },
      spec: { containers: [{ name: "c", image: "registry.example/x:1", ...(memory ? { resources: { limits: { memory } } } : {}) }] },
    });
  const tooBig = await cluster.kubectl(["apply", "-f", "-"], { input: pod("big", "1Gi"), check: false });
  expect(tooBig.stderr).toContain("maximum memory usage per Container is 512Mi");
  await cluster.kubectl(["apply", "-f", "-"], { input: pod("first") });
  const defaulted = await json(["-n", "quota", "get", "pod", "first"]);
  expect(defaulted.spec.containers[0].resources.limits.memory).toBe("128Mi"); // LimitRange default
  const second = await cluster.kubectl(["apply", "-f", "-"], { input: pod("second"), check: false });
  expect(second.stderr).toContain("exceeded quota: q");
});

test("service account tokens are signed by the cluster and pass TokenReview", async () => {
  await cluster.kubectl(["create", "namespace", "sa"]);
  await cluster.kubectl(["-n", "sa", "create", "serviceaccount", "app"]);
  const token = (await cluster.kubectl(["-n", "sa", "create", "token", "app", "--audience", "https://kubernetes.default.svc.cluster.local"])).stdout.trim();
  const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
  expect(payload.iss).toBe("https://kubernetes.default.svc.cluster.local");
  expect(payload.sub).toBe("system:serviceaccount:sa:app");
  const review = await cluster.kubectl(["create", "-o", "json", "-f", "-"], {
    input: JSON.stringify({ apiVersion: "authentication.k8s.io/v1", kind: "TokenReview", spec: { token } }),
  });
  const status = JSON.parse(review.stdout).status;
  expect(status.authenticated).toBe(true);
  expect(status.user.username).toBe("system:serviceaccount:sa:app");
  // RBAC applies to it: the new service account may not list secrets.
  const can = await cluster.kubectl(["auth", "can-i", "list", "secrets", "-n", "sa", "--as", "system:serviceaccount:sa:app"], { check: false });
  expect(can.stdout.trim()).toBe("no");
});

test("namespace deletion completes (namespace controller, garbage collector)", async () => {
  await cluster.kubectl(["-n", "deploy", "get", "deployment", "web"]);
  await cluster.kubectl(["delete", "namespace", "deploy", "--wait=true", "--timeout=90s"]);
  const r = await cluster.kubectl(["get", "namespace", "deploy", "--ignore-not-found", "-o", "name"]);
  expect(r.stdout.trim()).toBe("");
  const pods = await cluster.kubectl(["get", "pods", "-A", "-l", "app=web", "-o", "name"]);
  expect(pods.stdout.trim()).toBe("");
});

test("etcd takes only the API server's client certificate (its own CA)", async () => {
  const kubeconfig = fs.readFileSync(cluster.kubeconfig, "utf8");
  const field = (name: string) => Buffer.from(new RegExp(`${name}: (\\S+)`).exec(kubeconfig)![1], "base64").toString();
  const attempt = (cert?: { cert: string; key: string }) =>
    new Promise<string>((resolve) => {
      const req = https.get(`https://127.0.0.1:${cluster.ports.etcdClient}/health`, { rejectUnauthorized: false, timeout: 5000, ...(cert ?? {}) }, (res) =>
        resolve(`HTTP ${res.statusCode}`),
      );
      req.on("error", (err) => resolve(`refused: ${err.message}`));
    });
  const pki = (f: string) => fs.readFileSync(`${cluster.stateDir}/pki/${f}`, "utf8");
  expect(await attempt({ cert: pki("apiserver-etcd-client.crt"), key: pki("apiserver-etcd-client.key") })).toBe("HTTP 200");
  expect(await attempt()).toMatch(/^refused: /);
  // The cluster admin (system:masters) is no one to etcd.
  expect(await attempt({ cert: field("client-certificate-data"), key: field("client-key-data") })).toMatch(/^refused: /);
});

test("stop() leaves no process of the cluster and frees every port", async () => {
  const pids = cluster.pids();
  const ports = Object.values(cluster.ports);
  const stateDir = cluster.stateDir;
  expect(pids.length).toBe(6); // 5 components + watchdog
  expect(pids.every(isAlive)).toBe(true);
  await cluster.stop();
  expect(pids.filter(isAlive)).toEqual([]);
  for (const port of ports) expect(await portIsFree(port)).toBe(true);
  expect(fs.existsSync(stateDir)).toBe(false);
});

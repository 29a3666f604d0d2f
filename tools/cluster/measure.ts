/**
 * Measures the embedded cluster: warm start time, memory of the component processes when idle
 * and after a small workload, and stop time. Numbers go to docs/cluster.md.
 *
 *   npx tsx tools/cluster/measure.ts [runs=3]
 */
import { EmbeddedCluster, startCluster } from "./index";
import { rssBytes } from "./processes";

const mib = (b: number) => Math.round(b / 1048576);

async function workload(c: EmbeddedCluster): Promise<void> {
  // 10 Deployments x 3 replicas, 3 Services, one StatefulSet with claims: ~35 pods.
  const items: object[] = [];
  for (let i = 0; i < 10; i++) {
    items.push({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: `app-${i}`, namespace: "measure" },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: `app-${i}` } },
        template: { metadata: { labels: { app: `app-${i}` } }, spec: { containers: [{ name: "c", image: "registry.example/app:1" }] } },
      },
    });
    if (i < 3)
      items.push({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: `app-${i}`, namespace: "measure" },
        spec: { selector: { app: `app-${i}` }, ports: [{ port: 80 }] },
      });
  }
  items.push({
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "db", namespace: "measure" },
    spec: {
      serviceName: "db",
      replicas: 3,
      selector: { matchLabels: { app: "db" } },
      template: { metadata: { labels: { app: "db" } }, spec: { containers: [{ name: "db", image: "registry.example/db:1" }] } },
      volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }],
    },
  });
  await c.kubectl(["create", "namespace", "measure"]);
  await c.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items }) });
  await c.kubectl(["-n", "measure", "wait", "--for=condition=Available", "deployment", "--all", "--timeout=120s"]);
  await c.kubectl(["-n", "measure", "rollout", "status", "statefulset/db", "--timeout=120s"]);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  for (let i = 1; i <= runs; i++) {
    const t0 = Date.now();
    const c = await startCluster({ name: "measure" });
    const start = (Date.now() - t0) / 1000;
    const phases = (c as unknown as { startupTimings?: Record<string, number> }).startupTimings;
    await new Promise((r) => setTimeout(r, 5000));
    const idle = c.rssBytes();
    const t1 = Date.now();
    await workload(c);
    const workloadSeconds = (Date.now() - t1) / 1000;
    await new Promise((r) => setTimeout(r, 5000));
    const loaded = c.rssBytes();
    const perComponent = c.components.map((p) => `${p.name}=${mib(rssBytes(p.pid))}`).join(" ");
    const t2 = Date.now();
    await c.stop();
    const stop = (Date.now() - t2) / 1000;
    process.stdout.write(
      `run ${i}: start ${start.toFixed(1)}s, idle RSS ${mib(idle)} MiB, 35-pod workload ready in ${workloadSeconds.toFixed(1)}s, RSS ${mib(loaded)} MiB (${perComponent}), stop ${stop.toFixed(1)}s\n  start-up phases (s since start): ${JSON.stringify(phases)}\n`,
    );
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});

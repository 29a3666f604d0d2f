/**
 * The engine-neutral HelmChart node (issue 9): cdktf renders a `helm_release` whose chart is
 * copied into the stack folder (relative path, machine-independent) and whose values arrive
 * verbatim (template syntax escaped); Pulumi renders a `helm.v3.Release` with the same values;
 * the real helm provider installs it on the embedded cluster; bad props fail at synth.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { Construct } from "constructs";
import { HelmChart } from "../../constructs/kube/helm-chart";
import { Pattern, PatternProps } from "../../constructs/pattern";
import { targets } from "../../providers";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { synthApp } from "../support/synth";
import { initStack, tofuIn } from "../support/tofu";
import { runPulumi } from "../support/pulumi";

jest.setTimeout(600_000);

const CHART = path.join(__dirname, "../fixtures/charts/hello");
const GREETING = 'hi ${file("/etc/hostname")} %{ if true }x%{ endif }';

class ChartFixture extends Pattern {
  constructor(scope: Construct, id: string, props: PatternProps) {
    super(scope, id, props, "fixture-chart");
    new HelmChart(this.platformStack as Construct, "hello", {
      namespace: this.namespace.name,
      releaseName: "hello",
      chartDir: CHART,
      values: { greeting: GREETING },
    });
  }
}

test("cdktf: helm_release with the chart copied into the stack folder, values verbatim, after the namespace", () => {
  const out = synthApp(
    (app) => new ChartFixture(app, "charts", { target: targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false }) }),
  );
  // The platform stack (the pattern's private zone also has an add-ons stack: its admission policies).
  const stack = out.stacks.find((s) => s.role === "platform")!;
  const release = Object.values(out.json[stack.name].resource.helm_release)[0] as Record<string, unknown> & {
    chart: string;
    values: string[];
    depends_on: string[];
  };
  expect(path.isAbsolute(release.chart)).toBe(false);
  expect(fs.existsSync(path.join(stack.dir, release.chart, "Chart.yaml"))).toBe(true);
  expect(JSON.parse(release.values[0])).toEqual({ greeting: 'hi $${file("/etc/hostname")} %%{ if true }x%%{ endif }' });
  expect(release.depends_on).toEqual([expect.stringMatching(/^kubernetes_manifest\.namespace-cluster-charts-test$/)]);
  expect(release).toMatchObject({ name: "hello", namespace: "charts-test", wait: true, timeout: 300 });
});

test("Pulumi: a helm.v3.Release with the same name, namespace, chart and values", async () => {
  const registered = await runPulumi((app: App) => new ChartFixture(app, "charts", { target: targets.onprem() }));
  const releases = registered.filter((r) => r.type === "kubernetes:helm.sh/v3:Release");
  expect(releases.map((r) => ({ name: r.inputs.name, namespace: r.inputs.namespace, chart: r.inputs.chart, values: r.inputs.values }))).toEqual([
    { name: "hello", namespace: "charts-test", chart: CHART, values: { greeting: GREETING } },
  ]);
});

test("bad props fail at synth naming the property", () => {
  const app = new App({ outdir: "/tmp/unused" });
  const scope = new Construct(app, "s");
  expect(() => new HelmChart(scope, "a", { namespace: "ns", releaseName: "r", chartDir: "charts/hello" })).toThrow(
    /\[HelmChart s\/a\] chartDir: "charts\/hello" is not allowed\. Allowed: the absolute path/,
  );
  expect(() => new HelmChart(scope, "b", { namespace: "ns", releaseName: "r", chartDir: __dirname })).toThrow(
    /\[HelmChart s\/b\] chartDir: .* has no Chart\.yaml/,
  );
  expect(() => new HelmChart(scope, "c", { namespace: "ns", releaseName: "Not_A_Label", chartDir: CHART })).toThrow(
    /\[HelmChart s\/c\] releaseName: "Not_A_Label" is not a valid name/,
  );
});

describe("on the embedded cluster", () => {
  let tc: Toolchain;
  let cluster: EmbeddedCluster;
  beforeAll(async () => {
    tc = await ensureToolchain();
    cluster = await startCluster({ name: "helm-chart" });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test("the real helm provider installs the vendored chart with the values verbatim, and destroys it", async () => {
    const out = synthApp((app) => new ChartFixture(app, "charts", { target: targets.onprem({ kubeconfigPath: cluster.kubeconfig }) }));
    const platform = out.stacks.find((s) => s.role === "platform")!;
    await initStack(tc, platform);
    const apply = await tofuIn(tc, platform, ["apply", "-auto-approve", "-input=false"]);
    expect({ code: apply.code, err: apply.code ? apply.stdout.slice(-2000) + apply.stderr : "" }).toEqual({ code: 0, err: "" });
    const cm = JSON.parse((await cluster.kubectl(["get", "configmap", "hello-config", "-n", "charts-test", "-o", "json"])).stdout);
    expect(cm.data.greeting).toBe(GREETING);
    const destroy = await tofuIn(tc, platform, ["destroy", "-auto-approve", "-input=false"]);
    expect(destroy.code).toBe(0);
  });
});

/**
 * An engine-neutral Helm chart release: a chart folder vendored into the project (e.g. from a
 * Go module, with a provenance note) installed into a namespace with typed values. Engines
 * render it — the Terraform engine as `helm_release` from the chart copied into the stack's folder (a
 * machine-independent relative path), Pulumi as `kubernetes.helm.v3.Release` — after the
 * namespace and every Secret, like pod owners. Values are plain configuration: secrets go in
 * Secrets the chart references by name, never in values.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Construct, IConstruct } from "constructs";
import { fail, requireDnsLabel, requireIntegerInRange } from "../../core/errors";
import { checkOnce } from "../../core/checked-once";

const CHART_MARK = Symbol.for("stackwerk.HelmChart");

/** Props of a chart release. */
export interface HelmChartProps {
  /** Namespace the release is installed into (must exist: the pattern's namespace). */
  readonly namespace: string;
  /** Release name (RFC 1123 label). */
  readonly releaseName: string;
  /** Absolute path of a local chart folder (with Chart.yaml), vendored into the project. */
  readonly chartDir: string;
  /** Chart values (JSON-serialisable; no secrets). @default none: the chart's defaults */
  readonly values?: Readonly<Record<string, unknown>>;
  /** Wait until the release's resources are ready. @default true */
  readonly wait?: boolean;
  /** Seconds to wait. @default 300 */
  readonly timeoutSeconds?: number;
}

/** One Helm release of a vendored chart. */
export class HelmChart extends Construct {
  /** True for HelmChart nodes (also across duplicate module copies). */
  static isHelmChart(x: unknown): x is HelmChart {
    return typeof x === "object" && x !== null && (x as { [CHART_MARK]?: boolean })[CHART_MARK] === true;
  }

  /** Every chart below `scope`, in tree order. */
  static all(scope: IConstruct): HelmChart[] {
    return scope.node.findAll().filter(HelmChart.isHelmChart);
  }

  readonly namespace: string;
  readonly releaseName: string;
  readonly chartDir: string;
  /** Chart name and version from Chart.yaml. */
  readonly chartName: string;
  readonly chartVersion: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly wait: boolean;
  readonly timeoutSeconds: number;
  /** @internal brand for cross-copy type checks */
  readonly [CHART_MARK] = true;

  constructor(scope: Construct, id: string, props: HelmChartProps) {
    super(scope, id);
    this.namespace = checkOnce(this, "namespace", props.namespace, (namespace) => requireDnsLabel(this, "namespace", namespace));
    this.releaseName = requireDnsLabel(this, "releaseName", props.releaseName);
    if (typeof props.chartDir !== "string" || !path.isAbsolute(props.chartDir)) {
      fail(this, "chartDir", `${JSON.stringify(props.chartDir)} is not allowed. Allowed: the absolute path of a chart folder in the project`);
    }
    const chartYaml = path.join(props.chartDir, "Chart.yaml");
    if (!fs.existsSync(chartYaml)) fail(this, "chartDir", `${props.chartDir} has no Chart.yaml. Allowed: a Helm chart folder`);
    const text = fs.readFileSync(chartYaml, "utf8");
    const field = (name: string): string | undefined => new RegExp(`^${name}:\\s*["']?([^"'\\s#]+)`, "m").exec(text)?.[1];
    this.chartName = field("name") ?? fail(this, "chartDir", `${chartYaml} has no name`);
    this.chartVersion = field("version") ?? fail(this, "chartDir", `${chartYaml} has no version`);
    this.chartDir = props.chartDir;
    this.values = JSON.parse(JSON.stringify(props.values ?? {})) as Record<string, unknown>;
    this.wait = props.wait ?? true;
    this.timeoutSeconds = requireIntegerInRange(this, "timeoutSeconds", props.timeoutSeconds ?? 300, 1, 3600);
  }

  /** `helm/<namespace>/<release>`: the chart's key in render order and parity checks. */
  get key(): string {
    return `helm/${this.namespace}/${this.releaseName}`;
  }
}

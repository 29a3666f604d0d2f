/**
 * Stand-ins for the images the monitoring pattern runs on-prem (issue 27, ADR 0425): each one the
 * catalogue's upstream release built here from its Go module (static, CGO off, `-trimpath`), in
 * an image laid out like upstream's (binary under `/bin`, busybox for `sh`/`wget` as in the
 * prometheus/busybox base of upstream's Prometheus and Alertmanager images, user nobody):
 *
 * - Prometheus v3.5.0 (module v0.305.0) and Alertmanager v0.28.1;
 * - prometheus-operator and prometheus-config-reloader v0.85.0 (the operator generates
 *   Prometheus' and Alertmanager's StatefulSets and configuration, so it is essential);
 * - kube-state-metrics v2.15.0.
 *
 * The images are referenced by digest (`local:tag@sha256:…`): the monitoring namespace is a
 * platform namespace whose admission policy admits digest-pinned images only.
 * Grafana, Loki and Alloy have no stand-in (`MONITORING_NOT_BUILT` says why).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalogueRef } from "../../core/images/catalogue";
import { buildAtomically, cacheRoot, isComplete, versionKey, withBuildLock } from "../cache";
import { buildGoModule, type GoModuleSpec } from "../go-module";
import type { LayerSpec } from "./images";
import type { StandInSpec } from "./stand-ins";
import { BUSYBOX_DEB, LOCAL_REGISTRY } from "./test-images";

/** A Go command built for a stand-in: the module, its version and the package of the command. */
interface GoStandIn {
  readonly tool: string;
  readonly module: string;
  readonly version: string;
  readonly pkg: string;
  readonly binary: string;
  readonly ldflags?: string;
  readonly replaceVersions?: Readonly<Record<string, string>>;
}

const PROM_COMMON_VERSION = "github.com/prometheus/common/version";
const versionFlags = (version: string) => `-s -w -X ${PROM_COMMON_VERSION}.Version=${version} -X ${PROM_COMMON_VERSION}.BuildUser=stackwerk`;

/** Prometheus 3.5.0 is module version v0.305.0 (Prometheus' Go module maps 3.x.y to v0.30x.y). */
export const PROMETHEUS_BUILD: GoStandIn = {
  tool: "prometheus",
  module: "github.com/prometheus/prometheus",
  version: "v0.305.0",
  pkg: "./cmd/prometheus",
  binary: "prometheus",
  ldflags: versionFlags("3.5.0"),
};

/** Alertmanager v0.28.1. */
export const ALERTMANAGER_BUILD: GoStandIn = {
  tool: "alertmanager",
  module: "github.com/prometheus/alertmanager",
  version: "v0.28.1",
  pkg: "./cmd/alertmanager",
  binary: "alertmanager",
  ldflags: versionFlags("0.28.1"),
};

const OPERATOR_MODULE = "github.com/prometheus-operator/prometheus-operator";
/** The operator's nested modules (outside its module zip; its go.mod replaces them with local folders). */
const OPERATOR_REPLACES = { [`${OPERATOR_MODULE}/pkg/apis/monitoring`]: "v0.85.0", [`${OPERATOR_MODULE}/pkg/client`]: "v0.85.0" };

/** prometheus-operator v0.85.0 (the command, with its API and client modules at the same release). */
export const OPERATOR_BUILD: GoStandIn = {
  tool: "prometheus-operator",
  module: OPERATOR_MODULE,
  version: "v0.85.0",
  pkg: "./cmd/operator",
  binary: "operator",
  ldflags: versionFlags("0.85.0"),
  replaceVersions: OPERATOR_REPLACES,
};

/** prometheus-config-reloader v0.85.0 (same module and release as the operator). */
export const CONFIG_RELOADER_BUILD: GoStandIn = {
  ...OPERATOR_BUILD,
  tool: "prometheus-config-reloader",
  pkg: "./cmd/prometheus-config-reloader",
  binary: "prometheus-config-reloader",
};

/** kube-state-metrics v2.15.0 (its main package is the module root). */
export const KUBE_STATE_METRICS_BUILD: GoStandIn = {
  tool: "kube-state-metrics",
  module: "k8s.io/kube-state-metrics/v2",
  version: "v2.15.0",
  pkg: ".",
  binary: "kube-state-metrics",
  ldflags: `-s -w -X ${PROM_COMMON_VERSION}.Version=v2.15.0`,
};

/** Builds (once, cached under `<cache>/stand-ins/`) a static binary of `b` and returns its path. */
export async function goStandInBinary(b: GoStandIn): Promise<string> {
  const dir = path.join(
    cacheRoot(),
    "stand-ins",
    `${b.binary}-${versionKey({ module: b.module, version: b.version, pkg: b.pkg, ldflags: b.ldflags ?? "", layout: "1" })}`,
  );
  const bin = path.join(dir, "bin", b.binary);
  if (isComplete(dir) && fs.existsSync(bin)) return bin;
  await withBuildLock(dir, b.tool, async () => {
    if (isComplete(dir) && fs.existsSync(bin)) return;
    const spec: GoModuleSpec = {
      tool: b.tool,
      module: b.module,
      version: b.version,
      commands: [{ pkg: b.pkg, binary: b.binary }],
      ...(b.ldflags ? { ldflags: b.ldflags } : {}),
      ...(b.replaceVersions ? { replaceVersions: b.replaceVersions } : {}),
    };
    await buildAtomically(dir, (tmp) => buildGoModule(spec, path.join(tmp, "bin")));
  });
  return bin;
}

/** A layer like upstream's: the binary in `/bin`, busybox for `sh` and `wget`, nobody in /etc/passwd, the data folders writable by nobody. */
function binaryLayer(binary: string, at: string, dirs: Readonly<Record<string, number>> = {}): LayerSpec {
  return {
    debs: [BUSYBOX_DEB],
    symlinks: Object.fromEntries(["sh", "wget", "cat", "ls", "sleep", "echo"].map((a) => [`/bin/${a}`, "busybox"])),
    dirs: { "/tmp": 0o1777, "/etc": 0o755, ...dirs },
    files: [
      { path: at, source: binary },
      { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n" },
      { path: "/etc/group", content: "root:x:0:\nnogroup:x:65534:\n" },
    ],
  };
}

async function goStandIn(
  key: "prometheus" | "alertmanager" | "prometheusOperator" | "prometheusConfigReloader" | "kubeStateMetrics",
  b: GoStandIn,
  image: { name: string; at: string; dirs?: Record<string, number>; cmd?: string[]; workingDir?: string },
): Promise<StandInSpec> {
  const binary = await goStandInBinary(b);
  const tag = catalogueRef(key).split("@")[0].split(":").pop()!;
  return {
    key,
    version: b.version === PROMETHEUS_BUILD.version ? "3.5.0" : b.version.replace(/^v/, ""),
    extraInputs: [`go:${b.module}@${b.version}`, ...Object.entries(b.replaceVersions ?? {}).map(([m, v]) => `go:${m}@${v}`)],
    note:
      (key === "prometheus" ? "Prometheus 3.5.0 is its Go module's v0.305.0; " : "") +
      `built here from the Go module (${b.pkg}, CGO_ENABLED=0, -trimpath${key === "prometheus" ? ", without the builtinassets tag: no web UI, the HTTP API is complete" : ""}); upstream's image is built by its own release pipeline, so the digests differ`,
    referenceByDigest: true,
    image: {
      name: `${LOCAL_REGISTRY}/${image.name}`,
      tag,
      layers: [binaryLayer(binary, image.at, image.dirs)],
      config: {
        user: "65534:65534",
        entrypoint: [image.at],
        ...(image.cmd ? { cmd: image.cmd } : {}),
        ...(image.workingDir ? { workingDir: image.workingDir } : {}),
      },
    },
  };
}

/** Prometheus v3.5.0 in upstream's layout (`/bin/prometheus`, `/prometheus` the working and data folder). */
export const prometheusStandIn = (): Promise<StandInSpec> =>
  goStandIn("prometheus", PROMETHEUS_BUILD, {
    name: "prometheus",
    at: "/bin/prometheus",
    dirs: { "/prometheus": 0o777, "/etc/prometheus": 0o755 },
    cmd: ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"],
    workingDir: "/prometheus",
  });

/** Alertmanager v0.28.1 (`/bin/alertmanager`, `/alertmanager` the working folder). */
export const alertmanagerStandIn = (): Promise<StandInSpec> =>
  goStandIn("alertmanager", ALERTMANAGER_BUILD, {
    name: "alertmanager",
    at: "/bin/alertmanager",
    dirs: { "/alertmanager": 0o777, "/etc/alertmanager": 0o755 },
    workingDir: "/alertmanager",
  });

/** prometheus-operator v0.85.0 (`/bin/operator`). */
export const operatorStandIn = (): Promise<StandInSpec> =>
  goStandIn("prometheusOperator", OPERATOR_BUILD, { name: "prometheus-operator/prometheus-operator", at: "/bin/operator" });

/** prometheus-config-reloader v0.85.0 (`/bin/prometheus-config-reloader`, the path the operator's pods run). */
export const configReloaderStandIn = (): Promise<StandInSpec> =>
  goStandIn("prometheusConfigReloader", CONFIG_RELOADER_BUILD, {
    name: "prometheus-operator/prometheus-config-reloader",
    at: "/bin/prometheus-config-reloader",
  });

/** kube-state-metrics v2.15.0 (`/kube-state-metrics`, as upstream's image). */
export const kubeStateMetricsStandIn = (): Promise<StandInSpec> =>
  goStandIn("kubeStateMetrics", KUBE_STATE_METRICS_BUILD, { name: "kube-state-metrics", at: "/kube-state-metrics" });

/** The monitoring pattern's stand-ins by the upstream reference they replace. */
export function monitoringStandIns(): Array<[string, () => Promise<StandInSpec>]> {
  return [
    [catalogueRef("prometheus"), prometheusStandIn],
    [catalogueRef("alertmanager"), alertmanagerStandIn],
    [catalogueRef("prometheusOperator"), operatorStandIn],
    [catalogueRef("prometheusConfigReloader"), configReloaderStandIn],
    [catalogueRef("kubeStateMetrics"), kubeStateMetricsStandIn],
  ];
}

/**
 * Upstream images of the monitoring pattern that cannot be built here, with why. Their workloads
 * are kept at zero pods in a runtime run (the objects are applied; nothing of them runs) and the
 * cell lists them as not run: never a pass.
 */
export const MONITORING_NOT_BUILT: Readonly<Record<string, string>> = {
  [catalogueRef("loki")]:
    "Loki 3.5.0 (log store): not run: no local image: Loki is AGPL-3.0 and must not be built or run on this machine, so the log-store check (a pod's log line found in the log store) is not run; its StatefulSet is applied with zero replicas",
  [catalogueRef("grafana")]:
    "Grafana 12.0.2 (dashboards): not run: no local image: the Go module proxy does not serve github.com/grafana/grafana (and it is AGPL-3.0 too); its Deployment is applied with zero replicas",
  [catalogueRef("alloy")]:
    "Grafana Alloy v1.10.2 (log shipper DaemonSet): not run: no local image: the Go module proxy answers 403 for github.com/grafana/alloy (go list -m -versions: 'This module version is not available'); the DaemonSet is applied selecting no node",
};

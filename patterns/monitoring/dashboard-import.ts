/**
 * Dashboards as code into a managed Grafana (STACKIT Observability, IONOS): no Grafana Terraform
 * provider is built here, so a CronJob in the monitoring namespace POSTs every dashboard of the
 * `dashboards` ConfigMap to Grafana's HTTP API (`POST /api/dashboards/db`, `overwrite: true`:
 * idempotent, the dashboard's `uid` identifies it) every 15 minutes: a changed dashboard arrives
 * with the next run, and edits made in Grafana's UI are overwritten (the code is the source).
 * A CronJob, not a Job: its name and resource address stay the same when dashboards change, and
 * its template may change (a Job's may not). The token is a Grafana service-account token the
 * operator created in that Grafana, referenced from a Secret (never in the synth output).
 */
import { Construct } from "constructs";
import type { CronJob } from "kubernetes-types/batch/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { containerEnv } from "../../constructs/kube/env";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import { NetworkPeer, writeNetworkPolicy } from "../../constructs/network";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import { containerSecurityContext, podSecurityContext } from "../../constructs/security";
import type { ImageResolver } from "../../core/images/map";

/** When the dashboards are imported (cron, every 15 minutes). */
export const DASHBOARD_IMPORT_SCHEDULE = "*/15 * * * *";

/** UID of the Grafana image's own user (the image carries curl and sh). */
const GRAFANA_UID = 472;

/**
 * The import script (POSIX sh + curl). Env: GRAFANA_URL, GRAFANA_TOKEN, DASHBOARDS_DIR, WORK_DIR.
 * Fails (exit 1) on the first dashboard Grafana does not accept, naming it and the HTTP status.
 */
export const DASHBOARD_IMPORT_SCRIPT = [
  "set -eu",
  'url="${GRAFANA_URL%/}/api/dashboards/db"',
  // The token goes into a header file, not onto the command line.
  "umask 077",
  'printf "Authorization: Bearer %s\\n" "$GRAFANA_TOKEN" > "$WORK_DIR/auth-header"',
  "count=0",
  'for file in "$DASHBOARDS_DIR"/*.json; do',
  '  [ -e "$file" ] || continue',
  '  name=$(basename "$file")',
  '  { printf \'{"overwrite":true,"message":"stackwerk","dashboard":\'; cat "$file"; printf "}"; } > "$WORK_DIR/payload.json"',
  '  status=$(curl -sS -o "$WORK_DIR/response" -w "%{http_code}" -X POST -H "@$WORK_DIR/auth-header" \\',
  '    -H "Content-Type: application/json" --data-binary "@$WORK_DIR/payload.json" "$url") || {',
  '    echo "$name: $url not reachable" >&2',
  "    exit 1",
  "  }",
  '  case "$status" in',
  '    2??) echo "$name: imported (HTTP $status)" ;;',
  '    *) echo "$name: Grafana answered HTTP $status: $(cat "$WORK_DIR/response")" >&2; exit 1 ;;',
  "  esac",
  "  count=$((count + 1))",
  "done",
  'echo "imported $count dashboard(s) into $GRAFANA_URL"',
].join("\n");

/** Options of the import Job. */
export interface DashboardImportProps {
  readonly namespace: ZeroTrustNamespace;
  /** Grafana's base URL (may be a platform input token). */
  readonly url: string;
  /** A Grafana service-account token (role Editor) in a Secret of the monitoring namespace. */
  readonly token: SecretKeyRef;
  /** Name of the ConfigMap with the dashboards (`<uid>.json` each). */
  readonly configMap: string;
  /** Egress to the Grafana. */
  readonly peer: NetworkPeer;
  /** Where images are pulled from (the target's image map). */
  readonly images: ImageResolver;
}

/** The CronJob that imports the zone's dashboards into a managed Grafana. */
export class DashboardImport extends Construct {
  constructor(scope: Construct, id: string, props: DashboardImportProps) {
    super(scope, id);
    const ns = props.namespace.name;
    const app = "grafana-dashboards";
    const selector = appSelector(ns, app);
    // concurrencyPolicy Forbid: at most one pod at a time.
    props.namespace.reservePods(this, "job", 1, "dashboard import CronJob");
    new KubeManifest(this, "cron-job", {
      object: typed<CronJob>({
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: app, namespace: ns, labels: { ...selector, ...MANAGED_BY } },
        spec: {
          schedule: DASHBOARD_IMPORT_SCHEDULE,
          concurrencyPolicy: "Forbid",
          successfulJobsHistoryLimit: 1,
          failedJobsHistoryLimit: 3,
          jobTemplate: {
            spec: {
              backoffLimit: 3,
              template: {
                metadata: { labels: { ...selector, ...MANAGED_BY } },
                spec: {
                  restartPolicy: "OnFailure",
                  automountServiceAccountToken: false,
                  securityContext: podSecurityContext(GRAFANA_UID),
                  containers: [
                    {
                      name: "import",
                      image: props.images.ref("grafana"),
                      imagePullPolicy: "IfNotPresent",
                      command: ["sh", "-c", DASHBOARD_IMPORT_SCRIPT],
                      ...containerEnv({ GRAFANA_URL: props.url, DASHBOARDS_DIR: "/dashboards", WORK_DIR: "/work" }, { GRAFANA_TOKEN: props.token }),
                      resources: { requests: { cpu: "50m", memory: "32Mi" }, limits: { cpu: "200m", memory: "128Mi" } },
                      securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: GRAFANA_UID }),
                      volumeMounts: [
                        { name: "dashboards", mountPath: "/dashboards", readOnly: true },
                        { name: "work", mountPath: "/work" },
                      ],
                    },
                  ],
                  volumes: [
                    { name: "dashboards", configMap: { name: props.configMap, defaultMode: 0o444 } },
                    { name: "work", emptyDir: { sizeLimit: "64Mi" } },
                  ],
                },
              },
            },
          },
        },
      }),
    });
    writeNetworkPolicy(this, {
      namespace: ns,
      name: `${app}-allow-to-grafana`,
      podLabels: selector,
      direction: "Egress",
      peer: props.peer,
      ports: props.peer.ports,
    });
  }
}

/**
 * Level 5 protocol checks of `conformance --runtime` (issue 27, ADR 0390): real traffic between
 * running containers on the real node, each check with its evidence (what was sent, from which
 * pod, what came back). Client pods run the busybox image the node ships, with the restricted
 * security context, on the runtime node; checks inside the app run with `kubectl exec` in the
 * app's own pod, so they use the app's own environment, Secret values and NetworkPolicies.
 *
 * Patterns without checks here get none (their cells say so in the runtime record).
 */
import { RUNTIME_POD_PLACEMENT } from "../tools/runtime";
import { busyboxImageSpec, tlsClientImageSpec } from "../tools/runtime/test-images";
import type { Kubectl } from "./runtime";
import type { CheckResult } from "./types";
import { EVENT_BUS_NOT_RUN, eventBusRuntimeChecks } from "./runtime-checks-event-bus";
import { iamRuntimeChecks } from "./runtime-checks-iam";
import { monitoringRuntimeChecks } from "./runtime-checks-monitoring";
import { MONITORING_NOT_RUN } from "./runtime-not-run-monitoring";
import { aiRuntimeChecks } from "./runtime-checks-ai";
import { AI_NOT_RUN } from "./runtime-not-run-ai";

/** Namespace the on-prem target's Gateway implementation (Traefik) runs in: the web-app's ingress policy admits it. */
export const INGRESS_CONTROLLER_NAMESPACE = "traefik";

/** The Gateway implementation's Service the runtime conformance installs (conformance/runtime-gateway.ts). */
export const GATEWAY_SERVICE = `traefik.${INGRESS_CONTROLLER_NAMESPACE}.svc.cluster.local`;
/** A namespace of nobody's: what it reaches, any other tenant reaches. */
export const OUTSIDER_NAMESPACE = "stackwerk-runtime-outsider";

/** What a client pod printed and how it ended. */
export interface ClientRun {
  readonly pod: string;
  readonly phase: string;
  readonly exitCode: number;
  readonly output: string;
}

const SECURITY = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  runAsUser: 65534,
  runAsGroup: 65534,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" },
};

/** What a client pod carries besides the script: labels (e.g. a workload's, so its NetworkPolicies apply) and env entries. */
export interface ClientPodExtras {
  readonly labels?: Readonly<Record<string, string>>;
  readonly env?: readonly object[];
  /** `tls-client`: the busybox image plus Debian's OpenSSL (`openssl s_client`). @default busybox */
  readonly image?: "busybox" | "tls-client";
}

/** Runs `script` (busybox sh) in a one-off pod on the runtime node in `namespace` and returns its output. */
export async function runClientPod(
  kubectl: Kubectl,
  namespace: string,
  name: string,
  script: string,
  timeoutMs = 90_000,
  extras: ClientPodExtras = {},
): Promise<ClientRun> {
  const image = extras.image === "tls-client" ? tlsClientImageSpec() : busyboxImageSpec();
  const pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace, labels: extras.labels ?? { "app.kubernetes.io/name": "stackwerk-runtime-check" } },
    spec: {
      restartPolicy: "Never",
      automountServiceAccountToken: false,
      ...RUNTIME_POD_PLACEMENT,
      tolerations: RUNTIME_POD_PLACEMENT.tolerations.map((t) => ({ ...t })),
      containers: [
        {
          name: "check",
          image: `${image.name}:${image.tag}`,
          imagePullPolicy: "Never",
          command: ["sh", "-c", script],
          ...(extras.env ? { env: extras.env } : {}),
          securityContext: SECURITY,
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "200m", memory: "64Mi" } },
        },
      ],
    },
  };
  await kubectl(["delete", "pod", "-n", namespace, name, "--ignore-not-found", "--wait=true"], { check: false });
  await kubectl(["apply", "-f", "-"], { input: JSON.stringify(pod) });
  const deadline = Date.now() + timeoutMs;
  let phase = "Pending";
  let exitCode = -1;
  while (Date.now() < deadline) {
    const r = await kubectl(["get", "pod", "-n", namespace, name, "-o", "json"], { check: false });
    if (r.code === 0) {
      const p = JSON.parse(r.stdout) as { status?: { phase?: string; containerStatuses?: Array<{ state?: { terminated?: { exitCode?: number } } }> } };
      phase = p.status?.phase ?? "Pending";
      exitCode = p.status?.containerStatuses?.[0]?.state?.terminated?.exitCode ?? -1;
      if (phase === "Succeeded" || phase === "Failed") break;
    }
    await new Promise((res) => setTimeout(res, 1500));
  }
  const logs = await kubectl(["logs", "-n", namespace, name], { check: false });
  await kubectl(["delete", "pod", "-n", namespace, name, "--ignore-not-found", "--wait=false"], { check: false });
  return { pod: `${namespace}/${name}`, phase, exitCode, output: (logs.stdout || logs.stderr).trim() };
}

/** The first Running pod labelled `app.kubernetes.io/name=<app>` in `namespace`, or why there is none. */
export async function runningAppPod(kubectl: Kubectl, namespace: string, app: string): Promise<{ pod?: string; stderr: string }> {
  const r = await kubectl(
    [
      "get",
      "pods",
      "-n",
      namespace,
      "-l",
      `app.kubernetes.io/name=${app}`,
      "--field-selector=status.phase=Running",
      "-o",
      "jsonpath={.items[0].metadata.name}",
    ],
    { check: false },
  );
  const pod = r.stdout.trim();
  return { ...(pod ? { pod } : {}), stderr: r.stderr.trim() };
}

/** Runs `script` with `sh -c` inside the first Ready pod labelled `app.kubernetes.io/name=<app>`. */
export async function execInApp(kubectl: Kubectl, namespace: string, app: string, script: string): Promise<{ pod: string; code: number; output: string }> {
  const { pod, stderr } = await runningAppPod(kubectl, namespace, app);
  if (!pod) return { pod: `${namespace}/<no running ${app} pod>`, code: -1, output: stderr };
  const x = await kubectl(["exec", "-n", namespace, pod, "--", "sh", "-c", script], { check: false });
  return { pod: `${namespace}/${pod}`, code: x.code, output: `${x.stdout}${x.stderr}`.trim() };
}

async function ensureNamespace(kubectl: Kubectl, name: string): Promise<void> {
  await kubectl(["apply", "-f", "-"], {
    input: JSON.stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "restricted" } } }),
  });
}

/** Deletes the client namespace the checks created (never the Gateway implementation's). */
export async function removeCheckNamespaces(kubectl: Kubectl): Promise<void> {
  await kubectl(["delete", "namespace", OUTSIDER_NAMESPACE, "--ignore-not-found", "--wait=true"], { check: false });
}

/** `s` on one line, whitespace collapsed, cut at `max` characters (evidence in check messages). */
export const oneLine = (s: string, max = 300) => s.replace(/\s+/g, " ").trim().slice(0, max);

/**
 * Shell functions for the busybox client: `resolve <name>` prints the address from busybox's own
 * DNS client (Debian's static busybox `wget` crashes in glibc's static NSS, so names are resolved
 * first and `nc` is given the address); `get <ip> <port>` sends an HTTP/1.0 GET with `nc`;
 * `pg <ip>` sends PostgreSQL's 8-byte SSLRequest and prints whether the server answered (`N`/`S`);
 * `http <ip>` whether an HTTP server answered. A refusal is "no answer", never an exit code: Debian's
 * busybox nc has no `-z` and exits 0 when a dropped connect times out with stdin at EOF.
 */
export const CLIENT_FUNCTIONS = [
  "resolve() { nslookup \"$1\" 2>/dev/null | sed -n '/^Name:/,$ s/^Address: *//p' | sed '$!d'; }",
  'get() { printf \'GET / HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n\' "$1" | nc -w 10 "$1" "$2"; }',
  `pg() { out="$(printf '\\000\\000\\000\\010\\004\\322\\026\\057' | nc -w 5 "$1" 5432 2>&1)"; case "$out" in N*|S*) echo "answered the SSLRequest ($out)";; *) echo "no answer (\${out:-nothing within 5 s})";; esac; }`,
  `http() { out="$(get "$1" 80 2>&1)"; case "$out" in HTTP/*) echo "answered: $(echo "$out" | sed -n 1p)";; *) echo "no answer (\${out:-nothing within 10 s})";; esac; }`,
].join("\n");

/** The S3 client setup of the app's pod: an rclone remote `app` from the app's own environment. */
const RCLONE_APP = [
  "export RCLONE_CONFIG_APP_TYPE=s3 RCLONE_CONFIG_APP_PROVIDER=Other RCLONE_CONFIG_APP_ENV_AUTH=false",
  'export RCLONE_CONFIG_APP_ENDPOINT="$S3_ENDPOINT" RCLONE_CONFIG_APP_REGION="$S3_REGION"',
  'export RCLONE_CONFIG_APP_ACCESS_KEY_ID="$AWS_ACCESS_KEY_ID" RCLONE_CONFIG_APP_SECRET_ACCESS_KEY="$AWS_SECRET_ACCESS_KEY"',
  "export RCLONE_S3_NO_CHECK_BUCKET=true",
  'rc() { rclone -q --config /tmp/rclone-check.conf --retries 1 --low-level-retries 1 --contimeout 5s --timeout 15s "$@"; }',
].join("\n");

/**
 * The web-app's runtime checks: HTTP to the app from the ingress controller's namespace, the
 * app's database and bucket with its own credentials (from inside its pod), the backup bucket
 * refused to the app's key, and the database and the app unreachable from another namespace.
 */
/**
 * The HTTPS listener the route attaches to, as the Gateway implementation reports it: Programmed,
 * with the route attached, and its certificate Secret issued by cert-manager (gateway-shim). No
 * HTTPS request is sent: the client images have no TLS client that works here (Debian's static
 * busybox `wget` segfaults, its `ssl_client` finds no signature algorithm Go's TLS accepts).
 */
async function httpsListenerCheck(
  kubectl: Kubectl,
  parent: { name: string; namespace?: string; sectionName?: string } | undefined,
  host: string,
): Promise<CheckResult> {
  const name = "runtime: HTTPS listener programmed with its certificate";
  if (!parent?.namespace || !parent.sectionName) return { name, ok: false, message: `the route for ${host} names no Gateway namespace and listener` };
  type Listener = { name: string; attachedRoutes?: number; conditions?: Array<{ type: string; status: string; reason?: string }> };
  type Gw = { spec: { listeners: Array<{ name: string; tls?: { certificateRefs?: Array<{ name: string }> } }> }; status?: { listeners?: Listener[] } };
  const deadline = Date.now() + 90_000;
  let summary = "";
  while (Date.now() < deadline) {
    const r = await kubectl(["get", "gateway", "-n", parent.namespace, parent.name, "-o", "json"], { check: false });
    if (r.code === 0) {
      const gw = JSON.parse(r.stdout) as Gw;
      const secretName = gw.spec.listeners.find((l) => l.name === parent.sectionName)?.tls?.certificateRefs?.[0]?.name ?? "";
      const status = gw.status?.listeners?.find((l) => l.name === parent.sectionName);
      const conditions = (status?.conditions ?? []).map((c) => `${c.type}=${c.status}${c.reason ? `(${c.reason})` : ""}`).join(", ");
      const secret = secretName
        ? await kubectl(["get", "secret", "-n", parent.namespace, secretName, "-o", "jsonpath={.type} {.metadata.annotations.cert-manager\\.io/issuer-name}"], {
            check: false,
          })
        : undefined;
      const programmed = (status?.conditions ?? []).some((c) => c.type === "Programmed" && c.status === "True");
      const issued = secret?.code === 0 && secret.stdout.startsWith("kubernetes.io/tls");
      summary =
        `Gateway ${parent.namespace}/${parent.name} listener ${parent.sectionName} (${host}): ${conditions || "no status"}, attachedRoutes ${status?.attachedRoutes ?? 0}; ` +
        `Secret ${secretName}: ${issued ? `${secret!.stdout.trim()} (issued by cert-manager)` : "missing"}`;
      if (programmed && issued && (status?.attachedRoutes ?? 0) > 0) return { name, ok: true, message: summary };
    }
    await new Promise((res) => setTimeout(res, 3000));
  }
  return { name, ok: false, message: summary || `Gateway ${parent.namespace}/${parent.name} not found` };
}

/**
 * `https_get <ip> <host> [bearer token]` (sh, tls-client image only): `GET https://<host>/` to
 * `<ip>:443` with `openssl s_client` (SNI and Host `<host>`; `-quiet` keeps reading after its input
 * ends); prints the status line, a Location header, the stand-in app's body line and errors.
 */
export const HTTPS_GET = `https_get() { h=""; [ -n "$3" ] && h="Authorization: Bearer $3\\r\\n"; { printf "GET / HTTP/1.1\\r\\nHost: $2\\r\\n\${h}Connection: close\\r\\n\\r\\n"; sleep 3; } | timeout 30 openssl s_client -connect "$1:443" -servername "$2" -quiet 2>&1 | tr -d '\\r' | sed -n '/^HTTP\\//p;/^[Ll]ocation:/p;/hello-web stand-in/p;/errno/p;/:error:/p' | head -n 8; }`;

/**
 * A user's HTTPS request through the Gateway implementation from another namespace: `openssl
 * s_client` (the tls-client image) with SNI and Host `host`. The client does not verify the
 * certificate (the check is routing and TLS termination; the certificate's issuance is the
 * listener check's).
 */
async function httpsRequestCheck(kubectl: Kubectl, host: string): Promise<CheckResult> {
  const run = await runClientPod(
    kubectl,
    OUTSIDER_NAMESPACE,
    "gateway-tls-client",
    `${CLIENT_FUNCTIONS}
${HTTPS_GET}
ip="$(resolve ${GATEWAY_SERVICE})"; echo "gateway ${GATEWAY_SERVICE} -> $ip"
https_get "$ip" "${host}"`,
    90_000,
    { image: "tls-client" },
  );
  return {
    name: "runtime: HTTPS through the Gateway to the app",
    ok: /^HTTP\/1\.1 200/m.test(run.output) && /hello-web stand-in on web-/.test(run.output),
    message: `GET https://${host}/ via ${GATEWAY_SERVICE}:443 (openssl s_client, SNI ${host}; the client does not verify the certificate) from ${run.pod} → "${oneLine(run.output, 500)}"`,
  };
}

/** The app's HTTPRoute host and whether it is served on an HTTPS listener. */
async function routeHost(
  kubectl: Kubectl,
  namespace: string,
): Promise<{ host?: string; tls: boolean; route?: string; parent?: { name: string; namespace?: string; sectionName?: string } }> {
  const r = await kubectl(["get", "httproute", "-n", namespace, "-o", "json"], { check: false });
  type Route = {
    metadata: { name: string };
    spec?: { hostnames?: string[]; parentRefs?: Array<{ name: string; namespace?: string; sectionName?: string }>; rules?: Array<{ backendRefs?: unknown[] }> };
  };
  const items = r.code === 0 ? (JSON.parse(r.stdout) as { items: Route[] }).items : [];
  const served = items.find((i) => (i.spec?.rules ?? []).some((rule) => (rule.backendRefs ?? []).length > 0));
  return {
    host: served?.spec?.hostnames?.[0],
    tls: (served?.spec?.parentRefs ?? []).some((p) => p.sectionName?.startsWith("https-") ?? false),
    route: served ? `${namespace}/${served.metadata.name}` : undefined,
    parent: served?.spec?.parentRefs?.[0],
  };
}

/**
 * Requests through the Gateway implementation's Service from a namespace the app does not admit:
 * plain HTTP (the redirect to HTTPS when the route is TLS) and HTTPS (busybox wget, certificate
 * not verified: the check is routing, the certificate is cert-manager's).
 */
async function gatewayChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
  const { host, tls, route, parent } = await routeHost(kubectl, namespace);
  if (!host) return [{ name: "runtime: HTTP through the Gateway", ok: false, message: `no HTTPRoute with a host and a backend in ${namespace}` }];
  const gw = GATEWAY_SERVICE;
  const http = await runClientPod(
    kubectl,
    OUTSIDER_NAMESPACE,
    "gateway-client",
    `${CLIENT_FUNCTIONS}
ip="$(resolve ${gw})"; echo "gateway ${gw} -> $ip"
printf 'GET / HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n' "${host}" | nc -w 10 "$ip" 80 | sed -n '1,/^\\r*$/p'`,
  );
  const out = http.output;
  const redirect = new RegExp(`HTTP/1\\.[01] 30[18][\\s\\S]*Location: https://${host.replace(/\./g, "\\.")}/`, "i");
  const checks: CheckResult[] = [];
  if (tls)
    checks.push({
      name: "runtime: HTTP through the Gateway → redirect to HTTPS",
      ok: redirect.test(out),
      message: `GET http://${host}/ via ${gw}:80 from ${http.pod} (route ${route}) → "${oneLine(out, 400)}"`,
    });
  if (!tls)
    checks.push({
      name: "runtime: HTTP through the Gateway to the app",
      ok: /hello-web stand-in on web-/.test(out),
      message: `GET http://${host}/ via ${gw} (Traefik) from ${http.pod} → "${oneLine(out, 400)}"`,
    });
  else {
    checks.push(await httpsListenerCheck(kubectl, parent, host));
    checks.push(await httpsRequestCheck(kubectl, host));
  }
  return checks;
}

export async function webAppRuntimeChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const svc = (name: string) => `${name}.${namespace}.svc.cluster.local`;
  await ensureNamespace(kubectl, OUTSIDER_NAMESPACE);
  try {
    // 1. HTTP from another namespace through the Gateway implementation (Traefik, conformance/runtime-gateway.ts).
    checks.push(...(await gatewayChecks(kubectl, namespace)));
    // 2. The database with the app's own credentials (PGHOST/PGUSER/PGPASSWORD of the app's pod).
    const db = await execInApp(
      kubectl,
      namespace,
      "web",
      `psql -v ON_ERROR_STOP=1 -tA -c "SELECT 1" -c "SELECT current_user || ' on ' || current_database() || ', ' || version()"`,
    );
    checks.push({
      name: "runtime: app → database",
      ok: db.code === 0 && /^1$/m.test(db.output),
      message: `psql SELECT 1 in ${db.pod} with the app's PGHOST/PGUSER/PGPASSWORD → exit ${db.code}: "${oneLine(db.output)}"`,
    });
    // 3. The bucket with the app's own key: put, get back, delete.
    const put = await execInApp(
      kubectl,
      namespace,
      "web",
      `${RCLONE_APP}
t="runtime-check-$(date +%s)"
echo "$t" | rc rcat "app:$S3_BUCKET/$t.txt"
got="$(rc cat "app:$S3_BUCKET/$t.txt")"
rc deletefile "app:$S3_BUCKET/$t.txt"
echo "put+get s3://$S3_BUCKET/$t.txt at $S3_ENDPOINT: $got"
[ "$got" = "$t" ]`,
    );
    checks.push({
      name: "runtime: app → bucket",
      ok: put.code === 0 && /put\+get s3:\/\/\S+ at \S+: runtime-check-\d+$/.test(put.output),
      message: `S3 put/get/delete in ${put.pod} with the app's AWS_ACCESS_KEY_ID → exit ${put.code}: "${oneLine(put.output)}"`,
    });
    // 4. The app's key must not read the backup bucket (owned by the backup user).
    const backups = await execInApp(kubectl, namespace, "web", `${RCLONE_APP}\nrc lsf "app:$S3_BUCKET-backups" 2>&1; echo "exit=$?"`);
    const refused = /exit=[1-9]/.test(backups.output) && /AccessDenied|403|Forbidden/i.test(backups.output);
    checks.push({
      name: "runtime: app key refused on the backup bucket",
      ok: backups.code === 0 && refused,
      message: `S3 list of the backup bucket with the app's key from ${backups.pod} → ${refused ? "refused" : "NOT refused"}: "${oneLine(backups.output)}"`,
    });
    // 5. Another namespace reaches neither the database nor the app (NetworkPolicy), though DNS answers.
    const outsider = await runClientPod(
      kubectl,
      OUTSIDER_NAMESPACE,
      "outsider",
      `${CLIENT_FUNCTIONS}
db="$(resolve ${svc("postgres")})"; web="$(resolve ${svc("web")})"
[ -n "$db" ] && [ -n "$web" ] && echo "dns ok ($db, $web)" || echo "dns FAILED"
echo "postgres:5432 $(pg "$db")"
echo "web:80 $(http "$web")"`,
    );
    checks.push({
      name: "runtime: another namespace → database refused",
      ok: /dns ok/.test(outsider.output) && /postgres:5432 no answer/.test(outsider.output),
      message: `from ${outsider.pod}: "${oneLine(outsider.output)}" (TCP connect with a 5 s timeout)`,
    });
    checks.push({
      name: "runtime: another namespace → app refused",
      ok: /dns ok/.test(outsider.output) && /web:80 no answer/.test(outsider.output),
      message: `from ${outsider.pod}: "${oneLine(outsider.output)}"; only the ingress controller's namespace (${INGRESS_CONTROLLER_NAMESPACE}) is admitted`,
    });
  } finally {
    await removeCheckNamespaces(kubectl);
  }
  return checks;
}

/** Components of the pattern's on-prem deployment that the runtime run cannot start, with why. */
export const NOT_RUN_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  "event-bus": EVENT_BUS_NOT_RUN,
  iam: [],
  monitoring: MONITORING_NOT_RUN,
  ai: AI_NOT_RUN,
};

/** The pattern's runtime checks for its first namespace (`[]` for a pattern without any yet). */
export async function runtimeProtocolChecks(pattern: string, kubectl: Kubectl, namespaces: readonly string[]): Promise<CheckResult[]> {
  const app = namespaces.find((n) => !n.endsWith("-gateway")) ?? namespaces[0];
  if (pattern === "web-app" && app) return webAppRuntimeChecks(kubectl, app);
  if (pattern === "event-bus" && app) return eventBusRuntimeChecks(kubectl, app);
  if (pattern === "iam" && app) return iamRuntimeChecks(kubectl, app);
  if (pattern === "monitoring")
    return monitoringRuntimeChecks(kubectl, namespaces.find((n) => !n.endsWith("-prom-operator") && !n.endsWith("-gateway")) ?? app!);
  if (pattern === "ai" && app) return aiRuntimeChecks(kubectl, app);
  return [];
}

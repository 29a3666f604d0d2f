/**
 * Level 5 protocol checks of the IAM pattern on the real node (issue 27, ADR 0415), each with
 * its evidence: an OIDC client-credentials token from the running Keycloak for the program's
 * service client (its secret read from the Secret the program wired into Keycloak), and the
 * app protected with `protect()` asked the way the Gateway's ForwardAuth asks its proxy:
 * refused/redirected without a token, refused with a forged one, allowed (202) with the real one,
 * then the app itself served. Everything the checks use is read from the running cell (the
 * realm Secret, Keycloak's Deployment, the HTTPRoute's ForwardAuth Middleware), not hard-coded.
 * Another namespace must not reach Keycloak (NetworkPolicy).
 */
import type { Kubectl } from "./runtime";
import { GATEWAY_SERVICE, HTTPS_GET, INGRESS_CONTROLLER_NAMESPACE, OUTSIDER_NAMESPACE, removeCheckNamespaces, runClientPod } from "./runtime-checks";
import type { CheckResult } from "./types";

const oneLine = (s: string, max = 400) => s.replace(/\s+/g, " ").trim().slice(0, max);

type Json = Record<string, unknown>;
type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };

async function getJson(kubectl: Kubectl, args: string[]): Promise<Json | undefined> {
  const r = await kubectl(["get", ...args, "-o", "json"], { check: false });
  return r.code === 0 ? (JSON.parse(r.stdout) as Json) : undefined;
}

const decode = (b64: string) => Buffer.from(b64, "base64").toString("utf8");

/** What the checks need from the running cell. */
interface IamTargets {
  readonly realm: string;
  readonly serviceClient: string;
  readonly secret: string;
  readonly proxyUrl: string;
  readonly proxyClientId: string;
  readonly app: { readonly service: string; readonly port: number; readonly host: string };
}

/** The service client (client credentials), its secret, and the protected app's route from the cell's objects. */
async function findTargets(kubectl: Kubectl, ns: string): Promise<IamTargets | string> {
  const realms = await getJson(kubectl, ["secret", "-n", ns, "keycloak-realms"]);
  if (!realms) return `Secret ${ns}/keycloak-realms not found`;
  type Client = { clientId: string; serviceAccountsEnabled?: boolean; secret?: string };
  let found: { realm: string; client: Client } | undefined;
  for (const [file, b64] of Object.entries((realms.data ?? {}) as Record<string, string>)) {
    const realm = JSON.parse(decode(b64)) as { realm: string; clients?: Client[] };
    const client = (realm.clients ?? []).find((c) => c.serviceAccountsEnabled && c.secret);
    if (client && !found) found = { realm: realm.realm ?? file.replace(/\.json$/, ""), client };
  }
  if (!found) return "no client with serviceAccountsEnabled in the realm files";
  const envName = /^\$\{([A-Z0-9_]+)\}$/.exec(found.client.secret ?? "")?.[1];
  const deploy = await getJson(kubectl, ["deployment", "-n", ns, "keycloak"]);
  const env = ((deploy?.spec as Json | undefined)?.template as { spec: { containers: Array<{ env?: EnvVar[] }> } } | undefined)?.spec.containers[0].env ?? [];
  const ref = env.find((e) => e.name === envName)?.valueFrom?.secretKeyRef;
  if (!ref) return `client ${found.client.clientId}: secret placeholder ${found.client.secret} has no secretKeyRef in Keycloak's env`;
  const secretObj = await getJson(kubectl, ["secret", "-n", ns, ref.name]);
  const secret = decode(((secretObj?.data ?? {}) as Record<string, string>)[ref.key] ?? "");
  if (!secret) return `Secret ${ns}/${ref.name} has no key ${ref.key}`;
  // The protected route: an HTTPRoute with a Traefik ForwardAuth Middleware (ExtensionRef filter).
  type Rule = { filters?: Array<{ type?: string; extensionRef?: { kind?: string; name?: string } }>; backendRefs?: Array<{ name: string; port: number }> };
  const routes = ((await getJson(kubectl, ["httproutes.gateway.networking.k8s.io", "-n", ns]))?.items ?? []) as Array<{
    spec: { hostnames?: string[]; rules?: Rule[] };
  }>;
  for (const route of routes) {
    for (const rule of route.spec.rules ?? []) {
      const mw = (rule.filters ?? []).find((f) => f.type === "ExtensionRef" && f.extensionRef?.kind === "Middleware")?.extensionRef?.name;
      const backend = rule.backendRefs?.[0];
      if (!mw || !backend) continue;
      const middleware = await getJson(kubectl, ["middlewares.traefik.io", "-n", ns, mw]);
      const proxyUrl = String(((middleware?.spec as Json | undefined)?.forwardAuth as { address?: string } | undefined)?.address ?? "");
      const proxyName = /^http:\/\/([a-z0-9-]+)\./.exec(proxyUrl)?.[1];
      const proxy = proxyName ? await getJson(kubectl, ["deployment", "-n", ns, proxyName]) : undefined;
      const proxyEnv =
        ((proxy?.spec as Json | undefined)?.template as { spec: { containers: Array<{ env?: EnvVar[] }> } } | undefined)?.spec.containers[0].env ?? [];
      const proxyClientId = proxyEnv.find((e) => e.name === "OAUTH2_PROXY_CLIENT_ID")?.value ?? "";
      return {
        realm: found.realm,
        serviceClient: found.client.clientId,
        secret,
        proxyUrl,
        proxyClientId,
        app: { service: backend.name, port: backend.port, host: route.spec.hostnames?.[0] ?? "" },
      };
    }
  }
  return "no HTTPRoute with a ForwardAuth Middleware (protect())";
}

/** The claims of a JWT (no verification: the proxy and Keycloak verify; this is evidence). */
export function jwtClaims(token: string): Json | undefined {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Json;
  } catch {
    return undefined;
  }
}

const form = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");

/** Single-quotes `s` for sh. */
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The client script (busybox sh, HTTP/1.0 over nc to resolved addresses): token request, then the
 * proxy asked without, with a forged and with the real token, then the app. Sections are marked
 * `### name` so the checks can split the output.
 */
function clientScript(ns: string, t: IamTargets): string {
  const kc = `keycloak.${ns}.svc.cluster.local`;
  const proxy = /^http:\/\/([^/:]+)(?::(\d+))?/.exec(t.proxyUrl)!;
  const proxyHost = proxy[1];
  const proxyPort = proxy[2] ?? "80";
  const app = `${t.app.service}.${ns}.svc.cluster.local`;
  const body = form({ grant_type: "client_credentials", client_id: t.serviceClient, client_secret: t.secret });
  return [
    "resolve() { nslookup \"$1\" 2>/dev/null | sed -n '/^Name:/,$ s/^Address: *//p' | sed '$!d'; }",
    `kc="$(resolve ${kc})"; px="$(resolve ${proxyHost})"; app="$(resolve ${app})"`,
    `body=${sq(body)}`,
    "echo '### token'",
    // The client's root file system is read-only: the response stays in a variable.
    `resp="$(printf 'POST /realms/${t.realm}/protocol/openid-connect/token HTTP/1.0\\r\\nHost: ${kc}\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nContent-Length: %s\\r\\n\\r\\n%s' "\${#body}" "$body" | nc -w 20 "$kc" 80 2>&1)"`,
    `echo "$resp" | sed -n 1p`,
    `tok="$(echo "$resp" | sed -n 's/.*"access_token":"\\([^"]*\\)".*/\\1/p')"`,
    `[ -n "$tok" ] || echo "no access_token in: $(echo "$resp" | tail -n 1 | cut -c1-300)"`,
    'echo "access_token=$tok"',
    'bad="${tok%??????????}AAAAAAAAAA"',
    // Traefik's ForwardAuth: the original method/host/URI as X-Forwarded-*, the client's Authorization as is.
    // $(...) strips a trailing newline, so a header passed as an argument lost its LF (the proxy answered 400): ask() writes the header itself.
    // The request's stdin stays open until the answer is in: busybox nc half-closes the connection at
    // stdin's end, Go's HTTP server then cancels the request's context, and oauth2-proxy's first
    // JWKS fetch (made with that context) failed: "failed to verify signature: fetching keys context
    // canceled" -> 302 for the real token (the node's 24/25; Traefik keeps its connection open).
    `ask() { h=""; [ -n "$1" ] && h="Authorization: Bearer $1\\r\\n"; { printf "GET / HTTP/1.0\\r\\nHost: ${proxyHost}\\r\\nX-Forwarded-Method: GET\\r\\nX-Forwarded-Proto: https\\r\\nX-Forwarded-Host: ${t.app.host}\\r\\nX-Forwarded-Uri: /\\r\\n\${h}\\r\\n"; sleep 4; } | nc -w 15 "$px" ${proxyPort} | tr -d '\\r' | sed -n '1p;/^[Ll]ocation:/p;/^[Xx]-[Aa]uth-[Rr]equest-/p'; }`,
    "echo '### no-token'; ask ''",
    `echo '### forged-token'; ask "$bad"`,
    `echo '### token-auth'; ask "$tok"`,
    "echo '### app'",
    `printf 'GET / HTTP/1.0\\r\\nHost: ${t.app.host}\\r\\n\\r\\n' | nc -w 15 "$app" ${t.app.port} | tr -d '\\r' | sed -n '1p;$p'`,
    // A user's request: HTTPS through the Gateway implementation (Traefik), whose ForwardAuth
    // Middleware asks the proxy; `openssl s_client -quiet` keeps reading after its input ends.
    `gw="$(resolve ${GATEWAY_SERVICE})"`,
    HTTPS_GET,
    `echo '### gateway-no-token'; https_get "$gw" ${t.app.host}`,
    `echo '### gateway-token'; https_get "$gw" ${t.app.host} "$tok"`,
    "echo '### end'",
  ].join("\n");
}

/** The proxy's error lines (its reasons for a refusal), else its last lines. */
function proxyReason(log: string): string {
  const lines = log.split("\n").filter((l) => l.trim());
  const errors = lines.filter((l) => /error|invalid|failed|refus|unable|expired|audience|issuer/i.test(l));
  return (errors.length ? errors.slice(-4) : lines.slice(-6)).join("\n");
}

function section(output: string, name: string): string {
  const m = new RegExp(`### ${name}\\n([\\s\\S]*?)(?=\\n### |$)`).exec(output);
  return (m?.[1] ?? "").trim();
}

/**
 * The IAM cell's runtime checks: a client-credentials token from Keycloak, the protected app
 * refused without and with a forged token and served with the real one, and Keycloak refused to
 * another namespace.
 */
export async function iamRuntimeChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const targets = await findTargets(kubectl, namespace);
  if (typeof targets === "string") {
    return [{ name: "runtime: IAM check targets", ok: false, message: targets }];
  }
  const ensure = (name: string) =>
    kubectl(["apply", "-f", "-"], {
      input: JSON.stringify({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "restricted" } } }),
    });
  await ensure(INGRESS_CONTROLLER_NAMESPACE);
  await ensure(OUTSIDER_NAMESPACE);
  try {
    const run = await runClientPod(kubectl, INGRESS_CONTROLLER_NAMESPACE, "iam-client", clientScript(namespace, targets), 180_000, { image: "tls-client" });
    const out = run.output.split(targets.secret).join("<client secret>");
    const tokenPart = section(out, "token");
    const token = /access_token=(\S+)/.exec(tokenPart)?.[1] ?? "";
    const claims = token ? jwtClaims(token) : undefined;
    const aud = ([] as unknown[]).concat(claims?.aud ?? []).map(String);
    const tokenOk = /HTTP\/1\.[01] 200/.test(tokenPart) && claims?.azp === targets.serviceClient && typeof claims?.exp === "number";
    checks.push({
      name: "runtime: OIDC client-credentials token",
      ok: tokenOk,
      message:
        `POST /realms/${targets.realm}/protocol/openid-connect/token (grant_type=client_credentials, client ${targets.serviceClient}, secret from the program's Secret) ` +
        `from ${run.pod} → "${oneLine(tokenPart.split("\n")[0] ?? "")}"; token claims: ` +
        (claims
          ? `iss=${String(claims.iss)}, azp=${String(claims.azp)}, aud=[${aud.join(", ")}], exp in ${Number(claims.exp) - Math.floor(Date.now() / 1000)} s`
          : "none"),
    });
    const noToken = section(out, "no-token");
    const refusedNoToken =
      /^HTTP\/1\.[01] (401|403)/.test(noToken) || (/^HTTP\/1\.[01] 30[27]/.test(noToken) && /location: .*\/protocol\/openid-connect\/auth/i.test(noToken));
    checks.push({
      name: "runtime: protected app without a token is refused",
      ok: refusedNoToken,
      message: `ForwardAuth GET ${targets.proxyUrl} for https://${targets.app.host}/ without Authorization from ${run.pod} → "${oneLine(noToken)}"`,
    });
    const forged = section(out, "forged-token");
    checks.push({
      name: "runtime: protected app with a forged token is refused",
      ok: tokenOk && /^HTTP\/1\.[01] (400|401|403|30[27])/.test(forged),
      message: `same request with the real token's signature altered → "${oneLine(forged)}"`,
    });
    const withToken = section(out, "token-auth");
    const app = section(out, "app");
    const served = /^HTTP\/1\.[01] 202/.test(withToken) && /^HTTP\/1\.[01] 200/.test(app) && /hello-web stand-in/.test(app);
    // On a refusal, the proxy's own reason (its log) is the evidence that explains it.
    const proxyName = /^http:\/\/([a-z0-9-]+)\./.exec(targets.proxyUrl)?.[1] ?? "";
    const why = served ? "" : proxyReason((await kubectl(["logs", "-n", namespace, `deployment/${proxyName}`, "--tail=60"], { check: false })).stdout);
    checks.push({
      name: "runtime: protected app with the token is served",
      ok: tokenOk && served,
      message:
        `ForwardAuth with Authorization: Bearer <token of ${targets.serviceClient}, aud ${targets.proxyClientId}> → "${oneLine(withToken)}"; ` +
        `then the Gateway's request to the app ${targets.app.service}:${targets.app.port} → "${oneLine(app)}"` +
        (why ? `; the proxy's log: "${oneLine(why, 900)}"` : ""),
    });
    // The same two requests as a user makes them: HTTPS to the Gateway, ForwardAuth by Traefik.
    const gwNoToken = section(out, "gateway-no-token");
    const gwToken = section(out, "gateway-token");
    checks.push({
      name: "runtime: through the Gateway (HTTPS) without a token → login",
      ok:
        /^HTTP\/1\.[01] (401|403)/m.test(gwNoToken) ||
        (/^HTTP\/1\.[01] 30[27]/m.test(gwNoToken) && /location: .*\/protocol\/openid-connect\/auth/i.test(gwNoToken)),
      message: `GET https://${targets.app.host}/ via ${GATEWAY_SERVICE}:443 (openssl s_client, SNI ${targets.app.host}; the client does not verify the certificate) from ${run.pod} → "${oneLine(gwNoToken)}"`,
    });
    checks.push({
      name: "runtime: through the Gateway (HTTPS) with the token → the app",
      ok: tokenOk && /^HTTP\/1\.1 200/m.test(gwToken) && /hello-web stand-in/.test(gwToken),
      message: `same request with Authorization: Bearer <token of ${targets.serviceClient}> → "${oneLine(gwToken)}"`,
    });
    const outsider = await runClientPod(
      kubectl,
      OUTSIDER_NAMESPACE,
      "iam-outsider",
      [
        "resolve() { nslookup \"$1\" 2>/dev/null | sed -n '/^Name:/,$ s/^Address: *//p' | sed '$!d'; }",
        `kc="$(resolve keycloak.${namespace}.svc.cluster.local)"`,
        '[ -n "$kc" ] && echo "dns ok ($kc)" || echo "dns FAILED"',
        `out="$(printf 'GET /realms/${targets.realm} HTTP/1.0\\r\\n\\r\\n' | nc -w 5 "$kc" 80 2>&1)"`,
        'case "$out" in HTTP/*) echo "keycloak:80 answered: $(echo "$out" | sed -n 1p)";; *) echo "keycloak:80 no answer (${out:-nothing within 5 s})";; esac',
      ].join("\n"),
    );
    checks.push({
      name: "runtime: another namespace → Keycloak refused",
      ok: /dns ok/.test(outsider.output) && /keycloak:80 no answer/.test(outsider.output),
      message: `from ${outsider.pod}: "${oneLine(outsider.output)}" (TCP connect with a 5 s timeout)`,
    });
  } finally {
    await removeCheckNamespaces(kubectl);
  }
  return checks;
}

/**
 * Registers the IAM pattern with its reference instance: Keycloak (two realms), one OIDC client
 * for a consumer, and a demo app protected by oauth2-proxy in the same namespace, so level 5
 * can check the import Secret, Keycloak's endpoints and the proxy in front of the app.
 */
import { HttpExposure } from "../../constructs/exposure";
import { Workload } from "../../constructs/workload";
import type { Construct } from "constructs";
import { endpointChecks, type LiveObject, SmokeCheck, SmokeProbe } from "../../core/smoke";
import { registerPattern } from "../registry";
import { IDENTITY_SECRETS, IdentityStack } from "./index";
import { STAGE_DEFAULTS } from "../../core/profile";

/** Level-5 checks of an IAM instance in `namespace`. */
export async function identitySmokeChecks(probe: SmokeProbe, namespace: string): Promise<SmokeCheck[]> {
  const checks: SmokeCheck[] = [];
  const realms = await probe.get("secrets", IDENTITY_SECRETS.realms, namespace);
  const files = Object.keys(realms?.data ?? {}).filter((k) => k.endsWith(".json"));
  checks.push({
    name: `realm-import secret ${namespace}/${IDENTITY_SECRETS.realms}`,
    ok: files.length > 0,
    message: realms ? `realm files: ${files.join(", ") || "none"}` : "missing",
  });
  checks.push(...(await endpointChecks(probe, namespace, ["keycloak", "keycloak-discovery"])));
  // protect(): the app's HTTPRoute references a Traefik ForwardAuth Middleware whose address is the proxy's Service.
  const routes = await probe.list("httproutes.gateway.networking.k8s.io", namespace);
  type Filter = { type?: string; extensionRef?: { group?: string; kind?: string; name?: string } };
  const authFilters = (route: LiveObject): string[] =>
    ((route.spec?.rules ?? []) as Array<{ filters?: Filter[] }>)
      .flatMap((r) => r.filters ?? [])
      .filter((f) => f.type === "ExtensionRef" && f.extensionRef?.group === "traefik.io" && f.extensionRef.kind === "Middleware")
      .map((f) => f.extensionRef!.name!);
  const protectedOnes = routes.filter((r) => authFilters(r).length > 0);
  for (const route of protectedOnes) {
    const middleware = await probe.get("middlewares.traefik.io", authFilters(route)[0], namespace);
    const authUrl = String((middleware?.spec?.forwardAuth as { address?: string } | undefined)?.address ?? "");
    const proxy = /^http:\/\/([a-z0-9-]+)\.([a-z0-9-]+)\.svc/.exec(authUrl);
    const endpoints = proxy ? await endpointChecks(probe, proxy[2], [proxy[1]]) : [];
    const ok = endpoints.length > 0 && endpoints.every((e) => e.ok);
    checks.push({
      name: `proxy in front of ${namespace}/${route.metadata.name}`,
      ok,
      message: `ForwardAuth ${middleware ? authUrl : "Middleware missing"}: ${endpoints.map((e) => e.message).join(", ") || "not a cluster Service"}`,
    });
  }
  if (protectedOnes.length === 0) {
    checks.push({ name: `proxy in front of a protected app in ${namespace}`, ok: false, message: "no HTTPRoute with a ForwardAuth (ExtensionRef) filter" });
  }
  return checks;
}

/** Client id of the reference instance's service client (client credentials, accepted by the demo app's proxy). */
export const DEMO_API_CLIENT = "hello-api";

/** The reference demo app behind the proxy (in the identity stack's namespace). */
function demoApp(identity: IdentityStack, id: string): { exposure: HttpExposure } {
  const platform = identity.platformStack as unknown as Construct;
  const workload = new Workload(platform, "demo", {
    namespace: identity.namespace,
    name: "hello",
    image: "registry.example.de/stackwerk/hello-web:1.0.0",
    port: 8080,
    replicas: STAGE_DEFAULTS[identity.stage].highAvailability ? 2 : 1,
    spreadOverZones: STAGE_DEFAULTS[identity.stage].spreadOverZones,
  });
  const exposure = new HttpExposure(platform, "demo-http", {
    workload,
    hostName: `hello-${id}.apps.example.de`,
    gateway: identity.zoneGateway,
  });
  return { exposure };
}

registerPattern({
  name: IdentityStack.patternName,
  pattern: IdentityStack,
  summary: "Keycloak in the cluster with realms as code, OIDC clients for other patterns and an authenticating proxy",
  uses: ["kubernetesCluster", "postgres", "identityProvider"],
  create: (scope, id, { target, stage }) => {
    const identity = new IdentityStack(scope, id, { target, stage, hostName: `id-${id}.apps.example.de` });
    identity.oidcClient({ clientId: "grafana", redirectUris: [`https://grafana-${id}.apps.example.de/login/generic_oauth`] });
    // A service calling the demo app with client-credentials tokens (runtime level 5 gets one).
    identity.oidcClient({ clientId: DEMO_API_CLIENT, serviceAccount: true, description: "service calling the demo app" });
    identity.protect(demoApp(identity, id), { apiClients: [DEMO_API_CLIENT] });
    return identity;
  },
  smoke: (probe) => identitySmokeChecks(probe, probe.namespaces[0]),
});

/**
 * IdentityStack at synth: Keycloak's HA shape and secure defaults, the realm-import Secret, the
 * settings Job, secrets only as references or generated values, the OIDC client capability, the
 * authenticating proxy in front of a web app, and bad input that fails naming path and property.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- manifests read back from synth output */
import * as fs from "node:fs";
import { App } from "cdktf";
import "../../patterns";
import { IdentityStack, IdentityStackProps, LandingZone, WebAppStack } from "../../index";
import { targets } from "../../providers";
import { filesBelow, manifestsOf, podSpecsOf, synthApp } from "../support/synth";

const base: IdentityStackProps = { target: targets.onprem(), hostName: "id.example.de" };

function build(props: Partial<IdentityStackProps>, more?: (identity: IdentityStack) => void): () => void {
  return () => {
    const identity = new IdentityStack(new App({ outdir: "/tmp/unused" }), "identity", { ...base, ...props } as IdentityStackProps);
    more?.(identity);
  };
}

function objectsOf(props: Partial<IdentityStackProps>, more?: (identity: IdentityStack) => void) {
  const out = synthApp((app) => {
    const identity = new IdentityStack(app, "identity", { ...base, ...props } as IdentityStackProps);
    more?.(identity);
  });
  return { out, objects: manifestsOf(out.json["identity-platform"]) };
}

const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe("production", () => {
  const { out, objects } = objectsOf({ stage: "production", target: targets.ionos({ location: "de/fra" }) }, (identity) => {
    identity.oidcClient({ clientId: "grafana", redirectUris: ["https://grafana.example.de/login/generic_oauth"] });
  });
  const deployment = find(objects, "Deployment", "keycloak");
  const container = deployment.spec.template.spec.containers[0];
  const env = Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));

  test("runs at least two Keycloak replicas spread over zones, with a PDB", () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.template.spec.topologySpreadConstraints[0].topologyKey).toBe("topology.kubernetes.io/zone");
    expect(find(objects, "PodDisruptionBudget", "keycloak").spec.minAvailable).toBe(deployment.spec.replicas - 1);
  });

  test("discovers cluster members over a headless Service with JGroups DNS_PING", () => {
    const discovery = find(objects, "Service", "keycloak-discovery");
    expect(discovery.spec.clusterIP).toBe("None");
    expect(discovery.spec.publishNotReadyAddresses).toBe(true);
    expect(env.KC_CACHE_STACK).toBe("kubernetes");
    expect(env.JAVA_OPTS_APPEND).toBe(`-Djgroups.dns.query=keycloak-discovery.${deployment.metadata.namespace}.svc.cluster.local`);
    const policies = objects.filter((o) => o.kind === "NetworkPolicy" && o.metadata.name.startsWith("keycloak-cluster-"));
    expect(policies.map((p) => p.spec.policyTypes[0]).sort()).toEqual(["Egress", "Ingress"]);
  });

  test("uses the managed database over TLS and the official image pinned by digest", () => {
    expect(env.KC_DB).toBe("postgres");
    expect(env.KC_DB_URL_PROPERTIES).toBe("?sslmode=require");
    expect(env.KC_DB_PASSWORD).toEqual({ secretKeyRef: expect.objectContaining({ key: expect.any(String) }) });
    expect(container.image).toMatch(/^quay\.io\/keycloak\/keycloak:26\.7\.3@sha256:[a-f0-9]{64}$/);
  });

  test("serves health and metrics on the management port and probes them", () => {
    expect(env.KC_HEALTH_ENABLED).toBe("true");
    expect(env.KC_METRICS_ENABLED).toBe("true");
    expect(container.readinessProbe.httpGet).toEqual({ path: "/health/ready", port: "management" });
    expect(container.livenessProbe.httpGet).toEqual({ path: "/health/live", port: "management" });
  });

  test("does not route the admin console through the zone's Gateway", () => {
    const paths = find(objects, "HTTPRoute", "keycloak").spec.rules.map((r: any) => r.matches[0].path.value);
    expect(paths).toEqual(["/realms", "/resources"]);
  });

  test("imports the realms from a Secret mounted into Keycloak, and rolls the pods when they change", () => {
    const secret = find(objects, "Secret", "keycloak-realms");
    expect(Object.keys(secret.data).sort()).toEqual(["admin.json", "identity.json"]);
    const realm = JSON.parse(Buffer.from(secret.data["identity.json"], "base64").toString("utf8"));
    expect(realm.clients.map((c: any) => c.clientId)).toEqual(["grafana"]);
    expect(realm.clients[0].secret).toBe("${STACKWERK_REALM_IDENTITY_CLIENT_GRAFANA_SECRET}");
    expect(realm.bruteForceProtected).toBe(true);
    expect(realm.accessTokenLifespan).toBeLessThanOrEqual(300);
    const admin = JSON.parse(Buffer.from(secret.data["admin.json"], "base64").toString("utf8"));
    expect(admin.requiredActions.find((a: any) => a.alias === "CONFIGURE_TOTP").defaultAction).toBe(true);
    expect(container.args).toEqual(["start", "--optimized", "--import-realm"]);
    expect(container.volumeMounts).toContainEqual({ name: "realms", mountPath: "/opt/keycloak/data/import", readOnly: true });
    expect(deployment.spec.template.metadata.annotations["stackwerk.dev/realms-sha256"]).toMatch(/^[a-f0-9]{64}$/);
    // Every placeholder is wired from a Secret key.
    expect(env.STACKWERK_REALM_IDENTITY_CLIENT_GRAFANA_SECRET).toEqual({
      secretKeyRef: { name: "keycloak-clients", key: "STACKWERK_REALM_IDENTITY_CLIENT_GRAFANA_SECRET" },
    });
  });

  test("augments Keycloak into its writable lib/quarkus before the start (the emptyDir hid the image's augmented app: NoSuchFileException on the real node)", () => {
    const spec = deployment.spec.template.spec;
    const quarkus = container.volumeMounts.find((m: any) => m.mountPath === "/opt/keycloak/lib/quarkus");
    expect(quarkus).toBeDefined();
    const [copy, build] = spec.initContainers;
    // 1. the image's own lib/quarkus into the emptyDir, 2. kc.sh build on it with the same build options.
    expect(copy.command.join(" ")).toBe("/bin/sh -c cp -R /opt/keycloak/lib/quarkus/. /augmented/");
    expect(copy.volumeMounts).toEqual([{ name: quarkus.name, mountPath: "/augmented" }]);
    expect(build.args).toEqual(["build"]);
    expect(build.volumeMounts).toContainEqual({ name: quarkus.name, mountPath: "/opt/keycloak/lib/quarkus" });
    const buildEnv = Object.fromEntries(build.env.map((e: any) => [e.name, e.value]));
    for (const option of ["KC_DB", "KC_HEALTH_ENABLED", "KC_METRICS_ENABLED", "KC_CACHE"]) expect(buildEnv[option]).toBe(env[option]);
    expect(build.env.some((e: any) => e.valueFrom)).toBe(false);
    for (const c of [copy, build]) {
      expect(c.image).toBe(container.image);
      expect(c.securityContext).toEqual(container.securityContext);
      expect(c.resources).toEqual(container.resources);
    }
  });

  test("runs one realm sync Job per realm (settings and added content through kcadm.sh), secrets only as references", () => {
    const jobs = objects.filter((o) => o.kind === "Job");
    expect(jobs.map((j) => j.metadata.name.replace(/-[a-f0-9]{8}$/, "")).sort()).toEqual(["kc-sync-admin", "kc-sync-identity"]);
    const job = jobs.find((j) => j.metadata.name.startsWith("kc-sync-identity")).spec.template.spec;
    const c = job.containers[0];
    const env = Object.fromEntries(c.env.map((e: any) => [e.name, e]));
    expect(env.KC_CLI_PASSWORD.valueFrom.secretKeyRef).toEqual({ name: "keycloak-admin", key: "password" });
    expect(c.command.join(" ")).toContain('update "realms/$REALM"');
    expect(c.command.join(" ")).toContain("create partialImport");
    expect(c.command.join(" ")).toContain("ifResourceExists=SKIP");
    // Every placeholder of the content has its variable, wired from the same Secret key as Keycloak's.
    const placeholders = [...String(env.REALM_CONTENT.value).matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]);
    expect(placeholders.length).toBeGreaterThan(0);
    const keycloak = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "keycloak").spec.template.spec.containers[0];
    for (const name of placeholders) {
      expect(env[name].valueFrom.secretKeyRef).toEqual(keycloak.env.find((e: any) => e.name === name).valueFrom.secretKeyRef);
      expect(String(env.REALM_PLACEHOLDER_VARS.value).split(" ")).toContain(name);
    }
    // The resolved content only ever exists in memory.
    expect(job.volumes.find((v: any) => v.name === "work").emptyDir.medium).toBe("Memory");
  });

  test("a client added after the stack's constructor (protect, oidcClient) is in the sync Job's content and changes its name", () => {
    const without = objectsOf({ stage: "test" }).objects;
    const withClient = objectsOf({ stage: "test" }, (identity) => identity.oidcClient({ clientId: "late-api", serviceAccount: true })).objects;
    const name = (objs: any[]) => objs.find((o) => o.kind === "Job" && o.metadata.name.startsWith("kc-sync-identity")).metadata.name;
    const content = (objs: any[]) =>
      objs
        .find((o) => o.kind === "Job" && o.metadata.name.startsWith("kc-sync-identity"))
        .spec.template.spec.containers[0].env.find((e: any) => e.name === "REALM_CONTENT").value;
    expect(content(withClient)).toContain('"clientId":"late-api"');
    expect(content(without)).not.toContain('"clientId":"late-api"');
    expect(name(withClient)).not.toBe(name(without));
  });

  test("keeps every secret value out of the synth output", () => {
    const text = filesBelow(out.outdir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    expect(text).not.toMatch(/KC_BOOTSTRAP_ADMIN_PASSWORD"\s*,\s*"value"/);
    for (const spec of podSpecsOf(objects)) {
      for (const c of spec.spec.containers) {
        for (const e of c.env ?? [])
          if (/PASSWORD|SECRET/.test(e.name))
            expect({ owner: spec.owner, name: e.name, from: !!e.valueFrom }).toEqual({ owner: spec.owner, name: e.name, from: true });
      }
    }
  });
});

test("a test stage routes the admin console and runs one replica", () => {
  const { objects } = objectsOf({ stage: "test" });
  expect(find(objects, "HTTPRoute", "keycloak").spec.rules.map((r: any) => r.matches[0].path.value)).toContain("/admin");
  expect(find(objects, "Deployment", "keycloak").spec.replicas).toBe(1);
});

test("oidcClient hands out issuer, back-channel endpoints, client id and secret reference", () => {
  let provider: any;
  objectsOf({}, (identity) => {
    provider = identity.oidcClient({ clientId: "ai-gateway", serviceAccount: true });
  });
  expect(provider).toMatchObject({
    implementation: "in-cluster",
    issuerUrl: "https://id.example.de/realms/identity",
    clientId: "ai-gateway",
    clientSecret: { name: "keycloak-clients", key: "STACKWERK_REALM_IDENTITY_CLIENT_AI_GATEWAY_SECRET" },
    endpoints: { token: expect.stringMatching(/^http:\/\/keycloak\.[a-z0-9-]+\.svc\.cluster\.local\/realms\/identity\/protocol\/openid-connect\/token$/) },
  });
});

test("protect(webApp) puts oauth2-proxy with its own client in front of the app's HTTPRoute (Traefik ForwardAuth via ExtensionRef)", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "acceptance" });
    const identity = new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.example.de" });
    const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.example.de" });
    identity.protect(shop);
  });
  const idObjects = manifestsOf(out.json["identity-platform"]);
  const shopObjects = manifestsOf(out.json["shop-platform"]);
  const shopRoute = find(shopObjects, "HTTPRoute", "web");
  const ns = find(idObjects, "Deployment", "keycloak").metadata.namespace;
  expect(shopRoute.metadata.annotations?.["nginx.ingress.kubernetes.io/auth-url"]).toBeUndefined();
  expect(shopRoute.spec.rules[0].filters).toEqual([
    { type: "ExtensionRef", extensionRef: { group: "traefik.io", kind: "Middleware", name: "proxy-shop-auth" } },
  ]);
  const middleware = find(shopObjects, "Middleware", "proxy-shop-auth");
  expect(middleware.metadata.namespace).toBe(shopRoute.metadata.namespace);
  expect(middleware.spec.forwardAuth).toMatchObject({ address: `http://proxy-shop.${ns}.svc.cluster.local/`, trustForwardHeader: true });
  const proxy = find(idObjects, "Deployment", "proxy-shop").spec.template.spec.containers[0];
  expect(proxy.image).toMatch(/^quay\.io\/oauth2-proxy\/oauth2-proxy:v7\.15\.3@sha256:[a-f0-9]{64}$/);
  const env = Object.fromEntries(proxy.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
  expect(env.OAUTH2_PROXY_CLIENT_ID).toBe("proxy-shop");
  expect(env.OAUTH2_PROXY_CLIENT_SECRET).toEqual({ secretKeyRef: { name: "keycloak-clients", key: "STACKWERK_REALM_IDENTITY_CLIENT_PROXY_SHOP_SECRET" } });
  expect(env.OAUTH2_PROXY_REDIRECT_URL).toBe("https://shop.example.de/oauth2/callback");
  const realm = JSON.parse(Buffer.from(find(idObjects, "Secret", "keycloak-realms").data["identity.json"], "base64").toString("utf8"));
  expect(realm.clients.find((c: any) => c.clientId === "proxy-shop").redirectUris).toEqual(["https://shop.example.de/oauth2/callback"]);
  const proxyRoute = find(idObjects, "HTTPRoute", "proxy-shop");
  expect(proxyRoute.spec).toMatchObject({ hostnames: ["shop.example.de"], rules: [{ matches: [{ path: { type: "PathPrefix", value: "/oauth2" } }] }] });
  // Both routes on the same HTTPS listener of the zone's Gateway, which admits both namespaces.
  expect(proxyRoute.spec.parentRefs).toEqual(shopRoute.spec.parentRefs);
  const gateway = find(manifestsOf(out.json["amt-addons"]), "Gateway", "gateway");
  const listener = gateway.spec.listeners.find((l: any) => l.name === shopRoute.spec.parentRefs[0].sectionName);
  expect(listener).toMatchObject({ hostname: "shop.example.de", protocol: "HTTPS", port: 443 });
  expect(listener.allowedRoutes.namespaces.selector.matchExpressions[0].values).toEqual(expect.arrayContaining([ns, shopRoute.metadata.namespace]));
  const policies = idObjects.filter((o) => o.kind === "NetworkPolicy").map((p) => p.metadata.name);
  expect(policies).toEqual(
    expect.arrayContaining(["proxy-shop-allow-to-keycloak", "keycloak-allow-from-proxy-shop", "proxy-shop-allow-from-ingress-controller"]),
  );
});

test("protect(app, { apiClients }) lets those clients' tokens through the proxy: audience of the proxy's client on the caller only", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "acceptance" });
    const identity = new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.example.de" });
    const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.example.de" });
    const other = new WebAppStack(app, "blog", { landingZone: zone, image: "registry.example.de/blog/web:1.0.0", hostName: "blog.example.de" });
    identity.oidcClient({ clientId: "billing", serviceAccount: true });
    identity.protect(shop, { apiClients: ["billing"] });
    identity.protect(other);
  });
  const idObjects = manifestsOf(out.json["identity-platform"]);
  const envOf = (name: string) =>
    Object.fromEntries(find(idObjects, "Deployment", name).spec.template.spec.containers[0].env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
  expect(envOf("proxy-shop")).toMatchObject({
    OAUTH2_PROXY_SKIP_JWT_BEARER_TOKENS: "true",
    OAUTH2_PROXY_INSECURE_OIDC_ALLOW_UNVERIFIED_EMAIL: "true",
    OAUTH2_PROXY_WHITELIST_DOMAINS: "shop.example.de",
  });
  expect(envOf("proxy-blog").OAUTH2_PROXY_SKIP_JWT_BEARER_TOKENS).toBeUndefined();
  expect(envOf("proxy-blog").OAUTH2_PROXY_INSECURE_OIDC_ALLOW_UNVERIFIED_EMAIL).toBeUndefined();
  expect(envOf("proxy-blog").OAUTH2_PROXY_WHITELIST_DOMAINS).toBe("blog.example.de");
  const realm = JSON.parse(Buffer.from(find(idObjects, "Secret", "keycloak-realms").data["identity.json"], "base64").toString("utf8"));
  const mappers = (id: string) => (realm.clients.find((c: any) => c.clientId === id).protocolMappers ?? []).map((m: any) => m.config);
  expect(mappers("billing")).toContainEqual(expect.objectContaining({ "included.client.audience": "proxy-shop", "access.token.claim": "true" }));
  expect(mappers("proxy-blog")).toEqual([]);
});

test("protect({ apiClients }) with an unknown client fails at synth naming it", () => {
  expect(() =>
    synthApp((app) => {
      const zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "acceptance" });
      const identity = new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.example.de" });
      const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.example.de" });
      identity.protect(shop, { apiClients: ["nobody"] });
    }),
  ).toThrow(/grantAudience\.callerClientId.*"nobody".*proxy-shop.*is not a client of realm identity/);
});

test.each<[string, Partial<IdentityStackProps>, ((i: IdentityStack) => void) | undefined, RegExp]>([
  [
    "realm name with spaces",
    { realm: { realmName: "my realm" } },
    undefined,
    /^\[StackRealm identity\/identity\] realmName: "my realm" is not a valid realm name\. Allowed: .*no spaces/,
  ],
  [
    "http:// redirect in production",
    { stage: "production" },
    (i) => i.oidcClient({ clientId: "portal", redirectUris: ["http://portal.example.de/cb"] }),
    /redirectUris\[0\]: .*http:\/\/portal\.example\.de\/cb.* Allowed: .*https:\/\//,
  ],
  [
    "wildcard redirect in production",
    { stage: "production" },
    (i) => i.oidcClient({ clientId: "portal", redirectUris: ["https://portal.example.de/*"] }),
    /redirectUris\[0\]: .*Allowed/,
  ],
  [
    "duplicate client ids",
    {},
    (i) => {
      i.oidcClient({ clientId: "portal", redirectUris: ["https://a.example.de/cb"] });
      i.oidcClient({ id: "portal2", clientId: "portal", redirectUris: ["https://b.example.de/cb"] });
    },
    /clientId: "portal" .*Allowed/,
  ],
  ["unknown prop", { realms: [] } as never, undefined, /^\[IdentityStack identity\] realms: is not a known property.*/],
  ["unknown oidcClient prop", {}, (i) => i.oidcClient({ clientId: "x", redirectUri: "https://x.example.de" } as never), /oidcClient\.redirectUri/],
  ["production without TLS", { stage: "production", tls: false }, undefined, /^\[IdentityStack identity\] tls: false is not allowed in stage production/],
  ["one replica in production", { stage: "production", replicas: 1 }, undefined, /^\[IdentityStack identity\] replicas: 1 is not allowed in stage production/],
  ["protect an app without HTTP exposure", {}, (i) => i.protect({}), /^\[IdentityStack identity\] protect: the app has no HTTP exposure/],
  [
    "invalid host name",
    { hostName: "Id_Example" },
    undefined,
    /^\[IdentityStack identity\] hostName: "Id_Example" is not allowed\. Allowed: a lower-case DNS name/,
  ],
])("fails clearly: %s", (_name, props, more, message) => {
  expect(build(props, more)).toThrow(message);
});

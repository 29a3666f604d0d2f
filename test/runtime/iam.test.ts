/**
 * The IAM pattern end to end on the real node (issue 27, ADR 0415): `conformance --targets onprem
 * --patterns iam --runtime` with the local stand-ins of Keycloak 26.7.3 (Maven Central's
 * distribution on Debian's JRE), oauth2-proxy (from its Go module), PostgreSQL (Debian 15) and
 * the example app. Level 4 waits for every pod to run Ready (the realm settings Jobs to
 * succeed); level 5 gets a client-credentials token from Keycloak for the program's service
 * client and asks the protect() proxy the way the Gateway's ForwardAuth does: refused without
 * and with a forged token, served with the real one; another namespace cannot reach Keycloak.
 */
import * as fs from "node:fs";
import { runtimeCell } from "../support/runtime-cell";
import { catalogueRef } from "../../core/images/catalogue";

jest.setTimeout(1_800_000);

const runtime = runtimeCell("iam", {
  // Keycloak augments itself (init container, ~140 s here) and creates its schema before Ready.
  rolloutTimeoutMs: 900_000,
  logEvidence: true,
});
const cell = runtime.cell;

test("every pod of iam runs on the real node and levels 1-6 pass", () => {
  const c = cell();
  const levels = c.levels.filter((l) => l.level >= 1 && l.level <= 6 && l.status !== "n/a");
  expect(levels.map((l) => `L${l.level}:${l.status}${l.status === "pass" ? "" : ` ${l.message}`}`)).toEqual(levels.map((l) => `L${l.level}:pass`));
  expect(levels.map((l) => l.level)).toEqual(expect.arrayContaining([1, 2, 4, 5, 6]));
  expect(c.runtime!.pods!).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/keycloak-[a-z0-9]+-[a-z0-9]+$/),
      expect.stringMatching(/\/proxy-hello-[a-z0-9-]+$/),
      expect.stringMatching(/\/hello-[a-z0-9]+-[a-z0-9]+$/),
      expect.stringMatching(/\/kc-sync-[a-z0-9-]+-[0-9a-f]{8}-[a-z0-9]+$/),
    ]),
  );
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
});

test("level 5: a client-credentials token, and the protected app refused without it and served with it", () => {
  const checks = Object.fromEntries(
    cell()
      .levels.find((l) => l.level === 5)!
      .checks!.map((k) => [k.name, k]),
  );
  expect(checks["runtime: OIDC client-credentials token"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(
      /client hello-api.*HTTP\/1\.[01] 200.*iss=https:\/\/id-[a-z0-9-]+\.apps\.example\.de\/realms\/.*azp=hello-api, aud=\[[^\]]*proxy-hello/,
    ),
  });
  expect(checks["runtime: protected app without a token is refused"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/→ "HTTP\/1\.[01] (401|403|302)/),
  });
  expect(checks["runtime: protected app with a forged token is refused"]).toMatchObject({ ok: true });
  expect(checks["runtime: protected app with the token is served"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/HTTP\/1\.[01] 202.*HTTP\/1\.[01] 200.*hello-web stand-in/),
  });
  // The user's way: HTTPS to Traefik, whose ForwardAuth Middleware asks the proxy.
  expect(checks["runtime: through the Gateway (HTTPS) without a token → login"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/:443 .*→ ".*HTTP\/1\.[01] (401|403|302)/),
  });
  expect(checks["runtime: through the Gateway (HTTPS) with the token → the app"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/HTTP\/1\.1 200.*hello-web stand-in/),
  });
  expect(checks["runtime: another namespace → Keycloak refused"]).toMatchObject({ ok: true, message: expect.stringMatching(/dns ok .*keycloak:80 no answer/) });
  // The client secret never reaches the report.
  expect(JSON.stringify(runtime.run().report)).not.toMatch(/client_secret=(?!<)/);
});

test("the report lists each substitution and what was not run", () => {
  const c = cell();
  const subs = Object.fromEntries(c.imageSubstitutions!.map((s) => [s.upstream, s]));
  expect(subs[catalogueRef("keycloak")]).toMatchObject({
    local: "stackwerk.local/keycloak:26.7.3",
    sameVersion: true,
    inputs: expect.arrayContaining(["maven:org.keycloak:keycloak-quarkus-dist:26.7.3:tar.gz", "deb:openjdk-17-jre-headless=17.0.21.1+2-1~deb12u1"]),
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
  });
  expect(subs[catalogueRef("oauth2Proxy")]).toMatchObject({
    local: "stackwerk.local/oauth2-proxy:v7.15.6",
    sameVersion: false,
    inputs: ["go:github.com/oauth2-proxy/oauth2-proxy/v7@v7.15.6"],
  });
  expect(subs[catalogueRef("postgres")]).toMatchObject({ local: "stackwerk.local/postgres:15.20", sameVersion: false });
  expect(c.runtime!.notRun ?? []).toEqual([]);
  const md = fs.readFileSync(runtime.run().files.markdown, "utf8");
  expect(md).toContain("### Runtime: iam/onprem");
  expect(md).toContain("`stackwerk.local/keycloak:26.7.3`");
});

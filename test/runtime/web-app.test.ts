/**
 * The web-app pattern end to end on the real node (issue 27): `conformance --targets onprem
 * --patterns web-app --runtime` with the local stand-ins of PostgreSQL (Debian 15), versitygw
 * (from its Go module), rclone and the example app. Level 4 waits for every pod to run Ready
 * (the setup Job to succeed); level 5 sends real traffic: HTTP to the app, the app's database
 * and bucket with its own credentials, its key refused on the backup bucket, and another
 * namespace refused by the NetworkPolicies. The report (JSON, Markdown, HTML) carries the pods,
 * the evidence and the substitutions; HTTP goes through the Gateway implementation (Traefik,
 * conformance/runtime-gateway.ts), installed on the node as a cluster prerequisite.
 */
import * as fs from "node:fs";
import { runtimeCell } from "../support/runtime-cell";
import { catalogueRef } from "../../core/images/catalogue";

jest.setTimeout(1_500_000);

const runtime = runtimeCell("web-app");
const cell = runtime.cell;

test("every pod of web-app runs on the real node and levels 4-6 pass", () => {
  const c = cell();
  const status = (n: number) => c.levels.find((l) => l.level === n)!;
  expect([4, 5, 6].map((n) => `L${n}:${status(n).status}`)).toEqual(["L4:pass", "L5:pass", "L6:pass"]);
  const pods = c.runtime!.pods!;
  expect(pods).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/postgres-0$/),
      expect.stringMatching(/\/object-store-0$/),
      expect.stringMatching(/\/web-[a-z0-9]+-[a-z0-9]+$/),
      expect.stringMatching(/\/object-store-init-[0-9a-f]{8}-[a-z0-9]+$/),
    ]),
  );
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
  // The default placement: every pod template of the cell went to the real node (L1 says how many).
  expect(runtime.run().report.run.options.runtime).toEqual({ placement: "onprem" });
  expect(c.runtime).toMatchObject({ node: "runtime-0", containerRuntimeVersion: expect.stringMatching(/^containerd:\/\//), workloadsPlaced: true });
  expect(c.runtime!.placedWorkloads).toBeGreaterThanOrEqual(4);
  expect(c.levels[0].message).toContain(`${c.runtime!.placedWorkloads} pod template(s) placed on the runtime node`);
  // Level 5's rollout and endpoints checks saw the app's Deployment and Service.
  const names = c.levels.find((l) => l.level === 5)!.checks!.map((k) => k.name);
  expect(names).toEqual(
    expect.arrayContaining([expect.stringMatching(/^rollout Deployment \S+\/web$/), expect.stringMatching(/^endpoints Service \S+\/web$/)]),
  );
});

test("level 5 carries real traffic with evidence: HTTP, database, bucket, refusals", () => {
  const checks = Object.fromEntries(
    cell()
      .levels.find((l) => l.level === 5)!
      .checks!.map((k) => [k.name, k]),
  );
  // Through the Gateway implementation (Traefik on the node): the HTTP listener redirects; the HTTPS listener is Programmed with cert-manager's certificate.
  expect(checks["runtime: HTTP through the Gateway → redirect to HTTPS"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/via traefik\.traefik\.svc\.cluster\.local:80 .*HTTP\/1\.[01] 30[18].*Location: https:\/\//i),
  });
  expect(checks["runtime: HTTPS listener programmed with its certificate"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/listener https-\S+ .*Programmed=True.*attachedRoutes [1-9].*kubernetes\.io\/tls .*issued by cert-manager/),
  });
  // A real HTTPS request (openssl s_client, SNI) terminated by Traefik with the cert-manager certificate, served by the app.
  expect(checks["runtime: HTTPS through the Gateway to the app"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/via traefik\.traefik\.svc\.cluster\.local:443 .*HTTP\/1\.1 200.*hello-web stand-in on web-/),
  });
  expect(checks["runtime: app → database"]).toMatchObject({ ok: true, message: expect.stringMatching(/app on app, PostgreSQL 15\.\d+/) });
  expect(checks["runtime: app → bucket"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/put\+get s3:\/\/\S+\/runtime-check-\d+\.txt .*: runtime-check-\d+/),
  });
  expect(checks["runtime: app key refused on the backup bucket"]).toMatchObject({ ok: true, message: expect.stringContaining("refused") });
  expect(checks["runtime: another namespace → database refused"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/dns ok .*postgres:5432 no answer/),
  });
  expect(checks["runtime: another namespace → app refused"]).toMatchObject({ ok: true, message: expect.stringMatching(/web:80 no answer/) });
});

test("the report lists each substitution and what was not run, in JSON, Markdown and HTML", () => {
  const c = cell();
  const subs = Object.fromEntries(c.imageSubstitutions!.map((s) => [s.upstream, s]));
  expect(subs[catalogueRef("postgres")]).toMatchObject({
    local: "stackwerk.local/postgres:15.20",
    sameVersion: false,
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
  });
  expect(subs[catalogueRef("versitygw")]).toMatchObject({
    local: "stackwerk.local/versitygw:v1.8.0",
    sameVersion: true,
    inputs: expect.arrayContaining(["go:github.com/versity/versitygw@v1.8.0"]),
  });
  expect(subs[catalogueRef("rclone")]).toMatchObject({ sameVersion: false });
  expect(subs["registry.example.de/stackwerk/hello-web:1.0.0"]).toMatchObject({ local: "stackwerk.local/hello-web:1.0.0" });
  expect(subs["docker.io/library/traefik:v3.7.13"]).toMatchObject({
    local: "stackwerk.local/traefik:v3.6.12",
    sameVersion: false,
    inputs: expect.arrayContaining(["go:github.com/traefik/traefik/v3@v3.6.12"]),
    note: expect.stringContaining("dynamic/ext"),
  });
  // Every component of the web-app now runs: nothing is reported as not run.
  expect(c.runtime!.notRun).toBeUndefined();
  const md = fs.readFileSync(runtime.run().files.markdown, "utf8");
  expect(md).toContain("### Runtime: web-app/onprem");
  expect(md).toMatch(/\| app → database \| ✅ pass \|/);
  expect(md).toContain("`stackwerk.local/postgres:15.20`");
  const html = fs.readFileSync(runtime.run().files.html, "utf8");
  expect(html).toContain('<table class="protocol-checks">');
  expect(html).toContain("stackwerk.local/traefik:v3.6.12");
});

/**
 * The AI pattern end to end on the real node (issue 27, ADR 0430): `conformance --targets onprem
 * --patterns ai --runtime`. The node has no GPU, so the on-prem target declares none and the
 * reference instance serves on CPU: llama.cpp's server (built here from the llama.cpp that
 * llama-cpp-python 0.3.36 vendors) with a 3.8 MB model made here. Level 5 asks it for a chat
 * completion twice (identical answers) with the model's key from a pod with the gateway's labels,
 * sees requests without or with a wrong token refused (401, by the model server: Envoy is not
 * run), and the app refused by the model's NetworkPolicy. Envoy and pgvector have no local image:
 * their workloads run 0 replicas and the report lists them as not run, never as passed.
 */
import * as fs from "node:fs";
import { runtimeCell } from "../support/runtime-cell";
import { catalogueRef } from "../../core/images/catalogue";
import { CPU_REFERENCE_MODEL } from "../../patterns/ai/register";

jest.setTimeout(3_600_000);

const runtime = runtimeCell("ai", { log: (line) => process.stderr.write(`${line}\n`) });
const cell = runtime.cell;

test("levels 1-6 pass; the model server and the app run Ready on the real node", () => {
  const c = cell();
  expect(c.levels.filter((l) => l.level <= 6).map((l) => `L${l.level}:${l.status}`)).toEqual([
    "L1:pass",
    "L2:pass",
    "L3:n/a", // on-prem has no infra stack to plan
    "L4:pass",
    "L5:pass",
    "L6:pass",
  ]);
  expect(c.runtime!.pods).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/model-[a-z0-9]+-[a-z0-9]+$/), expect.stringMatching(/\/app-[a-z0-9]+-[a-z0-9]+$/)]),
  );
  expect(c.runtime!.pods!.filter((p) => /\/(gateway|vectors)-/.test(p))).toEqual([]);
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
});

test("level 5: a deterministic completion from the CPU model server, tokens refused, the app kept away from the model", () => {
  const checks = Object.fromEntries(
    cell()
      .levels.find((l) => l.level === 5)!
      .checks!.map((k) => [k.name, k]),
  );
  expect(checks["runtime: completion from the CPU model server"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/HTTP 200 \/ 200; answers "[^"]+.*\(identical: deterministic\)/),
  });
  expect(checks["runtime: model server refuses a request without a valid token"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/without Authorization → HTTP 401 .*wrong bearer token → HTTP 401 .*NOT verified/),
  });
  expect(checks["runtime: app → model server refused"]).toMatchObject({ ok: true, message: expect.stringMatching(/dns ok .*model:80 no answer/) });
  expect(checks["model server scheduled on a GPU node"]).toMatchObject({ ok: true, message: expect.stringContaining("serving on CPU") });
  // The gateway's endpoints and rollout are reported as not run, never as a pass.
  const gateway = Object.values(checks).filter((k) => /^(endpoints|rollout) .*\/gateway$/.test(k.name));
  expect(gateway.length).toBeGreaterThan(1);
  for (const k of gateway) expect(k).toMatchObject({ notRun: true, message: expect.stringMatching(/^NOT RUN: no local image \(.*Envoy/) });
});

test("the report lists the substitutions and what was not run, with why", () => {
  const c = cell();
  const subs = Object.fromEntries(c.imageSubstitutions!.map((s) => [s.upstream, s]));
  expect(subs[CPU_REFERENCE_MODEL.image]).toMatchObject({
    local: "stackwerk.local/llama-server-tiny:1.0.0",
    sameVersion: false,
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    inputs: expect.arrayContaining([
      expect.stringMatching(/^pypi:llama-cpp-python==0\.3\.36 /),
      "pypi:gguf==0.19.0",
      expect.stringMatching(/^model:stackwerk-tiny\.gguf sha256:/),
    ]),
  });
  expect(subs["registry.example.de/stackwerk/rag-demo:1.0.0"]).toMatchObject({ local: "stackwerk.local/rag-demo:1.0.0" });
  const notRun = c.runtime!.notRun!;
  expect(notRun).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^vLLM v0\.14\.0 .*not run: the real node has no GPU/),
      expect.stringMatching(/^Deployment .*\/gateway scaled to 0 replicas: Envoy v1\.38\.0 .*not run: no local image/),
      expect.stringMatching(/^StatefulSet .*\/vectors scaled to 0 replicas: pgvector 0\.8\.0-pg17 .*not run: no local image/),
    ]),
  );
  expect(notRun.join("\n")).not.toContain(`image ${catalogueRef("envoy")}: not run`);
  const md = fs.readFileSync(runtime.run().files.markdown, "utf8");
  expect(md).toContain("### Runtime: ai/onprem");
  expect(md).toMatch(/\| completion from the CPU model server \| ✅ pass \|/);
});

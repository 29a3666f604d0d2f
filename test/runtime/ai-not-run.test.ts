/**
 * The runtime run's not-run mechanism (conformance/runtime-not-run.ts, ADR 0430) and the AI
 * checks' answer parsing, on a synthesised AI stack (no cluster): the Envoy gateway and the
 * pgvector StatefulSet get 0 replicas, every other workload keeps its own, and only the checks
 * about stopped workloads (endpoints, rollout) are rewritten to "NOT RUN" (other failures stay).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { registryCells } from "../../conformance/sources";
import { isNotRunCheck, markNotRunChecks, stopNotRunnableWorkloads, stoppedLine } from "../../conformance/runtime-not-run";
import { completionContent, parseAnswers, retriesNote } from "../../conformance/runtime-checks-ai";
import { catalogueRef } from "../../core/images/catalogue";
import { CPU_REFERENCE_MODEL } from "../../patterns/ai/register";
import { aiStandIns, CPU_REFERENCE_MODEL as STAND_IN_MODEL, RAG_DEMO_UPSTREAM } from "../../tools/runtime/stand-ins-ai";
import type { TfJson } from "../../deploy/stack-json";
import type { CheckResult } from "../../conformance/types";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;

let platform: TfJson;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-ai-not-run-"));
  const [cell] = registryCells(["ai"], ["onprem"], "test", ["cdktf"], { runtime: true });
  const stacks = await cell.synth(dir);
  platform = JSON.parse(fs.readFileSync(stacks.find((s) => s.role === "platform")!.file, "utf8")) as TfJson;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const workloads = (tf: TfJson) =>
  Object.values<Obj>(tf.resource?.kubernetes_manifest ?? {})
    .map((r) => r.manifest)
    .filter((m) => m.kind === "Deployment" || m.kind === "StatefulSet");

test("Envoy and pgvector workloads are scaled to 0 with their reason; the model server and the app are not", () => {
  const stopped = stopNotRunnableWorkloads([platform]);
  expect(stopped.map((w) => `${w.kind} ${w.name} ${w.image}`).sort()).toEqual([
    `Deployment gateway ${catalogueRef("envoy")}`,
    `StatefulSet vectors ${catalogueRef("pgvector")}`,
  ]);
  const replicas = Object.fromEntries(workloads(platform).map((m) => [m.metadata.name, m.spec.replicas]));
  expect(replicas).toMatchObject({ gateway: 0, vectors: 0, model: 1, app: 1 });
  expect(stoppedLine(stopped[0])).toMatch(/scaled to 0 replicas: (Envoy|pgvector) .*not run: no local image/);
});

test("the endpoints and rollout checks of stopped workloads become NOT RUN (never a pass); other failures stay", () => {
  const stopped = stopNotRunnableWorkloads([platform]);
  const ns = stopped[0].namespace;
  const checks: CheckResult[] = [
    { name: `endpoints Service ${ns}/gateway`, ok: false, message: "no ready endpoint" },
    { name: `endpoints ${ns}/gateway`, ok: false, message: "no ready endpoint" },
    { name: `endpoints Service ${ns}/model`, ok: false, message: "no ready endpoint" },
    { name: `rollout Deployment ${ns}/gateway`, ok: false, message: "not Available" },
  ];
  expect(checks.map((c) => isNotRunCheck(c, stopped))).toEqual([true, true, false, true]);
  markNotRunChecks(checks, stopped);
  // The gateway's own checks (endpoints, rollout) are not run, never passed; the model's failure stays a failure.
  expect(checks.map((c) => (c.notRun ? "not run" : c.ok ? "pass" : "fail"))).toEqual(["not run", "not run", "fail", "not run"]);
  expect(checks[0].message).toMatch(
    /^NOT RUN: no local image \(Deployment .*\/gateway scaled to 0 replicas in the runtime run, .*Envoy.*\); was: no ready endpoint$/,
  );
});

test("the completion client's output is split into HTTP answers and the assistant's content", () => {
  const out = [
    "model -> 10.0.0.7",
    "=== first",
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"choices":[{"message":{"role":"assistant","content":"a\\"b"}}]}',
    "=== no-token",
    'HTTP/1.1 401 Unauthorized\r\n\r\n{"error":{"message":"Invalid API Key"}}',
  ].join("\n");
  const answers = parseAnswers(out);
  expect(answers.first.status).toBe(200);
  expect(completionContent(answers.first.body)).toBe('a"b');
  expect(answers["no-token"]).toEqual({ status: 401, body: '{"error":{"message":"Invalid API Key"}}' });
  expect(completionContent("not json")).toBeUndefined();
  // As the real node's `kubectl logs` returned it: line feeds only (found on the runtime node).
  const lf = parseAnswers(
    '=== first\nHTTP/1.1 200 OK\nServer: llama.cpp\n\n{"choices":[{"message":{"content":"8k!"}}]}\n=== second\nHTTP/1.1 401 Unauthorized\n\n{}',
  );
  expect(completionContent(lf.first.body)).toBe("8k!");
  expect(lf.second).toEqual({ status: 401, body: "{}" });
  expect(retriesNote(lf)).toBe("");
  // A connection that brought back no HTTP answer was tried again; the evidence keeps what came back.
  const retried = parseAnswers(
    '=== first\n# attempt 1: no HTTP answer: nothing\n# attempt 2: no HTTP answer: nc: can\'t connect\nHTTP/1.1 200 OK\n\n{"choices":[{"message":{"content":"8k!"}}]}\n=== second\n# attempt 1: no HTTP answer: nothing\n# attempt 2: no HTTP answer: nothing\n# attempt 3: no HTTP answer: nothing\n',
  );
  expect(retried.first).toEqual({ status: 200, body: '{"choices":[{"message":{"content":"8k!"}}]}', retries: ["nothing", "nc: can't connect"] });
  expect(retried.second).toEqual({ status: 0, body: "", retries: ["nothing", "nothing", "nothing"] });
  expect(retriesNote(retried)).toBe('; tried again after no HTTP answer: first ("nothing", "nc: can\'t connect"), second ("nothing", "nothing", "nothing")');
});

test("the stand-ins replace exactly the AI reference instance's CPU model image, the llama.cpp catalogue image and the app", () => {
  expect(STAND_IN_MODEL).toEqual(CPU_REFERENCE_MODEL);
  expect(aiStandIns().map(([upstream]) => upstream)).toEqual([catalogueRef("llamaCpp"), CPU_REFERENCE_MODEL.image, RAG_DEMO_UPSTREAM]);
  const images = workloads(platform).flatMap((m) => m.spec.template.spec.containers.map((c: Obj) => c.image));
  expect(images).toEqual(expect.arrayContaining([CPU_REFERENCE_MODEL.image, RAG_DEMO_UPSTREAM]));
});

/**
 * Regression tests for the AI pattern's CPU serving, found by running it on the real node
 * (issue 27, ADR 0430): llama.cpp ignores HF_HUB_OFFLINE, so an offline server must get
 * `--offline`; a model file baked into the server image is loaded with `--model`; the level-5
 * GPU-placement check must not fail a CPU server; and the runtime run (a node without GPU)
 * serves the reference instance on CPU while the reference target keeps vLLM.
 */
import "../../patterns";
import { AiStack, AiStackProps } from "../../patterns";
import { aiSmokeChecks, CPU_REFERENCE_MODEL, REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { targets } from "../../providers";
import { registryCells, RUNTIME_TARGET_PROPS } from "../../conformance/sources";
import { manifestsOf, synthApp } from "../support/synth";
import type { SmokeProbe } from "../../core/smoke";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;

const modelArgs = (props: Partial<AiStackProps>): string[] => {
  const out = synthApp(
    (a) =>
      new AiStack(a, "assist", {
        target: targets.onprem(),
        model: "Qwen/Qwen2.5-0.5B-Instruct-GGUF",
        governance: REFERENCE_GOVERNANCE,
        serving: "cpu",
        ...props,
      } as AiStackProps),
  );
  const model = manifestsOf(out.json["assist-platform"]).find((o: Obj) => o.kind === "Deployment" && o.metadata.name === "model");
  return model.spec.template.spec.containers[0].args;
};

test("an offline CPU server gets --offline (llama.cpp does not read HF_HUB_OFFLINE); with downloadCidr it may download", () => {
  const offline = modelArgs({});
  expect(offline).toEqual(expect.arrayContaining(["--hf-repo", "Qwen/Qwen2.5-0.5B-Instruct-GGUF", "--offline"]));
  const online = modelArgs({ downloadCidr: "192.0.2.0/24" });
  expect(online).not.toContain("--offline");
});

test("an absolute model path is a GGUF file in the server image: --model, no Hugging Face repo", () => {
  const args = modelArgs({ model: "/models/x.gguf", modelImage: "registry.example.de/llama-x:1.0.0" });
  expect(args.slice(0, 4)).toEqual(["--model", "/models/x.gguf", "--alias", "/models/x.gguf"]);
  expect(args).not.toContain("--hf-repo");
});

const probeWith = (limits: Record<string, string>): SmokeProbe => ({
  namespaces: ["ai-test"],
  list: async (kind) =>
    kind === "pods"
      ? [
          {
            apiVersion: "v1",
            kind: "Pod",
            metadata: { name: "model-1", labels: { "app.kubernetes.io/name": "model" } },
            spec: { nodeName: "runtime-0", containers: [{ resources: { limits } }] },
          },
        ]
      : [],
  get: async (kind) =>
    kind === "endpoints"
      ? { apiVersion: "v1", kind: "Endpoints", metadata: { name: "x" }, subsets: [{ addresses: [{}] }] }
      : { apiVersion: "v1", kind: "Node", metadata: { name: "runtime-0" }, status: { allocatable: {} } },
});

test("the GPU-placement check passes a CPU server and still fails a GPU server on a node without GPUs", async () => {
  const cpu = (await aiSmokeChecks(probeWith({ cpu: "1" }), "ai-test", "onprem")).find((c) => c.name === "model server scheduled on a GPU node")!;
  expect(cpu).toMatchObject({ ok: true, message: expect.stringContaining("serving on CPU (no GPU asked): model-1 on runtime-0") });
  const gpu = (await aiSmokeChecks(probeWith({ "nvidia.com/gpu": "1" }), "ai-test", "onprem")).find((c) => c.name === "model server scheduled on a GPU node")!;
  expect(gpu).toMatchObject({ ok: false, message: "1 pod(s) not on a GPU node" });
});

test("--runtime cells declare no GPU node: the AI reference instance serves its baked-in model on CPU; the reference cells keep vLLM", async () => {
  expect(RUNTIME_TARGET_PROPS.onprem.gpuNodes).toBe(0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-ai-cpu-"));
  try {
    const image = async (runtime: boolean) => {
      const [cell] = registryCells(["ai"], ["onprem"], "test", ["cdktf"], { runtime });
      const stacks = await cell.synth(path.join(dir, String(runtime)));
      const platform = stacks.find((s) => s.role === "platform")!;
      const model = manifestsOf(JSON.parse(fs.readFileSync(platform.file, "utf8"))).find((o: Obj) => o.kind === "Deployment" && o.metadata.name === "model");
      return { image: model.spec.template.spec.containers[0].image as string, args: model.spec.template.spec.containers[0].args as string[] };
    };
    const runtime = await image(true);
    expect(runtime.image).toBe(CPU_REFERENCE_MODEL.image);
    expect(runtime.args).toEqual(expect.arrayContaining(["--model", CPU_REFERENCE_MODEL.path, "--offline"]));
    expect((await image(false)).image).toMatch(/^docker\.io\/vllm\/vllm-openai:/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

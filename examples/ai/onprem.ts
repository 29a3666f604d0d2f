/**
 * RAG example on onprem: a web app answering from documents (retrieval from the vector store, answers
 * from the model through the gateway) with the AI stack: vLLM on a GPU node (nvidia.com/gpu, tainted), in-cluster PostgreSQL with pgvector, and the
 * governance record. Run: `npx tsx examples/ai/onprem.ts`, then `tofu init && tofu apply` per stack.
 */
import { App, AiStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
new AiStack(app, "buergerinfo", {
  target: targets.onprem({ kubeconfigPath: process.env.KUBECONFIG_PATH, gpuNodes: 1 }),
  stage: "acceptance",
  model: "Qwen/Qwen2.5-7B-Instruct",
  serving: "gpu",
  governance: {
    riskClass: "limited",
    intendedPurpose: "Answers citizens' questions about administrative services from published documents; no decisions about persons",
    modelCard: "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct",
    dataResidency: "DE",
    humanOversightContact: "ki-aufsicht@amt.example.de",
    auditLogRetentionDays: 180,
  },
  clients: [
    { name: "app", requestsPerMinute: 120 },
    { name: "fachverfahren", requestsPerMinute: 30 },
  ],
  vectorStore: "pgvector",
  app: { image: "registry.example.de/buergerinfo/rag:2.1.0", port: 8080, hostName: "buergerinfo.apps.example.de" },
});
app.synth();

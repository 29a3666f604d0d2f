/**
 * RAG example on stackit: a web app answering from documents (retrieval from the vector store, answers
 * from the model through the gateway) with the AI stack: STACKIT AI Model Serving (token per instance, rotated by keyRotation), STACKIT OpenSearch as
 * the vector store (k-NN; or "pgvector": PostgresFlex), and the governance record. Run: `npx tsx examples/ai/stackit.ts`, then `tofu init && tofu apply` per stack.
 */
import { App, AiStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
new AiStack(app, "buergerinfo", {
  target: targets.stackit({ adminCidrs: ["203.0.113.0/24"] }),
  stage: "acceptance",
  model: "cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic",
  keyRotation: "2025-q3",
  governance: {
    riskClass: "limited",
    intendedPurpose: "Answers citizens' questions about administrative services from published documents; no decisions about persons",
    modelCard: "https://huggingface.co/cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic",
    dataResidency: "DE",
    humanOversightContact: "ki-aufsicht@amt.example.de",
    auditLogRetentionDays: 180,
  },
  clients: [
    { name: "app", requestsPerMinute: 120 },
    { name: "fachverfahren", requestsPerMinute: 30 },
  ],
  vectorStore: "opensearch", // STACKIT only; "pgvector" works on every target
  app: { image: "registry.example.de/buergerinfo/rag:2.1.0", port: 8080, hostName: "buergerinfo.apps.example.de" },
});
app.synth();

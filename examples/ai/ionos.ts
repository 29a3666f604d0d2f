/**
 * RAG example on ionos: a web app answering from documents (retrieval from the vector store, answers
 * from the model through the gateway) with the AI stack: IONOS AI Model Hub as the model endpoint (token given at apply: TF_VAR_model_token), DBaaS PostgreSQL with pgvector, and the
 * governance record. Run: `npx tsx examples/ai/ionos.ts`, then `tofu init && tofu apply` per stack.
 */
import { App, AiStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
new AiStack(app, "buergerinfo", {
  target: targets.ionos({ adminCidrs: ["203.0.113.0/24"] }),
  stage: "acceptance",
  model: "meta-llama/Llama-3.3-70B-Instruct",
  governance: {
    riskClass: "limited",
    intendedPurpose: "Answers citizens' questions about administrative services from published documents; no decisions about persons",
    modelCard: "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct",
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

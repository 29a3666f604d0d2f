/** Targets and a model per target for AI-stack tests that run on all three targets. */
import type { AiStackProps } from "../../patterns/ai";
import { targets } from "../../providers";

/** A target name of the three. */
export type Target = "onprem" | "stackit" | "ionos";

/** A fresh target per name (IONOS needs a location). */
export const TARGETS: Record<Target, () => ReturnType<(typeof targets)["onprem"]>> = {
  onprem: () => targets.onprem({ gpuNodes: 1 }),
  stackit: () => targets.stackit(),
  ionos: () => targets.ionos({ location: "de/fra" }),
};

/** A model each target serves (on-prem: a small model on the GPU node). */
export const MODEL: Record<Target, Partial<AiStackProps>> = {
  onprem: { model: "Qwen/Qwen2.5-0.5B-Instruct", serving: "gpu" },
  stackit: { model: "cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic" },
  ionos: { model: "meta-llama/Llama-3.3-70B-Instruct" },
};

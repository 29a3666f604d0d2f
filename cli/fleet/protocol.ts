/** Messages between the fleet coordinator and its worker processes (over the IPC channel of `fork`). */
import type { FleetTenant } from "./catalogue";
import type { FleetStack } from "./tenant";

/** Coordinator → worker. */
export type ToWorker =
  | { readonly type: "batch"; readonly tenants: readonly FleetTenant[] }
  /** Finish: the worker answers with `stats` and exits. */
  | { readonly type: "exit" };

/** Worker → coordinator. */
export type FromWorker =
  | { readonly type: "tenant"; readonly index: number; readonly name: string; readonly ms: number; readonly stacks: readonly FleetStack[] }
  | { readonly type: "failed"; readonly index: number; readonly name: string; readonly error: string }
  /** The batch is done; send the next one. */
  | { readonly type: "idle" }
  /** Peak resident memory (KiB, from `process.resourceUsage().maxRSS`) and CPU time of the worker. */
  | { readonly type: "stats"; readonly maxRssKiB: number; readonly cpuMs: number };

/** Environment variables the coordinator passes: output folder and the worker's scratch folder. */
export const WORKER_ENV = { outdir: "STACKWERK_FLEET_OUT", scratch: "STACKWERK_FLEET_SCRATCH" } as const;

/**
 * Fleet worker process (forked by fleet/run.ts): synthesises the batches of tenants it is sent,
 * one App per tenant, and reports each tenant (stacks or error) and, at the end, its peak memory.
 */
import * as fs from "node:fs";
import "../../patterns";
import { StackwerkValidationError } from "../../core/errors";
import { withoutStackTraces } from "../../engines/cdktf/creation-stacks";
import type { FromWorker, ToWorker } from "./protocol";
import { WORKER_ENV } from "./protocol";
import { synthTenant, TargetCache } from "./tenant";

function send(message: FromWorker): void {
  process.send!(message);
}

function serve(outdir: string, scratch: string): void {
  const cache = new TargetCache();
  process.on("message", (message: ToWorker) => {
    if (message.type === "exit") {
      const usage = process.resourceUsage();
      send({ type: "stats", maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 });
      fs.rmSync(scratch, { recursive: true, force: true });
      process.disconnect();
      return;
    }
    for (const tenant of message.tenants) {
      const started = Date.now();
      try {
        // Batch synth reports errors by message: no stack traces, a fifth less CPU (ADR 0030).
        const stacks = withoutStackTraces(() => synthTenant(tenant, outdir, scratch, cache));
        send({ type: "tenant", index: tenant.index, name: tenant.name, ms: Date.now() - started, stacks });
      } catch (err) {
        const text = err instanceof StackwerkValidationError ? err.message : `${String(err)} (fleet workers capture no stack traces)`;
        send({ type: "failed", index: tenant.index, name: tenant.name, error: text });
      }
    }
    send({ type: "idle" });
  });
  send({ type: "idle" });
}

if (process.send) serve(process.env[WORKER_ENV.outdir]!, process.env[WORKER_ENV.scratch]!);

/**
 * Level 7 of a conformance cell: a real apply and destroy on the cloud, run only with that
 * cloud's credentials in the environment. Split from cell.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CLOUD_CREDENTIALS, credentialHint, realCredentials } from "./credentials";
import { InterruptedError } from "../deploy/exec";
import { inputsFromOutputs } from "./inputs";
import type { CellSpec } from "./sources";
import { stackVariables } from "../deploy/stack-json";
import { errorText, Tofu, TofuOutcome } from "../deploy/tofu";
import type { CellContext, StackState } from "./cell-context";
import type { LevelBook } from "./level-book";
import type { CheckResult, LevelNumber } from "./types";

/** Level 7: a real apply and destroy on the cloud, only with that cloud's credentials. */
export async function cloudLevel(spec: CellSpec, ctx: CellContext, tofu: Tofu, book: LevelBook, states: StackState[], dir: string): Promise<void> {
  if (!CLOUD_CREDENTIALS[spec.target]) {
    book.set(7, "n/a", 0, `target ${spec.target} is not a cloud (level 4 deploys it to the embedded cluster)`);
    return;
  }
  const creds = realCredentials(spec.target, ctx.env);
  if (!creds) {
    book.set(7, "not-run", 0, `no ${spec.target} credentials in the environment (${credentialHint(spec.target)})`);
    return;
  }
  const earlier = ([1, 2, 3, 4, 5, 6] as LevelNumber[]).filter((l) => {
    const r = book.results.get(l)!;
    return r.required && r.status !== "pass";
  });
  if (earlier.length) {
    book.set(7, "skipped", 0, `credentials given (${creds.join(", ")}), but level(s) ${earlier.join(", ")} did not pass: not deploying to the real cloud`);
    return;
  }
  ctx.log(spec.id, `L7 cloud: real apply on ${spec.target} (credentials: ${creds.join(", ")}) ...`);
  const t7 = Date.now();
  const infra = states.find((s) => s.stack.role === "infra");
  const platform = states.find((s) => s.stack.role === "platform");
  const steps: CheckResult[] = [];
  const copy = (s: StackState): string => {
    const target = path.join(dir, "cloud", s.stack.name);
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(path.join(s.dir!, "cdk.tf.json"), path.join(target, "cdk.tf.json"));
    return target;
  };
  const record = (name: string, o: TofuOutcome): boolean => {
    if (o.interrupted) throw new InterruptedError();
    steps.push({ name, ok: o.ok, message: o.ok ? (o.summary ?? "ok") : errorText(o) });
    return o.ok;
  };
  let infraDir: string | undefined;
  let platformDir: string | undefined;
  let platformEnv: Record<string, string> = {};
  try {
    if (infra) {
      infraDir = copy(infra);
      if (!record("infra init", await tofu.init(infraDir))) return;
      if (!record("infra apply", await tofu.apply(infraDir, {}))) return;
    }
    if (platform) {
      platformDir = copy(platform);
      const outputs = infraDir ? await tofu.outputs(infraDir) : {};
      platformEnv = inputsFromOutputs(stackVariables(platform.json), outputs).env;
      if (!record("platform init", await tofu.init(platformDir))) return;
      record("platform apply", await tofu.apply(platformDir, platformEnv));
    }
  } finally {
    // Always tear down what was created, platform first.
    if (platformDir && steps.some((s) => s.name === "platform apply")) record("platform destroy", await tofu.destroy(platformDir, platformEnv));
    if (infraDir && steps.some((s) => s.name === "infra apply")) record("infra destroy", await tofu.destroy(infraDir, {}));
    const ok = steps.length > 0 && steps.every((s) => s.ok);
    book.set(7, ok ? "pass" : "fail", Date.now() - t7, steps.map((s) => `${s.name}: ${s.ok ? "ok" : "FAILED"} ${s.message}`).join("\n"), steps);
  }
}

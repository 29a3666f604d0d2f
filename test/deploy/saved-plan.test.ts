/**
 * `deploy` without --auto-approve applies exactly the plan it showed: the plan is saved
 * (`stackwerk.tfplan`) and applied as it is, so a configuration changed between the question and
 * the apply does not slip in; a stack whose inputs come from a stack applied in the same run is
 * planned then, shown, and asked for again. Real OpenTofu on stacks of built-in `terraform_data`
 * resources (no provider, no cluster).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ProcessTracker } from "../../deploy/exec";
import { Tofu } from "../../deploy/tofu";
import { PLAN_FILE, runDeployment } from "../../deploy/run";
import type { Program } from "../../deploy/program";
import { ensureToolchain } from "../../tools/toolchain";
import { stackFolder } from "../support/stack-folder";

jest.setTimeout(300_000);

const stack = stackFolder;

const upstream = (value: string) => ({
  resource: { terraform_data: { a: { input: value } } },
  output: { greeting: { value: "${terraform_data.a.output}" } },
});
const downstream = {
  variable: { greeting: { type: "string" } },
  resource: { terraform_data: { b: { input: "${var.greeting}" } } },
  output: { seen: { value: "${terraform_data.b.output}" } },
};

async function outputsOf(tofu: Tofu, dir: string): Promise<Record<string, unknown>> {
  return Object.fromEntries(Object.entries(await tofu.outputs(dir)).map(([k, v]) => [k, v.value]));
}

test("the apply runs the saved plan that was shown, and a later-planned stack is shown and asked for before it changes", async () => {
  const tofu = new Tofu(await ensureToolchain(), new ProcessTracker());
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "saved-plan-"));
  const a = stack(root, "a", upstream("shown"));
  const b = stack(root, "b", downstream, ["a"]);
  const program: Program = { outdir: root, stacks: [a, b], orphans: [] };
  const questions: string[] = [];
  const printed: string[] = [];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));

  const result = await runDeployment({
    program,
    action: "deploy",
    tofu,
    env,
    log: () => undefined,
    print: (line) => printed.push(line),
    confirm: async (question) => {
      questions.push(question);
      if (questions.length === 1) {
        // The plan of `a` was shown and saved; the configuration changes while the operator reads it.
        expect(fs.existsSync(path.join(a.dir, PLAN_FILE))).toBe(true);
        fs.writeFileSync(a.file, JSON.stringify(upstream("changed after the question")));
      }
      return true;
    },
  });

  expect(result.stacks.map((s) => [s.name, s.status])).toEqual([
    ["a", "applied"],
    ["b", "applied"],
  ]);
  // What was shown is what was applied: not the configuration written after the question.
  expect(await outputsOf(tofu, a.dir)).toEqual({ greeting: "shown" });
  expect(await outputsOf(tofu, b.dir)).toEqual({ seen: "shown" });
  // `b` was pending in the first plan, then planned with a's output, shown and asked for on its own.
  expect(printed).toContain("b: planned when a is applied: its inputs greeting are outputs known only after that apply");
  expect(printed).toContain("b: 1 to create, 0 to update, 0 to replace, 0 to delete");
  expect(questions).toEqual([
    "Apply 1 change(s) in 1 stack(s) and then 1 stack(s) planned after their inputs are applied (each shown and asked for then)?",
    "Apply 1 to create, 0 to update, 0 to replace, 0 to delete in b, planned now that its inputs are applied?",
  ]);
  // Saved plans are removed once applied.
  expect([a, b].filter((s) => fs.existsSync(path.join(s.dir, PLAN_FILE)))).toEqual([]);

  // b's shown plan (no changes) is out of date once a's apply changes its input: planned again and asked for;
  // a "no" leaves b unchanged and the run declined.
  fs.writeFileSync(a.file, JSON.stringify(upstream("second")));
  const logged: string[] = [];
  const asked: string[] = [];
  const second = await runDeployment({
    program,
    action: "deploy",
    tofu,
    env,
    initialised: true,
    log: (line) => logged.push(line),
    print: () => undefined,
    confirm: async (question) => (asked.push(question), question.startsWith("Apply 1 change(s) in 1 stack(s)?")),
  });
  expect(logged).toContain("b: its inputs changed with the apply of a; planning it again");
  expect(asked).toEqual([
    "Apply 1 change(s) in 1 stack(s)?",
    "Apply 0 to create, 1 to update, 0 to replace, 0 to delete in b, planned now that its inputs are applied?",
  ]);
  expect(second.declined).toBe(true);
  expect(second.ok).toBe(false);
  expect(second.stacks.map((s) => [s.name, s.status])).toEqual([
    ["a", "applied"],
    ["b", "skipped"],
  ]);
  expect(await outputsOf(tofu, a.dir)).toEqual({ greeting: "second" });
  expect(await outputsOf(tofu, b.dir)).toEqual({ seen: "shown" });
  expect(fs.existsSync(path.join(b.dir, PLAN_FILE))).toBe(false);
});

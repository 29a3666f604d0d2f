/**
 * No second pass: a value known only after a later stack's apply (the infra stack's `ingress_ip`,
 * the address of the add-ons stack's Gateway) is taken in the same run — the infra stack is
 * applied without it (its default), the later stack is applied, then the infra stack again with
 * the later stack's output; the next run wires it from that stack's state at once. Real OpenTofu
 * on built-in `terraform_data` stacks shaped like infra (a record counted on the address) and
 * add-ons (an output read after its apply), no provider, no cluster.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ProcessTracker } from "../../deploy/exec";
import { Tofu } from "../../deploy/tofu";
import { runDeployment } from "../../deploy/run";
import { feedbackInputs } from "../../deploy/wiring";
import type { Program } from "../../deploy/program";
import { ensureToolchain } from "../../tools/toolchain";
import { stackFolder } from "../support/stack-folder";

jest.setTimeout(300_000);

const stack = stackFolder;

/** Infra: a cluster, and a DNS record only once the ingress address is known. */
const infra = {
  variable: { ingress_ip: { type: "string", default: "" } },
  resource: {
    terraform_data: {
      cluster: { input: "cluster-1" },
      record: { count: '${var.ingress_ip == "" ? 0 : 1}', input: "${var.ingress_ip}" },
    },
  },
  output: {
    kubeconfig: { value: "${terraform_data.cluster.output}", sensitive: true },
    record: { value: '${length(terraform_data.record) > 0 ? terraform_data.record[0].output : "none"}' },
  },
};
/** Add-ons: the Gateway gets its address from the cluster (here: derived from the kubeconfig input). */
const addons = {
  variable: { kubeconfig: { type: "string", sensitive: true } },
  resource: { terraform_data: { gateway: { input: "203.0.113.7" } } },
  output: { ingress_ip: { value: "${terraform_data.gateway.output}" } },
};

test("an input known only after a later stack's apply is taken in the same run, and wired at once on the next", async () => {
  const tofu = new Tofu(await ensureToolchain(), new ProcessTracker());
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "feedback-"));
  const program: Program = { outdir: root, stacks: [stack(root, "amt-infra", infra), stack(root, "amt-addons", addons, ["amt-infra"])], orphans: [] };
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));
  expect(feedbackInputs({ name: "amt-infra", tf: infra }, [{ name: "amt-addons", tf: addons, dependencies: ["amt-infra"] }])).toEqual([
    { name: "ingress_ip", stack: "amt-addons" },
  ]);

  // plan names the later value, asks the operator for nothing.
  const planned: string[] = [];
  const plan = await runDeployment({ program, action: "plan", tofu, env, log: () => undefined, print: (l) => planned.push(l) });
  expect(plan.ok).toBe(true);
  expect(planned).toContain("  then applied again in the same run with ingress_ip from amt-addons, known only after that stack is applied");

  const logged: string[] = [];
  const first = await runDeployment({
    program,
    action: "deploy",
    tofu,
    env,
    autoApprove: true,
    initialised: true,
    log: (l) => logged.push(l),
    print: () => undefined,
  });
  expect(first.stacks.map((s) => [s.name, s.status])).toEqual([
    ["amt-infra", "applied"],
    ["amt-addons", "applied"],
  ]);
  expect(logged).toContain("amt-infra: applying again with ingress_ip from amt-addons");
  expect(first.stacks[0].message).toMatch(/\(again, with ingress_ip from amt-addons\)$/);
  const outputs = async (dir: string) => Object.fromEntries(Object.entries(await tofu.outputs(dir)).map(([k, v]) => [k, v.value]));
  expect((await outputs(program.stacks[0].dir)).record).toBe("203.0.113.7");

  // The next run has the address from the add-ons state before the infra apply: one apply, no changes.
  const logged2: string[] = [];
  const second = await runDeployment({
    program,
    action: "deploy",
    tofu,
    env,
    autoApprove: true,
    initialised: true,
    log: (l) => logged2.push(l),
    print: () => undefined,
  });
  expect(second.ok).toBe(true);
  expect(logged2.filter((l) => l.includes("applying again"))).toEqual([]);
  expect(second.stacks[0].inputs).toEqual([{ name: "ingress_ip", sensitive: false, from: "stack", stack: "amt-addons" }]);
  expect(second.stacks[0].message).toMatch(/^Apply complete! Resources: 0 added, 0 changed, 0 destroyed\.$/);
});

test("a DNS record that gains the count keeps its object: OpenTofu moves it to [0], nothing is replaced or deleted", async () => {
  const tofu = new Tofu(await ensureToolchain(), new ProcessTracker());
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "feedback-count-"));
  const before = { variable: { ingress_ip: { type: "string" } }, resource: { terraform_data: { record: { input: "${var.ingress_ip}" } } } };
  const program: Program = { outdir: root, stacks: [stack(root, "amt-infra", before)], orphans: [] };
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_"))), TF_VAR_ingress_ip: "203.0.113.7" };
  const run = (action: "deploy" | "plan") =>
    runDeployment({ program, action, tofu, env, autoApprove: action === "deploy", log: () => undefined, print: () => undefined });
  expect((await run("deploy")).ok).toBe(true);
  fs.writeFileSync(program.stacks[0].file, JSON.stringify(infra));
  const plan = await run("plan");
  // Only the new cluster object is created; the record is the same object under terraform_data.record[0].
  expect(plan.stacks[0].counts).toEqual({ create: 1, update: 0, replace: 0, delete: 0 });
  expect(plan.stacks[0].changes?.filter((c) => c.includes("record"))).toEqual(["terraform_data.record[0] (move)"]);
});

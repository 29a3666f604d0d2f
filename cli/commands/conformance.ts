/** `stackwerk conformance`: every pattern on every target, levels 1-7, with a report (docs/conformance.md). */
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { STAGES, Stage } from "../../core/profile";
import "../../patterns";
import { TARGET_NAMES } from "../../core/target";
import { ConformanceOptionError, DEFAULT_JOBS, LevelNumber, renderSummaryTable, runConformance } from "../../conformance";
import { ENGINE_NAMES, EngineName } from "../../conformance/types";
import { runGitOpsCli } from "./conformance-gitops";

const HELP = `usage: stackwerk conformance [--patterns a,b] [--targets ${TARGET_NAMES.join(",")}] [--stage <stage>]
                             [--report <dir>] [--keep] [--app <path/to/app.ts>] [--jobs N] [--kubeconfig <file>]
                             [--engine cdktf,pulumi | gitops]
                             [--runtime] [--runtime-placement onprem|none]

Runs every registered pattern (or every pattern instance of --app) on every target through the
conformance levels and writes a report (report.json, report.md, report.html):

  L1 synth     the engine synthesises the stacks
  L2 validate  tofu init (offline provider mirror) + tofu validate of every stack
  L3 plan      tofu plan of the infra stack with the real cloud provider, offline, placeholder credentials
  L4 apply     tofu apply of the platform stack to the embedded cluster (cloud variants with stand-in inputs)
  L5 smoke     rollouts Available, Services have endpoints, Pod Security and the zone's admission
               policies enforced, default-deny policy, no changes in a plan after apply
  L6 destroy   tofu destroy leaves no object of the cell behind
  L7 cloud     real apply + destroy, only when that cloud's credentials are in the environment

Required levels: 1, 2, 4, 5, 6 always; 3 when the target has an infra stack and its provider is
available; 7 when credentials are given. Blocked levels (a provider that cannot be built
offline) are listed separately. Exit status: 0 when no required level failed, 1 when one did,
130 when interrupted, 2 for bad options.

The embedded cluster runs kube-apiserver, etcd, kube-controller-manager, kube-scheduler and kwok:
"deployed" means accepted by the API server, reconciled by the controllers, pods scheduled and
reported Running by kwok. No container runs. With --runtime the cluster also has one real node
(containerd, kubelet, kube-proxy, CoreDNS, NetworkPolicy enforcement; docs/cluster.md) and the
on-prem cells' pods are scheduled there; the report records the node's container runtime per cell.

options:
  --patterns a,b     registered patterns (default: all)
  --targets  a,b     ${TARGET_NAMES.join(", ")} (default: all)
  --stage    S       ${STAGES.join(" | ")} (default: test)
  --report   DIR     report folder (default: reports/conformance-<timestamp>, with reports/latest)
  --keep             leave the objects and the cluster running (level 6 not run) for inspection
  --app      FILE    a cdktf app built with Stackwerk constructs instead of the registered patterns
  --jobs     N       cells in parallel (default: 3)
  --kubeconfig FILE  apply to this existing cluster instead of starting the embedded one
  --max-level N      run levels 1..N only (e.g. 3: offline checks, no cluster); the rest are "not run"
  --engine   a,b     ${ENGINE_NAMES.join(", ")} (default: cdktf). pulumi: the real Pulumi CLI and Kubernetes
                     provider (built from Go modules on first use) run each cell as pulumi preview (L2),
                     up (L4), preview --expect-no-changes (L5) and destroy (L6); on IONOS/STACKIT the
                     platform layer, its inputs wired as 'stackwerk pulumi config-from-infra' wires the
                     OpenTofu infra outputs (L3 checks every input has an output). Cell ids end in /pulumi.
  --runtime          start the embedded cluster with a real node (cells then share one cluster)
  --runtime-placement onprem|none
                     with --runtime: put the on-prem cells' workloads on the real node (onprem,
                     default) or leave every pod on kwok nodes (none)
  --engine gitops    levels 1-6 through the GitOps engine with the real Flux controllers and a local
                     Git server, on-prem only (docs/gitops.md); the default is --engine cdktf (OpenTofu)
`;

export const command: CliCommand = {
  name: "conformance",
  summary: "run every pattern on every target through conformance levels 1-7 and write a report",
  help: HELP,
  async run(args) {
    const { flags, positional } = parseFlags(args, {
      patterns: "string",
      targets: "string",
      stage: "string",
      report: "string",
      keep: "boolean",
      app: "string",
      jobs: "string",
      kubeconfig: "string",
      "max-level": "string",
      engine: "string",
      runtime: "boolean",
      "runtime-placement": "string",
    });
    if (positional.length) throw new CliUsageError(`unexpected argument '${positional[0]}'`);
    const list = (v: string | boolean | undefined) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
    const stage = (flags.stage ?? "test") as Stage;
    if (!STAGES.includes(stage)) throw new CliUsageError(`unknown stage '${stage}'. Allowed: ${STAGES.join(", ")}`);
    const jobs = flags.jobs === undefined ? DEFAULT_JOBS : Number(flags.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new CliUsageError("--jobs must be a positive integer");
    const maxLevel = flags["max-level"] === undefined ? 7 : Number(flags["max-level"]);
    if (!Number.isInteger(maxLevel) || maxLevel < 1 || maxLevel > 7) throw new CliUsageError("--max-level must be an integer from 1 to 7");
    if (flags.engine === "gitops") return runGitOpsCli(flags, list, stage);
    const engines = (list(flags.engine) ?? ["cdktf"]) as EngineName[];
    const badEngine = engines.find((e) => !ENGINE_NAMES.includes(e));
    if (badEngine) throw new CliUsageError(`unknown engine '${badEngine}'. Allowed: ${ENGINE_NAMES.join(", ")}, or gitops alone`);
    const placement = flags["runtime-placement"] ?? "onprem";
    if (placement !== "onprem" && placement !== "none")
      throw new CliUsageError(`--runtime-placement '${String(placement)}' is not allowed. Allowed: onprem, none`);
    if (flags["runtime-placement"] !== undefined && flags.runtime !== true) throw new CliUsageError("--runtime-placement needs --runtime");
    let run;
    try {
      run = await runConformance({
        patterns: list(flags.patterns),
        targets: list(flags.targets),
        stage,
        reportDir: typeof flags.report === "string" ? flags.report : undefined,
        keep: flags.keep === true,
        app: typeof flags.app === "string" ? flags.app : undefined,
        jobs,
        kubeconfig: typeof flags.kubeconfig === "string" ? flags.kubeconfig : undefined,
        maxLevel: maxLevel as LevelNumber,
        engines,
        ...(flags.runtime === true ? { runtime: { placement } } : {}),
        argv: ["conformance", ...args],
      });
    } catch (err) {
      if (err instanceof ConformanceOptionError) throw new CliUsageError(err.message);
      throw err;
    }
    process.stdout.write("\n" + renderSummaryTable(run.report));
    process.stdout.write(`\nreport: ${run.files.html}\n        ${run.files.markdown}\n        ${run.files.json}\n`);
    if (run.files.latest) process.stdout.write(`latest: ${run.files.latest}\n`);
    if (run.keptCluster) {
      process.stdout.write(
        `\n--keep: the cluster keeps running with the deployed objects.\n  export KUBECONFIG=${run.keptCluster.kubeconfig}\n  work folder (synth output, OpenTofu state): ${run.workDir}\nPress Ctrl-C to stop the cluster.\n`,
      );
      await new Promise<void>((resolve) => {
        // The cluster's processes do not keep Node alive by themselves: wait explicitly.
        const keepAlive = setInterval(() => undefined, 1 << 30);
        const stop = () => {
          clearInterval(keepAlive);
          void run.keptCluster!.stop().then(resolve);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    }
    return run.exitCode;
  },
};

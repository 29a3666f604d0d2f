/**
 * Issue 27, IAM: "a client, role or group added to the program after the first deployment works
 * after the next deploy with no manual step", on the real node (ADR 0440). The iam pattern's
 * on-prem reference instance runs through `conformance --runtime` (levels 1-6); right after its
 * level 4 (applied, every pod Ready) the program changes: a new confidential client with a
 * service account (client credentials) holding a new realm role, and a new group with that role.
 * The changed program is synthesised, prepared like the cell's (real-node placement, local
 * images, pinned providers) and deployed again against the SAME state with `stackwerk deploy`'s
 * code (runDeployment), nothing else. Then: the realm sync Job of the changed realm (a new
 * `kc-sync-<realm>-<hash>` name) ran and completed, a client-credentials token for the new
 * client comes from the running Keycloak (with the new role), and the old client still gets its
 * token. Level 5 then runs on the changed program (plan after apply: no changes) and level 6
 * destroys it. Kept out of `npm test` (jest.config.js OUT_OF_CI_RUNTIME_CELLS).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import "../../patterns";
import { runConformance, type ConformanceRun } from "../../conformance";
import type { AppliedCell } from "../../conformance/cell-context";
import { placeOnRuntimeNode, type Kubectl } from "../../conformance/runtime";
import { prepareRuntimeImages } from "../../conformance/runtime-images";
import { INGRESS_CONTROLLER_NAMESPACE, runClientPod } from "../../conformance/runtime-checks";
import { jwtClaims } from "../../conformance/runtime-checks-iam";
import { RUNTIME_TARGET_PROPS } from "../../conformance/sources";
import type { CellReport } from "../../conformance/types";
import { runDeployment } from "../../deploy/run";
import type { TfJson } from "../../deploy/stack-json";
import { synthesize } from "../../engines/cdktf";
import { IdentityStack } from "../../patterns/iam";
import { DEMO_API_CLIENT } from "../../patterns/iam/register";
import { getPattern } from "../../patterns/registry";
import { targets } from "../../providers";
import { ensureToolchain } from "../../tools/toolchain";
import { pinProviderRequirements } from "../../tools/toolchain/provider-requirements";

jest.setTimeout(2_700_000);

const NEW_CLIENT = "sync-probe";
const NEW_ROLE = "sync-reader";
const NEW_GROUP = "sync-group";

type Json = Record<string, unknown>;

/** What the second deploy did and showed (filled by the afterApply hook, never thrown). */
interface SecondDeploy {
  error?: string;
  jobsBefore: string[];
  newJob?: string;
  applyStatus?: string;
  applyMessage?: string;
  applyMs?: number;
  jobStatus?: Json;
  jobLog?: string;
  jobCompleteMs?: number;
  tokens: Record<string, { status: string; claims?: Json }>;
  tokenPod?: string;
}

const second: SecondDeploy = { jobsBefore: [], tokens: {} };
const t0 = Date.now();
const log = (line: string) => process.stderr.write(`[${Math.round((Date.now() - t0) / 1000)} s] ${line}\n`);

/** The reference instance with a client, a role and a group added, synthesised into `outdir`. */
function changedProgram(outdir: string) {
  const app = new App({ outdir, skipValidation: false });
  const identity = getPattern("iam").create(app, "iam-onprem", { target: targets.onprem(RUNTIME_TARGET_PROPS.onprem), stage: "test" }) as IdentityStack;
  const role = identity.realm.addRole(NEW_ROLE, { description: "added after the first deployment" });
  identity.realm.addGroup(NEW_GROUP, { roles: [role] });
  identity.realm.addClient(NEW_CLIENT, { serviceAccount: true, serviceAccountRoles: [role], description: "added after the first deployment" });
  return synthesize(app);
}

const kcJobs = async (kubectl: Kubectl, ns: string) =>
  (await kubectl(["get", "jobs", "-n", ns, "-o", "jsonpath={.items[*].metadata.name}"], { check: false })).stdout
    .split(/\s+/)
    .filter((n) => n.startsWith("kc-sync-"));

async function getJson(kubectl: Kubectl, args: string[]): Promise<Json | undefined> {
  const r = await kubectl(["get", ...args, "-o", "json"], { check: false });
  return r.code === 0 ? (JSON.parse(r.stdout) as Json) : undefined;
}

/** Realm name and secret of `clientId`, read from the running cell (realm Secret → Keycloak's env → the client Secret). */
async function clientSecret(kubectl: Kubectl, ns: string, clientId: string): Promise<{ realm: string; secret: string }> {
  const realms = await getJson(kubectl, ["secret", "-n", ns, "keycloak-realms"]);
  for (const b64 of Object.values((realms?.data ?? {}) as Record<string, string>)) {
    const realm = JSON.parse(Buffer.from(b64, "base64").toString("utf8")) as { realm: string; clients?: Array<{ clientId: string; secret?: string }> };
    const client = realm.clients?.find((c) => c.clientId === clientId);
    if (!client) continue;
    const envName = /^\$\{([A-Z0-9_]+)\}$/.exec(client.secret ?? "")?.[1];
    const deploy = await getJson(kubectl, ["deployment", "-n", ns, "keycloak"]);
    type Env = { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } };
    const env = (deploy as { spec: { template: { spec: { containers: Array<{ env?: Env[] }> } } } }).spec.template.spec.containers[0].env ?? [];
    const ref = env.find((e) => e.name === envName)?.valueFrom?.secretKeyRef;
    if (!ref) throw new Error(`client ${clientId}: placeholder ${client.secret} has no secretKeyRef in Keycloak's env`);
    const data = ((await getJson(kubectl, ["secret", "-n", ns, ref.name]))?.data ?? {}) as Record<string, string>;
    return { realm: realm.realm, secret: Buffer.from(data[ref.key] ?? "", "base64").toString("utf8") };
  }
  throw new Error(`client ${clientId} is in no realm file of Secret ${ns}/keycloak-realms`);
}

/** Client-credentials tokens for `clients` from Keycloak's Service, asked from a pod in the Gateway's namespace (allowed in by Keycloak's NetworkPolicy). */
async function tokens(kubectl: Kubectl, ns: string, clients: string[]): Promise<void> {
  const kc = `keycloak.${ns}.svc.cluster.local`;
  const lines = ["resolve() { nslookup \"$1\" 2>/dev/null | sed -n '/^Name:/,$ s/^Address: *//p' | sed '$!d'; }", `kc="$(resolve ${kc})"`];
  const secrets: string[] = [];
  for (const clientId of clients) {
    const { realm, secret } = await clientSecret(kubectl, ns, clientId);
    secrets.push(secret);
    const body = `grant_type=client_credentials&client_id=${encodeURIComponent(clientId)}&client_secret=${encodeURIComponent(secret)}`;
    lines.push(
      `echo '### ${clientId}'`,
      `body='${body}'`,
      // busybox nc half-closes at its input's end: the input stays open until the answer is in.
      `resp="$({ printf 'POST /realms/${realm}/protocol/openid-connect/token HTTP/1.0\\r\\nHost: ${kc}\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nContent-Length: %s\\r\\n\\r\\n%s' "\${#body}" "$body"; sleep 4; } | nc -w 20 "$kc" 80 2>&1)"`,
      'echo "$resp" | sed -n 1p',
      `echo "$resp" | sed -n 's/.*"access_token":"\\([^"]*\\)".*/access_token=\\1/p'`,
    );
  }
  lines.push("echo '### end'");
  await kubectl(["apply", "-f", "-"], {
    input: JSON.stringify({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: INGRESS_CONTROLLER_NAMESPACE, labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
    }),
  });
  const run = await runClientPod(kubectl, INGRESS_CONTROLLER_NAMESPACE, "iam-sync-client", lines.join("\n"), 150_000);
  second.tokenPod = run.pod;
  let out = run.output;
  for (const s of secrets) if (s) out = out.split(s).join("<client secret>");
  for (const clientId of clients) {
    const part = new RegExp(`### ${clientId}\\n([\\s\\S]*?)(?=\\n### )`).exec(out)?.[1] ?? "";
    const token = /access_token=(\S+)/.exec(part)?.[1];
    second.tokens[clientId] = { status: part.split("\n")[0]?.trim() ?? "", ...(token ? { claims: jwtClaims(token) } : {}) };
  }
}

/**
 * Logs each change of Keycloak's pods (Ready, restarts, last termination) with the namespace's
 * warning events until the cluster is gone: evidence for a level-5 refusal after the hook.
 */
function watchKeycloak(kubectl: Kubectl, ns: string): void {
  let last = "";
  const jsonpath =
    '{range .items[*]}{.metadata.name} ready={.status.conditions[?(@.type=="Ready")].status} ' +
    'restarts={.status.containerStatuses[0].restartCount} last={.status.containerStatuses[0].lastState.terminated.reason}{"\\n"}{end}';
  const tick = async (): Promise<void> => {
    const r = await kubectl(["get", "pods", "-n", ns, "-o", `jsonpath=${jsonpath}`], { check: false }).catch(() => undefined);
    if (!r || r.code !== 0) return;
    const now = r.stdout
      .split("\n")
      .filter((l) => l.startsWith("keycloak-"))
      .join("; ");
    if (now !== last) {
      const events = await kubectl(
        [
          "get",
          "events",
          "-n",
          ns,
          "--field-selector",
          "type=Warning",
          "-o",
          "custom-columns=T:.lastTimestamp,OBJ:.involvedObject.name,MSG:.message",
          "--no-headers",
        ],
        {
          check: false,
        },
      );
      log(`keycloak pods: ${now || "none"}; warning events: ${events.stdout.trim().split("\n").slice(-4).join(" | ")}`);
      last = now;
    }
    setTimeout(() => void tick(), 3000).unref();
  };
  void tick();
}

/** The second deploy: changed program, same state, same inputs; then the sync Job and the tokens. */
async function deployChangedProgram(cell: string, applied: AppliedCell): Promise<void> {
  const { kubectl, namespaces } = applied;
  const ns = namespaces.find((n) => n.startsWith("iam")) ?? namespaces[0];
  try {
    second.jobsBefore = await kcJobs(kubectl, ns);
    log(`${cell}: first deploy applied; sync Job(s) ${second.jobsBefore.join(", ")}; synthesising the changed program ...`);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-iam-sync-"));
    try {
      const platform = changedProgram(out).find((s) => s.role === "platform")!;
      const json = JSON.parse(fs.readFileSync(platform.file, "utf8")) as TfJson;
      // As the cell prepared the first program (conformance/cell.ts, levels 1-2).
      placeOnRuntimeNode(json);
      await prepareRuntimeImages([json], log);
      const pinned = pinProviderRequirements(json, await ensureToolchain());
      const jobs = Object.values((pinned.resource as Record<string, Record<string, { manifest?: Json }>>)?.kubernetes_manifest ?? {})
        .map((r) => r.manifest as { kind?: string; metadata?: { name?: string } } | undefined)
        .filter((m) => m?.kind === "Job" && m.metadata?.name?.startsWith("kc-sync-"))
        .map((m) => m!.metadata!.name!);
      second.newJob = jobs.find((j) => !second.jobsBefore.includes(j));
      fs.writeFileSync(path.join(applied.platformDir, "cdk.tf.json"), JSON.stringify(pinned, null, 2) + "\n");
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    log(`${cell}: deploying the changed program (new sync Job ${second.newJob ?? "none rendered"}) ...`);
    const t = Date.now();
    const deployed = await runDeployment({ ...applied.deployment, action: "deploy", autoApprove: true });
    second.applyMs = Date.now() - t;
    const stack = deployed.stacks.find((s) => s.name.endsWith("-platform"));
    second.applyStatus = stack?.status;
    second.applyMessage = stack?.message;
    log(`${cell}: second deploy ${stack?.status} in ${Math.round(second.applyMs / 1000)} s: ${stack?.message}`);
    if (!second.newJob || stack?.status !== "applied") return;
    const tj = Date.now();
    await kubectl(["wait", "-n", ns, "--for=condition=complete", `job/${second.newJob}`, "--timeout=1200s"], { check: false });
    second.jobCompleteMs = Date.now() - tj;
    second.jobStatus = (await getJson(kubectl, ["job", "-n", ns, second.newJob]))?.status as Json;
    second.jobLog = (await kubectl(["logs", "-n", ns, `job/${second.newJob}`, "--tail=40"], { check: false })).stdout;
    log(`${cell}: Job ${second.newJob} after ${Math.round(second.jobCompleteMs / 1000)} s: ${JSON.stringify(second.jobStatus)}\n${second.jobLog}`);
    await kubectl(["rollout", "status", "-n", ns, "deployment/keycloak", "--timeout=900s"], { check: false });
    await tokens(kubectl, ns, [NEW_CLIENT, DEMO_API_CLIENT]);
    log(`${cell}: tokens from ${second.tokenPod}: ${JSON.stringify(second.tokens)}`);
    watchKeycloak(kubectl, ns);
  } catch (err) {
    second.error = (err as Error).stack ?? String(err);
    log(`${cell}: second deploy failed: ${second.error}`);
  }
}

let tmp: string | undefined;
let result: ConformanceRun | undefined;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-runtime-iam-sync-"));
  result = await runConformance({
    patterns: ["iam"],
    targets: ["onprem"],
    jobs: 1,
    runtime: true,
    rolloutTimeoutMs: 900_000,
    reportDir: path.join(tmp, "report"),
    handleSignals: false,
    log,
    afterApply: deployChangedProgram,
  });
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});
const cell = (): CellReport => result!.report.cells.find((c) => c.id === "iam/onprem")!;

test("the changed program deploys against the same state and its realm sync Job completes", () => {
  expect(second.error).toBeUndefined();
  expect(second.applyStatus).toBe("applied");
  expect(second.newJob).toMatch(/^kc-sync-[a-z0-9-]+-[0-9a-f]{8}$/);
  expect(second.jobsBefore).not.toContain(second.newJob);
  expect(second.jobStatus).toMatchObject({ succeeded: 1 });
  // The Job's own evidence: what partialImport added (names only) and the role grant.
  expect(second.jobLog).toMatch(new RegExp(`content synced: added [1-9][0-9]*, skipped [0-9]+; added: .*\\b${NEW_CLIENT}\\b`));
  expect(second.jobLog).toMatch(new RegExp(`added: .*\\b${NEW_ROLE}\\b`));
  expect(second.jobLog).toMatch(new RegExp(`added: .*\\b${NEW_GROUP}\\b`));
  expect(second.jobLog).toMatch(new RegExp(`service account \\S*${NEW_CLIENT}: realm roles ${NEW_ROLE}`));
});

test("the new client gets a client-credentials token with the new role; the old client still gets its token", () => {
  expect(second.tokens[NEW_CLIENT]?.status).toMatch(/^HTTP\/1\.[01] 200/);
  expect(second.tokens[NEW_CLIENT]?.claims).toMatchObject({
    azp: NEW_CLIENT,
    iss: expect.stringMatching(/^https:\/\/id-iam-onprem\.apps\.example\.de\/realms\//),
    realm_access: { roles: expect.arrayContaining([NEW_ROLE]) },
  });
  expect(second.tokens[DEMO_API_CLIENT]?.status).toMatch(/^HTTP\/1\.[01] 200/);
  expect(second.tokens[DEMO_API_CLIENT]?.claims).toMatchObject({ azp: DEMO_API_CLIENT });
});

test("levels 1-6 pass on the changed program: no drift after the second deploy, the level-5 checks pass, destroy leaves nothing", () => {
  const c = cell();
  const levels = c.levels.filter((l) => l.level >= 1 && l.level <= 6 && l.status !== "n/a");
  expect(levels.map((l) => `L${l.level}:${l.status}${l.status === "pass" ? "" : ` ${l.message}`}`)).toEqual(levels.map((l) => `L${l.level}:pass`));
  const l5 = Object.fromEntries(c.levels.find((l) => l.level === 5)!.checks!.map((k) => [k.name, k]));
  expect(l5["plan after apply"]).toMatchObject({ ok: true, message: "no changes" });
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
});

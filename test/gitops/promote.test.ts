/**
 * Promotion through the stages with the GitOps engine (issue 29): `promote` writes the next
 * stage's rendering as a commit on a review branch, leaves the current branch untouched, follows
 * the stage table (replicas), refuses skipping a stage, and refuses a direct write to production.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import "../../patterns";
import { getPattern } from "../../patterns/registry";
import { targets } from "../../providers";
import { STAGE_DEFAULTS } from "../../core/profile";
import { generateAgeIdentity, GitOpsModel, referenceBase, synthGitOps, writeGitOps } from "../../engines/gitops";
import { promote } from "../../cli/commands/promote";
import { run } from "../../tools/cache";
import { ensureKustomize } from "../../tools/kustomize";

jest.setTimeout(300_000);

const recipient = generateAgeIdentity(Buffer.alloc(32, 3)).recipient;
const env = { ...process.env, STACKWERK_CREDENTIALS_SEED: "promote-test-seed-0123456789abcdef0123" };
const gitUrl = "http://127.0.0.1:9/platform.git";
const ident = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" };
let repo: string;
const git = async (...a: string[]) => (await run("git", ["-C", repo, ...a], { env: { ...process.env, ...ident } })).stdout.trim();

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-promote-"));
  await run("git", ["init", "--quiet", "--initial-branch=main", repo]);
  const model = new GitOpsModel();
  const instance = getPattern("web-app").create(model, "web-app", { target: targets.onprem(), stage: "test" });
  writeGitOps(repo, synthGitOps([instance], { gitUrl, recipients: [recipient], seed: env.STACKWERK_CREDENTIALS_SEED, base: (p) => referenceBase(p) }));
  await git("add", "-A");
  await git("commit", "--quiet", "-m", "web-app at test");
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

test("test -> acceptance is a commit on a review branch; main is unchanged; the stage table applies", async () => {
  const mainBefore = await git("rev-parse", "main");
  const result = await promote({ instance: "web-app", from: "test", to: "acceptance", repo, gitUrl, recipients: [recipient], env });
  expect(result.branch).toBe("promote/web-app/test-to-acceptance");
  expect(await git("rev-parse", "main")).toBe(mainBefore);
  expect(await git("rev-parse", "--abbrev-ref", "HEAD")).toBe("main");
  expect(fs.existsSync(path.join(repo, "tenants/web-app/acceptance"))).toBe(false);
  const changed = (await git("diff", "--name-only", `main..${result.branch}`)).split("\n");
  expect(changed.some((f) => f.startsWith("tenants/web-app/acceptance/web-app/platform/"))).toBe(true);
  expect(changed.filter((f) => f.startsWith("tenants/web-app/test/"))).toEqual([]);
  expect(changed).toContain("flux/web-app-acceptance-web-app-platform.yaml");
  const flux = yaml.load(await git("show", `${result.branch}:flux/kustomization.yaml`)) as { resources: string[] };
  expect(flux.resources).toEqual(expect.arrayContaining(["web-app-test-web-app-platform.yaml", "web-app-acceptance-web-app-platform.yaml"]));
  // The promotion writes an overlay on the base the test stage uses; the base does not change.
  expect(changed.filter((f) => f.startsWith("bases/"))).toEqual([]);
  expect(fs.existsSync(path.join(repo, "bases/web-app/onprem/platform/kustomization.yaml"))).toBe(true);
  // What Flux would apply: kustomize build of the promoted overlay, from the branch's tree.
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-promote-tree-"));
  try {
    await run("sh", ["-c", `git -C '${repo}' archive '${result.branch}' | tar -x -C '${tree}'`]);
    const built = yaml.loadAll(
      (await run(await ensureKustomize(), ["build", path.join(tree, "tenants/web-app/acceptance/web-app/platform")])).stdout,
    ) as Array<{
      kind: string;
      metadata: { name: string; namespace: string };
      spec: { minReplicas: number };
    }>;
    const hpa = built.find((o) => o.kind === "HorizontalPodAutoscaler" && o.metadata.name === "web");
    expect(hpa?.metadata.namespace).toBe("web-app-acceptance");
    expect(hpa?.spec.minReplicas).toBe(STAGE_DEFAULTS.acceptance.minReplicas);
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
});

test("skipping a stage and a direct write to production are refused", async () => {
  await expect(promote({ instance: "web-app", from: "test", to: "training", repo, gitUrl, recipients: [recipient], env })).rejects.toThrow(
    /one stage at a time\. Allowed after test: acceptance/,
  );
  await expect(promote({ instance: "web-app", from: "training", to: "production", repo, gitUrl, recipients: [recipient], env, direct: true })).rejects.toThrow(
    /production is never written directly/,
  );
  await expect(promote({ instance: "web-app", from: "acceptance", to: "training", repo, gitUrl, recipients: [recipient], env })).rejects.toThrow(
    /is not at acceptance/,
  );
});

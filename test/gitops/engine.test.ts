/**
 * The GitOps engine without a cluster: every registered pattern on-prem renders to the Kustomize
 * layout; no secret value appears anywhere in the output (the whole output is searched for every
 * generated and input-fed value); a second synth writes the same bytes; add-ons come before the
 * platform (Flux dependsOn, Argo CD sync waves); bad options fail with an error naming what is allowed.
 */
import "../../patterns";
import { getPattern, registeredPatterns } from "../../patterns/registry";
import { targets } from "../../providers";
import { generateAgeIdentity, GitOpsModel, GitOpsOutput, synthGitOps } from "../../engines/gitops";
import { parseRecipient, bech32Decode } from "../../engines/gitops/age";
import * as yaml from "js-yaml";

const SEED = "0123456789abcdef0123456789abcdef-test-seed";
const recipient = generateAgeIdentity(Buffer.alloc(32, 7)).recipient;

function synth(pattern: string, options: Partial<Parameters<typeof synthGitOps>[1]> = {}): GitOpsOutput {
  const model = new GitOpsModel();
  const instance = getPattern(pattern).create(model, pattern, {
    target: targets.onprem({ kubeconfigPath: "/nonexistent/kubeconfig", kubeconfigCheckedAtSynth: false, gpuNodes: 1 }),
    stage: "test",
  });
  return synthGitOps([instance], { recipients: [recipient], seed: SEED, gitUrl: "http://127.0.0.1:9/platform.git", ...options });
}

const patterns = registeredPatterns().map((p) => p.name);

test.each(patterns)("%s: no secret value in the output, and Secrets carry SOPS metadata", (pattern) => {
  const out = synth(pattern);
  const secrets = [...out.objects.values()].flat().filter((o) => o.secret);
  const values = secrets.flatMap((s) => Object.values(s.object.stringData as Record<string, string>));
  if (pattern === "web-app") expect(values.length).toBeGreaterThan(1);
  const text = [...out.files.values()].join("\n");
  expect(values.filter((v) => v.length >= 8 && text.includes(v))).toEqual([]);
  for (const s of secrets) {
    const file = [...out.files.entries()].find(([f]) => f.endsWith(`secret-${s.object.metadata.namespace}-${s.object.metadata.name}.yaml`));
    expect(file).toBeDefined();
    const doc = yaml.load(file![1]) as { sops?: { age: Array<{ recipient: string }> }; stringData: Record<string, string> };
    expect(doc.sops?.age.map((a) => a.recipient)).toEqual([recipient]);
    for (const v of Object.values(doc.stringData)) expect(v).toMatch(/^ENC\[AES256_GCM,data:[^,]+,iv:[^,]+,tag:[^,]+,type:str\]$/);
  }
});

test.each(patterns)("%s: the same model writes the same bytes twice", (pattern) => {
  const a = synth(pattern);
  const b = synth(pattern);
  expect([...a.files.keys()]).toEqual([...b.files.keys()]);
  expect([...a.files.entries()].filter(([f, c]) => b.files.get(f) !== c).map(([f]) => f)).toEqual([]);
});

test("web-app: a Kustomize folder per layer, add-ons before platform for Flux and Argo CD", () => {
  const out = synth("web-app");
  expect(out.units.map((u) => u.name)).toEqual(["web-app-test-web-app-addons", "web-app-test-web-app-platform"]);
  const platform = yaml.load(out.files.get("flux/web-app-test-web-app-platform.yaml")!) as { spec: Record<string, unknown> };
  expect(platform.spec.dependsOn).toEqual([{ name: "web-app-test-web-app-addons" }]);
  expect(platform.spec.decryption).toEqual({ provider: "sops", secretRef: { name: "sops-age" } });
  expect(platform.spec.path).toBe("./tenants/web-app/test/web-app/platform");
  const waves = ["addons", "platform"].map(
    (l) =>
      (yaml.load(out.files.get(`argocd/web-app-test-web-app-${l}.yaml`)!) as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
        "argocd.argoproj.io/sync-wave"
      ],
  );
  expect(waves).toEqual(["0", "1"]);
  const kustomization = yaml.load(out.files.get("tenants/web-app/test/web-app/platform/kustomization.yaml")!) as { resources: string[] };
  const listed = out.objects.get("web-app-test-web-app-platform")!.length;
  expect(kustomization.resources).toHaveLength(listed);
  expect(kustomization.resources).toEqual([...kustomization.resources].sort());
  // Every listed file exists.
  expect(kustomization.resources.filter((f) => !out.files.has(`tenants/web-app/test/web-app/platform/${f}`))).toEqual([]);
});

test("a Secret without an age recipient, a short seed or a bad recipient is refused with what is allowed", () => {
  expect(() => synth("web-app", { recipients: [] })).toThrow(/never written in plaintext.*Allowed: recipients/);
  expect(() => synth("web-app", { seed: "short" })).toThrow(/credentials seed of at least 32 characters \(got 5\).*Allowed/);
  expect(() => synth("web-app", { recipients: ["age1notakey"] })).toThrow(/age recipient "age1notakey".*Allowed/);
  expect(() => synth("web-app", { gitUrl: "" })).toThrow(/gitUrl: required/);
});

test("age keys: Bech32 round trip of a recipient, and a wrong checksum is refused", () => {
  const id = generateAgeIdentity(Buffer.alloc(32, 1));
  expect(id.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
  expect(id.recipient).toMatch(/^age1[0-9a-z]{58}$/);
  expect(parseRecipient(id.recipient)).toHaveLength(32);
  expect(bech32Decode(id.identity).data).toEqual(Buffer.alloc(32, 1));
  const broken = id.recipient.slice(0, -1) + (id.recipient.endsWith("q") ? "p" : "q");
  expect(() => parseRecipient(broken)).toThrow(/bad checksum/);
});

/**
 * A cdktf token marker typed into a user string (`${TfToken[TOKEN.3]}`) is text, not a token
 * (issue 26): before the fix, cdktf resolved it to whatever token 3 of the program was (here the
 * state passphrase's key provider, sent to a webhook). Each forged marker reaches the infra,
 * add-ons and platform stacks as text that OpenTofu itself (a scratch `tofu apply`) reads back as
 * the user wrote it, and the real references of the stacks still resolve.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { AiStack, MonitoringStack, targets, WebAppStack } from "../../index";
import { synthesize } from "../../engines/cdktf";
import { ensureToolchain, runTofu } from "../../tools/toolchain";

jest.setTimeout(600_000);

/** Forged markers of every kind cdktf knows (string, list, map), at several token numbers. */
const FORGED = ["${TfToken[TOKEN.3]}", "a${TfToken[TOKEN.0]}b${TfToken[TOKEN.17]}", "#{TfToken[TOKEN.2]}", "&{TfToken[TOKEN.4]}"];

/** Every string in `value` (keys too) that holds `needle`. */
function stringsWith(value: unknown, needle: RegExp, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (needle.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => stringsWith(v, needle, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      stringsWith(k, needle, out);
      stringsWith(v, needle, out);
    }
  return out;
}

test("forged token markers in user strings reach every stack as text, read back verbatim by OpenTofu", async () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-forged-"));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-forged-read-"));
  try {
    const app = new App({ outdir });
    new MonitoringStack(app, "mon", {
      target: targets.stackit(),
      receivers: FORGED.map((f, i) => ({ type: "webhook" as const, url: `https://hooks.example.de/alert?n=${i}&x=${f}` })),
    });
    new AiStack(app, "ai", {
      target: targets.stackit(),
      model: "Qwen/Qwen2.5-0.5B-Instruct",
      keyRotation: `rotation-${FORGED[1]}`,
      governance: { riskClass: "limited", intendedPurpose: "answers questions", modelCard: "model card", dataResidency: "DE" },
    });
    new WebAppStack(app, "shop", {
      target: targets.onprem(),
      image: "registry.example.de/shop/web:1.4.2",
      env: Object.fromEntries(FORGED.map((f, i) => [`FORGED_${i}`, f])),
    });
    const stacks = synthesize(app);
    const json = Object.fromEntries(stacks.map((s) => [s.name, JSON.parse(fs.readFileSync(s.file, "utf8"))]));
    // The forged markers arrive in the infra stacks (webhooks, rotation key) and the platform stack (env).
    const carried = stringsWith(json, /TfToken/);
    expect(stringsWith(json["mon-infra"], /hooks\.example\.de/).length).toBe(FORGED.length);
    expect(stringsWith(json["ai-infra"], /^rotation-/).length).toBe(1);
    // Nothing a forged marker could have turned into: the state key provider or another reference.
    expect(stringsWith(json["mon-infra"], /hooks\.example\.de/).filter((s) => /key_provider|var\.|\bdata\./.test(s))).toEqual([]);
    // OpenTofu's reading of each carrying string: an output holding them, applied in a scratch folder.
    const tc = await ensureToolchain();
    fs.writeFileSync(path.join(scratch, "main.tf.json"), JSON.stringify({ output: { read: { value: carried } } }));
    const apply = await runTofu(tc, scratch, ["apply", "-auto-approve", "-input=false", "-no-color"]);
    expect(apply.code).toBe(0);
    const read: string[] = JSON.parse((await runTofu(tc, scratch, ["output", "-json", "read"], { check: true })).stdout);
    const expected = [...FORGED.map((f, i) => `https://hooks.example.de/alert?n=${i}&x=${f}`), `rotation-${FORGED[1]}`, ...FORGED];
    for (const text of expected) expect({ text, found: read.includes(text) }).toEqual({ text, found: true });
    // Real references still resolve: the webhook stack still encrypts its state with its own key provider.
    expect(JSON.stringify(json["mon-infra"])).toContain("${key_provider.pbkdf2.state}");
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

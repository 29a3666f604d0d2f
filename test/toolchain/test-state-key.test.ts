/**
 * The suite's state key (test/support/state-key.ts, ADR 0455) does what the tests rely on, with
 * the real OpenTofu: merged into the encryption block a stack synthesises, it keys the stack's own
 * AES-GCM method (the state is ciphertext, its metadata names the external provider), and a state
 * written that way does not open with the stack's passphrase derivation. Were OpenTofu to stop
 * merging the method, the suite would fall back to PBKDF2 without a word: this test says so.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureToolchain, runTofu, Toolchain } from "../../tools/toolchain";
import { synthPattern } from "../../index";
import { targetByName } from "../../providers";
import { PASSPHRASE } from "../support/tofu";
import { FIXED_KEY_ENCRYPTION, PBKDF2_TEST_ENCRYPTION } from "../support/state-key";

jest.setTimeout(120_000);

let tc: Toolchain;
let dir: string;

beforeAll(async () => {
  tc = await ensureToolchain();
  // The encryption block and passphrase variable of a real platform stack, without its resources.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-state-key-"));
  const platform = synthPattern({ pattern: "web-app", target: targetByName("onprem"), stage: "test", outdir: out }).find((s) => s.role === "platform")!;
  const json = JSON.parse(fs.readFileSync(platform.file, "utf8"));
  dir = path.join(out, "minimal");
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, "main.tf.json"),
    JSON.stringify({
      terraform: { encryption: json.terraform.encryption },
      variable: { state_passphrase: json.variable.state_passphrase },
      output: { probe: { value: "state-key-probe" } },
    }),
  );
});

afterAll(() => {
  if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

const tofu = (args: string[], encryption: string) => runTofu(tc, dir, [...args, "-no-color"], { env: { ...PASSPHRASE, TF_ENCRYPTION: encryption } });

test("the suite's key encrypts the stack's state through its own AES-GCM method; the passphrase's derivation cannot open it", async () => {
  expect(process.env.TF_ENCRYPTION).toBe(FIXED_KEY_ENCRYPTION); // the global setup set it for every test process
  const init = await tofu(["init", "-input=false"], FIXED_KEY_ENCRYPTION);
  expect({ code: init.code, err: init.code ? init.stderr : "" }).toEqual({ code: 0, err: "" });
  const apply = await tofu(["apply", "-auto-approve", "-input=false"], FIXED_KEY_ENCRYPTION);
  expect({ code: apply.code, err: apply.code ? apply.stderr : "" }).toEqual({ code: 0, err: "" });

  const state = JSON.parse(fs.readFileSync(path.join(dir, "terraform.tfstate"), "utf8"));
  expect(Object.keys(state.meta)).toEqual(["key_provider.external.test"]);
  expect({ encrypted: typeof state.encrypted_data, outputs: state.outputs }).toEqual({ encrypted: "string", outputs: undefined });

  const shown = await tofu(["output", "-raw", "probe"], FIXED_KEY_ENCRYPTION);
  expect({ code: shown.code, out: shown.stdout, err: shown.stderr }).toEqual({ code: 0, out: "state-key-probe", err: "" });
  const derived = await tofu(["output", "-raw", "probe"], PBKDF2_TEST_ENCRYPTION);
  expect({ code: derived.code, out: derived.stdout }).toEqual({ code: 1, out: "" });
  expect(derived.stderr).toMatch(/decrypt/i);
});

/**
 * Where the tests' tofu commands get the AES-GCM key for state and plan encryption (ADR 0450,
 * ADR 0455). The stacks derive it from their passphrase with PBKDF2-SHA512, several times per
 * tofu command; even at OpenTofu's minimum work factor that was 42% of OpenTofu's own CPU in an
 * upgrade test, over a thousand commands per run. So the suite hands OpenTofu a fixed key through
 * its external key provider (test-state-key.sh) by TF_ENCRYPTION, which OpenTofu merges into the
 * stacks' encryption block: the `aes_gcm "state"` method takes its key from there. State and
 * plans stay AES-GCM ciphertext and encryption stays enforced, as synthesised.
 *
 * The derivation users get is still run by the test that owns it: test/web-app/deploy.test.ts
 * sets `PBKDF2_TEST_ENCRYPTION` (the passphrase's PBKDF2 at OpenTofu's minimum work factor) and
 * checks the key provider in the state's metadata, a wrong passphrase and the saved plan.
 */
import { createHash } from "node:crypto";
import * as path from "node:path";

/** The PBKDF2 work factor of test/web-app/deploy.test.ts: OpenTofu's minimum (its default is 600,000). */
export const TEST_PBKDF2_ITERATIONS = 200_000;

/** TF_ENCRYPTION for a test that exercises the stacks' own passphrase derivation. */
export const PBKDF2_TEST_ENCRYPTION = `key_provider "pbkdf2" "state" {\n  iterations = ${TEST_PBKDF2_ITERATIONS}\n}\n`;

/** The external key provider program (run by /bin/sh, so a checkout without exec bits works too). */
export const TEST_KEY_PROGRAM = path.join(__dirname, "test-state-key.sh");

/** TF_ENCRYPTION of the suite: the stacks' AES-GCM method keyed by the test key program. */
export const FIXED_KEY_ENCRYPTION =
  `key_provider "external" "test" {\n  command = ["/bin/sh", ${JSON.stringify(TEST_KEY_PROGRAM)}]\n}\n` +
  `method "aes_gcm" "state" {\n  keys = key_provider.external.test\n}\n`;

/**
 * The suite's fixed 256-bit key, base64 (what the key program prints). Derived from a label, not
 * random, so state written by one test run still opens in the next; it protects test state only.
 */
export const TEST_STATE_KEY = createHash("sha256").update("stackwerk test-suite state key (ADR 0455)").digest("base64");

/**
 * Where a stack keeps its OpenTofu state and how it is encrypted (the cdktf engine's part of
 * ADR 0011 / 0020): local state next to the stack's JSON, AES-GCM encryption from a passphrase.
 */
import { LocalBackend, TerraformStack, TerraformVariable } from "./cdk";
import { tfExpression } from "./stack-escape";

/**
 * Local state next to the stack's JSON (relative path), not cdktf's default absolute path
 * into the folder synth ran in. Users switch to a remote backend with `stack.addOverride`.
 */
export function stateInStackFolder(stack: TerraformStack): void {
  new LocalBackend(stack, { path: "terraform.tfstate" });
}

/** Variable holding the passphrase that encrypts a stack's state and plans (infra and platform). */
export const STATE_PASSPHRASE_VARIABLE = "state_passphrase";

/**
 * OpenTofu state and plan encryption (AES-GCM, key from a PBKDF2 passphrase), enforced: infra
 * state holds provider-computed secrets (database passwords, access keys), platform state and
 * saved plans the inputs and objects of the cluster, so neither is written in plaintext. The
 * passphrase is a sensitive variable without default, needed for every tofu command on the
 * stack (`TF_VAR_state_passphrase`, at least 16 characters). See ADR 0011 and ADR 0020.
 */
export function encryptState(stack: TerraformStack): void {
  new TerraformVariable(stack, STATE_PASSPHRASE_VARIABLE, {
    type: "string",
    sensitive: true,
    description: "Passphrase (16+ characters) that encrypts this stack's state and plans; keep it in your secret store",
  });
  // In JSON syntax the method references are bare traversals, the key reference an expression.
  stack.addOverride("terraform.encryption", {
    key_provider: { pbkdf2: { state: { passphrase: tfExpression(`var.${STATE_PASSPHRASE_VARIABLE}`) } } },
    method: { aes_gcm: { state: { keys: tfExpression("key_provider.pbkdf2.state") } } },
    state: { method: "method.aes_gcm.state", enforced: true },
    plan: { method: "method.aes_gcm.state", enforced: true },
  });
}

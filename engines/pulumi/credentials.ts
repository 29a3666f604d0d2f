/**
 * Generated credentials under Pulumi: each value is derived (HMAC-SHA256) from the stack's secret
 * seed (`stackwerk:credentials_seed`, encrypted in the stack config), the Secret, the key and the
 * rotation counter (`stackwerk:credentials_rotation`, like the Terraform engine's stacks' `credentials_rotation`
 * variable, ADR 0023). The same inputs give the same value on every run (no change on a re-run);
 * raising the counter gives new values and rewrites every generated Secret. No provider plugin is
 * needed (the random provider's plugin cannot be built here) and the values are Pulumi secrets
 * (encrypted in state). See docs/adr/0140-pulumi-real-engine.md.
 */
import * as pulumi from "@pulumi/pulumi";
import { credentialLabel, deriveCredential } from "../shared/credential";

export { deriveCredential } from "../shared/credential";

/** The rotation counter from config: a whole number of at least 1. */
export function credentialsRotation(config: pulumi.Config): number {
  const text = config.get("credentials_rotation") ?? "1";
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(
      `stackwerk:credentials_rotation: ${JSON.stringify(text)} is not allowed. Allowed: a whole number of at least 1 (raise it to rotate generated credentials)`,
    );
  }
  return n;
}

/** Makes generated values for the layers of one Pulumi program. */
export class CredentialSource {
  private readonly seed: pulumi.Output<string>;
  readonly rotation: number;

  constructor(config: pulumi.Config, where: string) {
    const seed = config.getSecret("credentials_seed");
    if (seed === undefined) {
      throw new Error(
        `[${where}] stackwerk:credentials_seed: required for generated credentials and not set. Allowed: a secret of at least 32 characters, e.g. pulumi config set --secret stackwerk:credentials_seed "$(openssl rand -hex 32)"`,
      );
    }
    this.seed = seed.apply((s) => {
      if (s.length < 32) throw new Error(`[${where}] stackwerk:credentials_seed: ${s.length} characters. Allowed: at least 32 characters`);
      return s;
    });
    this.rotation = credentialsRotation(config);
  }

  /** The generated value of `key` in Secret `namespace/name` (a Pulumi secret). */
  value(namespace: string, name: string, key: string, length: number): pulumi.Output<string> {
    return pulumi.secret(this.seed.apply((s) => deriveCredential(s, credentialLabel(namespace, name, key, this.rotation), length)));
  }
}

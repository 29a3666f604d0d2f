/**
 * Cloud credentials: placeholders for the offline plan of level 3, and detection of real
 * credentials for level 7. Level 3 always runs with placeholders (real credentials in the
 * environment are removed for it), so it never reaches a cloud API by accident.
 */

export interface CloudCredentials {
  readonly target: string;
  /** Environment variables the provider reads (any of `anyOf` groups must be fully set). */
  readonly anyOf: readonly (readonly string[])[];
  /** Every variable of the cloud's provider, removed for level 3. */
  readonly all: readonly string[];
  /** Placeholder values for the offline plan. */
  readonly placeholders: Readonly<Record<string, string>>;
}

export const CLOUD_CREDENTIALS: Readonly<Record<string, CloudCredentials>> = {
  stackit: {
    target: "stackit",
    anyOf: [["STACKIT_SERVICE_ACCOUNT_KEY"], ["STACKIT_SERVICE_ACCOUNT_KEY_PATH"], ["STACKIT_SERVICE_ACCOUNT_TOKEN"], ["STACKIT_CREDENTIALS_PATH"]],
    all: [
      "STACKIT_SERVICE_ACCOUNT_KEY",
      "STACKIT_SERVICE_ACCOUNT_KEY_PATH",
      "STACKIT_SERVICE_ACCOUNT_TOKEN",
      "STACKIT_CREDENTIALS_PATH",
      "STACKIT_PRIVATE_KEY",
      "STACKIT_PRIVATE_KEY_PATH",
      "STACKIT_SERVICE_ACCOUNT_EMAIL",
    ],
    placeholders: { STACKIT_SERVICE_ACCOUNT_TOKEN: "stackwerk-conformance-placeholder-token" },
  },
  ionos: {
    target: "ionos",
    anyOf: [["IONOS_TOKEN"], ["IONOS_USERNAME", "IONOS_PASSWORD"]],
    all: ["IONOS_TOKEN", "IONOS_USERNAME", "IONOS_PASSWORD", "IONOS_S3_ACCESS_KEY", "IONOS_S3_SECRET_KEY", "IONOS_API_URL"],
    placeholders: {
      IONOS_TOKEN: "stackwerk-conformance-placeholder-token",
      IONOS_S3_ACCESS_KEY: "stackwerk-placeholder-access-key",
      IONOS_S3_SECRET_KEY: "stackwerk-placeholder-secret-key",
    },
  },
};

/** Names of the credential variables of `target` that are set, when a complete group is. */
export function realCredentials(target: string, env: NodeJS.ProcessEnv = process.env): string[] | undefined {
  const c = CLOUD_CREDENTIALS[target];
  if (!c) return undefined;
  const group = c.anyOf.find((g) => g.every((name) => (env[name] ?? "") !== ""));
  return group ? [...group] : undefined;
}

export function credentialHint(target: string): string {
  const c = CLOUD_CREDENTIALS[target];
  return c ? c.anyOf.map((g) => g.join(" + ")).join(", or ") : "(no cloud)";
}

/**
 * Environment overrides for an offline plan: every real credential variable blanked,
 * placeholders set. Applied on top of the process environment by the tofu runner.
 */
export function placeholderEnv(target: string): Record<string, string> {
  const c = CLOUD_CREDENTIALS[target];
  if (!c) return {};
  const env: Record<string, string> = {};
  for (const name of c.all) env[name] = "";
  return { ...env, ...c.placeholders };
}

/**
 * Rules for container environment variables, shared by every construct that writes `env`:
 * valid names, no user value replacing one Stackwerk wires (PGHOST, ...), and no secret in a
 * plain value (a plain value lands in synth output, plan and state; secrets belong in Secrets,
 * referenced through `secretEnv` or `envFromSecrets`).
 */
import type { IConstruct } from "constructs";
import { fail } from "../core/errors";

/** A portable variable name (POSIX shells and every runtime read it). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names that say "this is a credential": PASSWORD, DB_PASS, API_KEY, CLIENT_SECRET, AUTH_TOKEN, ... */
const SECRET_NAME = /(^|_)(PASS|PASSWD|PASSWORD|PASSPHRASE|PWD|SECRET|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|ACCESS_KEY|SECRET_KEY|CREDENTIALS?|AUTH)(_|$)/i;
/** Credential words glued to another word (DBPASSWORD, smtpPassword, APITOKEN); PASS, PWD and AUTH only with a separator (BYPASS, OLDPWD, OAUTH). */
const SECRET_NAME_SUFFIX = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|APIKEY|CREDENTIALS?|PRIVATEKEY|ACCESSKEY|SECRETKEY)$/i;
/** Suffixes that name where a secret is, not the secret: PASSWORD_FILE, TOKEN_URL, SECRET_NAME. */
const REFERENCE_SUFFIX = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|NAME|ENABLED|LENGTH|TTL)$/i;
/**
 * Values that cannot be a credential: empty, a boolean, a small number, or a path of at least two
 * segments (`/run/secrets/db`): a single `/word` may as well be a password starting with `/`.
 */
const HARMLESS_VALUE = /^(|\/(?:[A-Za-z0-9._-]+\/)+[A-Za-z0-9._-]*|true|false|yes|no|on|off|[0-9]{1,6})$/i;

/** Values that are credentials whatever the name: URLs with a password, private keys, well-known token formats. */
const SECRET_VALUES: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  { what: "a URL with a password (scheme://user:password@host)", pattern: /^[a-z][a-z0-9+.-]*:\/\/[^/@\s:]*:[^/@\s]+@/i },
  { what: "a private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { what: "an AWS access key id", pattern: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { what: "a GitHub/GitLab token", pattern: /\b(gh[pousr]_[A-Za-z0-9]{30,}|glpat-[A-Za-z0-9_-]{20,})\b/ },
  { what: "a JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { what: "a Stripe key", pattern: /\b[rs]k_(live|test)_[A-Za-z0-9]{16,}/ },
  { what: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { what: "a Slack webhook URL (the URL is the credential)", pattern: /^https:\/\/hooks\.slack\.com\/(services|workflows|triggers)\/[A-Za-z0-9/_-]+/i },
  { what: "an OpenAI-style API key", pattern: /\bsk-(proj-|svcacct-|ant-)?[A-Za-z0-9_-]{20,}/ },
  { what: "a Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { what: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: "an npm or GitHub fine-grained token", pattern: /\b(npm_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,})\b/ },
];

/** Rules for validating a plain `env` map: names wired by Stackwerk, and where secrets belong instead. */
export interface EnvRules {
  /** Names Stackwerk sets itself (wired from a database, bucket, ...); the user may not set them. */
  readonly wired?: readonly string[];
  /** Where wired names come from, for the message, e.g. `database/bucket wiring`. */
  readonly wiredBy?: string;
  /** How the caller can pass secrets instead, for the message. @default "secretEnv or envFromSecrets" */
  readonly secretAlternative?: string;
}

/** Requires valid names for a map of environment variables (`env`, `secretEnv`). */
export function requireEnvNames(scope: IConstruct | string, property: string, env: unknown): void {
  if (env === undefined) return;
  if (typeof env !== "object" || env === null || Array.isArray(env))
    fail(scope, property, `${JSON.stringify(env)} is not allowed. Allowed: an object of NAME: value`);
  for (const name of Object.keys(env)) {
    if (!ENV_NAME.test(name)) {
      fail(scope, `${property}.${name}`, `${JSON.stringify(name)} is not a valid variable name. Allowed: letters, digits and '_', not starting with a digit`);
    }
  }
}

/** Why `value` under `name` looks like a secret, or undefined. */
export function secretLooking(name: string, value: string): string | undefined {
  for (const { what, pattern } of SECRET_VALUES) if (pattern.test(value)) return `the value looks like ${what}`;
  const credentialName = SECRET_NAME.test(name) || SECRET_NAME_SUFFIX.test(name);
  if (credentialName && !REFERENCE_SUFFIX.test(name) && !HARMLESS_VALUE.test(value.trim())) return "the name says it holds a credential";
  return undefined;
}

/** Validates plain `env`: names, string values, no overriding of wired names, no secrets in plain values. */
export function validatePlainEnv(scope: IConstruct | string, property: string, env: unknown, rules: EnvRules = {}): void {
  requireEnvNames(scope, property, env);
  for (const [name, value] of Object.entries((env ?? {}) as Record<string, unknown>)) {
    if (typeof value !== "string") fail(scope, `${property}.${name}`, `${JSON.stringify(value)} is not allowed. Allowed: a string`);
    if (rules.wired?.includes(name)) {
      fail(
        scope,
        `${property}.${name}`,
        `is set by Stackwerk (${rules.wiredBy ?? "wiring"}) and may not be overridden. Allowed: any other name; wired names: ${rules.wired.join(", ")}`,
      );
    }
    const why = secretLooking(name, value);
    if (why) {
      fail(
        scope,
        `${property}.${name}`,
        `${why}; plain values end up in synth output, plan and state. Allowed: a reference to a Secret (${rules.secretAlternative ?? "secretEnv or envFromSecrets"})`,
      );
    }
  }
}

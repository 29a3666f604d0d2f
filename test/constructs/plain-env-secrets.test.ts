/**
 * The plain-env secret check (issue 26, low): values and names the review found slipping through
 * (a password starting with `/`, Stripe and Slack tokens, Slack webhook URLs, `DBPASSWORD`) are
 * refused in plain `env`; paths, flags and ordinary values under ordinary names still pass.
 */
import { secretLooking, validatePlainEnv } from "../../constructs/env";
import { StackwerkValidationError } from "../../core/errors";

const SECRETS: Array<[string, string]> = [
  ["DB_PASSWORD", "/xK9vq2LmPz"],
  ["DB_PASSWORD", "/s3cr3t"],
  ["PAYMENT_KEY", "sk_live_51HqLyjWDarjtT1zdp7dcXw8Q"],
  ["STRIPE", "rk_live_51HqLyjWDarjtT1zdp7dcXw8Q"],
  ["SLACK", "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"],
  ["NOTIFY", "xoxp-1234567890-0987654321-AbCdEfGhIjKl"],
  ["ALERTS", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
  ["DBPASSWORD", "hunter2hunter2"],
  ["smtpPassword", "hunter2hunter2"],
  ["APITOKEN", "abc123def456"],
  ["HF", "hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"],
  ["GOOGLE", "AIzaSyA1234567890abcdefghijklmnopqrstuv"],
  ["LLM", "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"],
];

const HARMLESS: Array<[string, string]> = [
  ["DB_PASSWORD_FILE", "/run/secrets/db"],
  ["DB_PASSWORD", "/run/secrets/db-password"],
  ["LOG_LEVEL", "debug"],
  ["BASE_PATH", "/api"],
  ["TOKEN_TTL", "3600"],
  ["AUTH_ENABLED", "true"],
  ["WEBHOOK_URL", "https://hooks.example.de/alerts"],
  ["COMPASS_HEADING", "north"],
  ["BYPASS_CACHE", "yes"],
];

test.each(SECRETS)("%s=%s is refused as a secret in plain env", (name, value) => {
  expect(secretLooking(name, value)).toBeDefined();
  expect(() => validatePlainEnv("shop", "env", { [name]: value })).toThrow(StackwerkValidationError);
});

test.each(HARMLESS)("%s=%s passes", (name, value) => {
  expect(secretLooking(name, value)).toBeUndefined();
});

/**
 * The in-cluster RabbitMQ's init script, run for real: `sh` (POSIX, as the image's busybox ash)
 * with od, openssl and base64 fills the definitions' password-hash placeholders from the client
 * Secrets' env; every filled hash verifies against its password by RabbitMQ's algorithm, an
 * unfilled placeholder stops the script, and a real RabbitMQ 3.10 node imports the filled
 * definitions and authenticates each client with its own password only.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { renderRabbitDefinitions } from "../../patterns/event-bus/topology";
import { rabbitDefinitionsScript, RABBIT_HASH_FUNCTION } from "../../providers/shared/in-cluster-broker";
import { ordersAmqp } from "./fixtures";
import { ensureRabbitmq, RabbitNode, startRabbitmq } from "./support/rabbitmq";

jest.setTimeout(240_000);
const run = promisify(execFile);

const PASSWORDS = ["shop-password-0123456789", "billing-password-0123456789", "shipping-password-0123456789"];
let dir: string;
let node: RabbitNode | undefined;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-broker-script-"));
});
afterAll(async () => {
  await node?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** True when `hash` is RabbitMQ's sha256 hash of `password`: base64(salt ‖ sha256(salt ‖ password)). */
function verifies(hash: string, password: string): boolean {
  const bytes = Buffer.from(hash, "base64");
  if (bytes.length !== 36) return false;
  const salt = bytes.subarray(0, 4);
  const digest = createHash("sha256")
    .update(Buffer.concat([salt, Buffer.from(password, "utf8")]))
    .digest();
  return digest.equals(bytes.subarray(4));
}

async function fill(placeholders: readonly string[], passwords: readonly string[]): Promise<{ file: string; home: string }> {
  const home = fs.mkdtempSync(path.join(dir, "home-"));
  const source = path.join(dir, "template.json");
  const target = path.join(home, "definitions.json");
  fs.writeFileSync(source, JSON.stringify(renderRabbitDefinitions(ordersAmqp()).definitions));
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, ERLANG_COOKIE: "cookie-0123456789" };
  passwords.forEach((p, i) => (env[`CLIENT_${i}_PASSWORD`] = p));
  await run("sh", ["-c", rabbitDefinitionsScript(placeholders, source, target)], { env });
  return { file: target, home };
}

test("the hash function matches RabbitMQ's algorithm for passwords with shell-special characters", async () => {
  for (const password of ["plain", "with space", "quote'\"$`\\%n", "ümlaut-€"]) {
    const { stdout } = await run("sh", ["-c", `${RABBIT_HASH_FUNCTION}\nrabbit_hash "$PW"`], { env: { PATH: process.env.PATH ?? "", PW: password } });
    expect({ password, ok: verifies(stdout, password) }).toEqual({ password, ok: true });
    expect(verifies(stdout, `${password}x`)).toBe(false);
  }
});

test("the init script fills every user's hash and writes the Erlang cookie", async () => {
  const rendered = renderRabbitDefinitions(ordersAmqp());
  const { file, home } = await fill(
    rendered.passwordHashes.map((s) => s.placeholder),
    PASSWORDS,
  );
  const definitions = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(definitions.users).toHaveLength(3);
  definitions.users.forEach((u: { name: string; password_hash: string }, i: number) => {
    expect({ user: u.name, own: verifies(u.password_hash, PASSWORDS[i]), other: verifies(u.password_hash, PASSWORDS[(i + 1) % 3]) }).toEqual({
      user: u.name,
      own: true,
      other: false,
    });
  });
  expect(fs.readFileSync(path.join(home, ".erlang.cookie"), "utf8")).toBe("cookie-0123456789");
  expect(fs.statSync(path.join(home, ".erlang.cookie")).mode & 0o777).toBe(0o600);
  expect(fs.statSync(file).mode & 0o077).toBe(0);
});

test("an unfilled placeholder stops the script (the node would otherwise boot without that user)", async () => {
  const rendered = renderRabbitDefinitions(ordersAmqp());
  await expect(
    fill(
      rendered.passwordHashes.slice(0, 2).map((s) => s.placeholder),
      PASSWORDS.slice(0, 2),
    ),
  ).rejects.toThrow(/unfilled password hash placeholder/);
});

test("a real RabbitMQ imports the filled definitions and authenticates each client with its own password only", async () => {
  node = await startRabbitmq(ensureRabbitmq());
  const rendered = renderRabbitDefinitions(ordersAmqp());
  const { file } = await fill(
    rendered.passwordHashes.map((s) => s.placeholder),
    PASSWORDS,
  );
  await node.ctl(["import_definitions", file]);
  const users = rendered.passwordHashes.map((s) => s.user);
  for (const [i, user] of users.entries()) {
    await expect(node.ctl(["authenticate_user", user, PASSWORDS[i]])).resolves.toContain("Success");
    await expect(node.ctl(["authenticate_user", user, PASSWORDS[(i + 1) % users.length]])).rejects.toThrow();
  }
}, 600_000);

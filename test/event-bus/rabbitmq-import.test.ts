/**
 * Real import: a RabbitMQ 3.10 node (Debian's package, started on 127.0.0.1 only) imports the
 * rendered definitions with `rabbitmqctl import_definitions` after the password-hash placeholders
 * are filled as a deploy step would, and the test reads everything back with
 * `rabbitmqctl export_definitions`: vhost, quorum queues, policies, bindings, permissions. It also
 * checks that a client password authenticates against the hash, that an unfilled placeholder
 * makes the import fail, and that the permission regexes match exactly in RabbitMQ's own regex
 * engine (Erlang re, PCRE), where `$` alone would also match before a trailing newline.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AmqpTopology, exactNamesPattern, rabbitPasswordHash, renderRabbitDefinitions } from "../../patterns/event-bus/topology";
import { billing, ordersAmqpProps, shop, type Untyped } from "./fixtures";
import { ensureRabbitmq, RabbitNode, startRabbitmq } from "./support/rabbitmq";

jest.setTimeout(240_000);

const PASSWORDS: Record<string, string> = { "shop-bus": "shop-password-0123456789", "billing-bus": "billing-password-0123456789" };
let node: RabbitNode;
let dir: string;

beforeAll(async () => {
  node = await startRabbitmq(ensureRabbitmq());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-definitions-"));
}, 600_000);

afterAll(async () => {
  await node?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function topology(): AmqpTopology {
  return new AmqpTopology(
    "EventBusStack orders",
    ordersAmqpProps({
      exchanges: [
        { name: "orders", type: "topic" },
        { name: "a+b(x)", type: "fanout" },
      ],
      bindings: [
        { exchange: "orders", queue: "billing.orders", routingKey: "order.*" },
        { exchange: "a+b(x)", queue: "shipping.orders" },
      ],
    }),
  )
    .grantPublish(shop, { exchanges: ["orders", "a+b(x)"] })
    .grantConsume(billing, { queues: ["billing.orders", "billing.orders.dlq"] });
}

async function importJson(name: string, json: unknown): Promise<void> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(json));
  await node.ctl(["import_definitions", file]);
}

/** Erlang binary literal for `text` (bytes, so no escaping questions). */
function erlBinary(text: string): string {
  return `<<${[...Buffer.from(text, "utf8")].join(",")}>>`;
}

test("the rendered definitions import, and RabbitMQ reports back what was rendered", async () => {
  const { definitions, passwordHashes } = renderRabbitDefinitions(topology());
  let text = JSON.stringify(definitions);
  for (const slot of passwordHashes) text = text.split(slot.placeholder).join(rabbitPasswordHash(PASSWORDS[slot.credentials.name]));
  await importJson("definitions.json", JSON.parse(text));

  const exported = JSON.parse(await node.ctl(["export_definitions", "-", "--format", "json"]));
  const inVhost = (items: Untyped[]): Untyped[] => items.filter((i) => i.vhost === "orders");
  expect(exported.vhosts.map((v: { name: string }) => v.name)).toContain("orders");
  expect(
    inVhost(exported.queues)
      .map((q: { name: string; durable: boolean; arguments: Record<string, unknown> }) => [q.name, q.durable, q.arguments["x-queue-type"]])
      .sort(),
  ).toEqual(definitions.queues.map((q) => [q.name, true, "quorum"]).sort());
  expect(
    inVhost(exported.exchanges)
      .map((e: { name: string; type: string }) => `${e.name}:${e.type}`)
      .sort(),
  ).toEqual(["a+b(x):fanout", "dead-letter:direct", "orders:topic"]);
  const bindingKey = (b: { source: string; destination: string; routing_key: string }) => `${b.source}->${b.destination}:${b.routing_key}`;
  expect(inVhost(exported.bindings).map(bindingKey).sort()).toEqual(definitions.bindings.map(bindingKey).sort());
  expect(
    inVhost(exported.policies)
      .map((p: { name: string; pattern: string; definition: unknown }) => [p.name, p.pattern, p.definition])
      .sort(),
  ).toEqual(definitions.policies.map((p) => [p.name, p.pattern, p.definition]).sort());
  expect(
    inVhost(exported.permissions)
      .map((p: { user: string; configure: string; write: string; read: string }) => [p.user, p.configure, p.write, p.read])
      .sort(),
  ).toEqual(definitions.permissions.map((p) => [p.user, p.configure, p.write, p.read]).sort());

  // The hash a deploy step computes from the Secret's password authenticates that password, and only it.
  await expect(node.ctl(["authenticate_user", "shop", PASSWORDS["shop-bus"]])).resolves.toContain("Success");
  await expect(node.ctl(["authenticate_user", "shop", PASSWORDS["billing-bus"]])).rejects.toThrow();
});

test("an unfilled password-hash placeholder makes the import fail instead of creating a user", async () => {
  const { definitions } = renderRabbitDefinitions(
    new AmqpTopology("EventBusStack other", { vhost: "other", exchanges: [{ name: "e" }] }).grantPublish(
      { name: "lazy", credentials: { name: "lazy-bus", key: "password" } },
      { exchanges: ["e"] },
    ),
  );
  await expect(importJson("unfilled.json", definitions)).rejects.toThrow("not_base64");
  const users = JSON.parse(await node.ctl(["list_users", "--formatter", "json"])).map((u: { user: string }) => u.user);
  expect(users).not.toContain("lazy");
});

test("in RabbitMQ's regex engine the permission patterns match exactly the granted names", async () => {
  const granted = ["orders", "a+b(x)"];
  const pattern = exactNamesPattern(granted);
  const candidates = [...granted, "orders\n", "a+b(x)\n", "ordersx", "xorders", "aab(x)", "a+b", "amq.default", ""];
  const cases = [...candidates.map((name) => [pattern, name]), ["^(?:orders)$", "orders\n"]];
  const expression = `[re:run(N, P, [{capture, none}]) || {P, N} <- [${cases.map(([p, n]) => `{${erlBinary(p)}, ${erlBinary(n)}}`).join(", ")}]].`;
  const output = (await node.ctl(["eval", expression])).replace(/\s+/g, "");
  const results = output.replace(/^\[|\]$/g, "").split(",");
  expect(Object.fromEntries(candidates.map((name, i) => [JSON.stringify(name), results[i]]))).toEqual({
    '"orders"': "match",
    '"a+b(x)"': "match",
    '"orders\\n"': "nomatch",
    '"a+b(x)\\n"': "nomatch",
    '"ordersx"': "nomatch",
    '"xorders"': "nomatch",
    '"aab(x)"': "nomatch",
    '"a+b"': "nomatch",
    '"amq.default"': "nomatch",
    '""': "nomatch",
  });
  // Why the pattern ends in $(?!\n): a bare $ in PCRE also matches before a final newline.
  expect(results[candidates.length]).toBe("match");
});

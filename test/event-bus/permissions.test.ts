/**
 * Least privilege: the RabbitMQ permission regexes match exactly the granted exchanges and queues
 * (checked by real regex matching against other names, including names full of regex
 * metacharacters and prefix/suffix variants), clients get no configure right, and the Kafka ACLs
 * are LITERAL ALLOW entries on exactly the granted topics and groups.
 */
import { AmqpTopology, escapeRegex, exactNamesPattern, kafkaAcls, NOTHING, rabbitPermissions } from "../../patterns/event-bus/topology";
import { billing, ordersAmqpProps, ordersKafka, shop, shipping } from "./fixtures";

const TRICKY = [
  "orders.v1",
  "a+b",
  "(x)",
  "[q]",
  "a|b",
  "^start",
  "end$",
  "star*",
  "why?",
  "back\\slash",
  "{1,2}",
  "dot.any",
  "slash/path",
  "dash-ed",
  "ünï.cødé",
];

/** Names a permission must not match, derived from `name`. */
function neighbours(name: string): string[] {
  return [
    `${name}x`,
    `x${name}`,
    `${name}\n`,
    name.slice(0, -1),
    name.toUpperCase() === name ? `${name}a` : name.toUpperCase(),
    name.replace(/\./g, "X"),
    `${name}|`,
    "",
  ].filter((n) => n !== name);
}

function matches(pattern: string, name: string): boolean {
  return new RegExp(pattern).test(name);
}

test.each(TRICKY)("an exact pattern for %j matches that name and none of its neighbours", (name) => {
  const pattern = exactNamesPattern([name]);
  expect(matches(pattern, name)).toBe(true);
  for (const other of [...neighbours(name), ...TRICKY.filter((n) => n !== name)]) expect([other, matches(pattern, other)]).toEqual([other, false]);
});

test("escaping makes every metacharacter literal", () => {
  for (const name of TRICKY) expect(new RegExp(`^${escapeRegex(name)}$`).test(name)).toBe(true);
  expect(matches(exactNamesPattern(["dot.any"]), "dotXany")).toBe(false);
  expect(matches(exactNamesPattern(["a|b"]), "a")).toBe(false);
});

test("no names: the pattern matches only the empty name", () => {
  expect(exactNamesPattern([])).toBe(NOTHING);
  expect(matches(NOTHING, "")).toBe(true);
  expect(["amq.default", "orders", "x"].some((n) => matches(NOTHING, n))).toBe(false);
});

describe("RabbitMQ permissions", () => {
  const names = ["orders", "orders.v1", "a+b", "(x)"];
  const topology = () =>
    new AmqpTopology(
      "EventBusStack orders",
      ordersAmqpProps({
        exchanges: names.map((name) => ({ name })),
        queues: names.map((name) => ({ name: `${name}.in` })),
        bindings: [],
      }),
    );
  const all = [...names, ...names.map((n) => `${n}.in`), ...names.map((n) => `${n}.in.dlq`), "dead-letter", "amq.default", "orders.v1x", "ordersXv1"];

  test("each client can write exactly the exchanges and read exactly the queues it was granted, configure nothing", () => {
    const t = topology()
      .grantPublish(shop, { exchanges: ["orders.v1", "a+b"] })
      .grantConsume(billing, { queues: ["(x).in", "orders.in.dlq"] })
      .grantPublish(shipping, { exchanges: ["orders"] })
      .grantConsume(shipping, { queues: ["orders.in"] });
    const byUser = Object.fromEntries(
      rabbitPermissions(t).map((p) => [
        p.user,
        {
          configure: all.filter((n) => matches(p.configure, n)),
          write: all.filter((n) => matches(p.write, n)),
          read: all.filter((n) => matches(p.read, n)),
        },
      ]),
    );
    expect(byUser).toEqual({
      shop: { configure: [], write: ["orders.v1", "a+b"], read: [] },
      billing: { configure: [], write: [], read: ["(x).in", "orders.in.dlq"] },
      shipping: { configure: [], write: ["orders"], read: ["orders.in"] },
    });
  });

  test("permissions name the vhost and reference the client's Secret", () => {
    const [p] = rabbitPermissions(topology().grantPublish(shop, { exchanges: ["orders"] }));
    expect(p).toMatchObject({ user: "shop", vhost: "orders", configure: "^$", credentials: { name: "shop-bus", key: "password" } });
  });
});

test("Kafka ACLs: producers WRITE+DESCRIBE, consumers READ+DESCRIBE and READ on their group, all LITERAL ALLOW", () => {
  const acls = kafkaAcls(ordersKafka());
  const rows = acls.map((a) => `${a.principal} ${a.operation} ${a.resourceType}:${a.resourceName}`);
  expect(rows).toEqual([
    "User:billing READ GROUP:billing",
    "User:billing DESCRIBE TOPIC:orders.created",
    "User:billing READ TOPIC:orders.created",
    "User:billing DESCRIBE TOPIC:orders.snapshots",
    "User:billing READ TOPIC:orders.snapshots",
    "User:shop DESCRIBE TOPIC:orders.created",
    "User:shop WRITE TOPIC:orders.created",
  ]);
  expect(new Set(acls.map((a) => `${a.patternType}/${a.permissionType}/${a.host}`))).toEqual(new Set(["LITERAL/ALLOW/*"]));
});

test("a client that produces and consumes one topic gets DESCRIBE once", () => {
  const t = ordersKafka().grantConsume(shop, { topics: ["orders.created"], group: "shop-audit" });
  const shopRows = kafkaAcls(t)
    .filter((a) => a.principal === "User:shop")
    .map((a) => `${a.operation} ${a.resourceType}:${a.resourceName}`);
  expect(shopRows.sort()).toEqual(["DESCRIBE TOPIC:orders.created", "READ GROUP:shop-audit", "READ TOPIC:orders.created", "WRITE TOPIC:orders.created"]);
});

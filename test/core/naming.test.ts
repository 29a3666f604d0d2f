/**
 * core/naming.ts: names that fit stay byte-identical to the old `.slice(0, 63).replace(/-+$/, "")`;
 * names that do not are cut with a hash of the whole name, so long names sharing a prefix (two
 * broker clients) no longer collapse into one Kubernetes object.
 */
import { boundedName, KUBERNETES_NAME_MAX, shortHash } from "../../core/naming";
import { brokerClientSecretName } from "../../core/capabilities/message-broker";

const oldCut = (name: string) => name.slice(0, 63).replace(/-+$/, "");

test("a name that fits is unchanged (a trailing dash dropped, as before)", () => {
  for (const name of ["events-bus-client-shop", "a", "x".repeat(63), "orders-tls-", "web-allow-from-prometheus"]) {
    expect(boundedName(name)).toBe(oldCut(name));
  }
});

test("a name that does not fit is cut to the limit and ends in a hash of the whole name", () => {
  const name = `events-bus-client-${"billing-".repeat(8)}worker`;
  const bounded = boundedName(name);
  expect(bounded).toHaveLength(KUBERNETES_NAME_MAX);
  expect(bounded).toMatch(/^events-bus-client-billing-[a-z-]+-[0-9a-f]{8}$/);
  expect(bounded.endsWith(`-${shortHash(name)}`)).toBe(true);
  expect(boundedName(name)).toBe(bounded);
  expect(boundedName("abcdefghij-klmnop", 12)).toBe("abc-" + shortHash("abcdefghij-klmnop"));
});

test("two broker clients whose names share a long prefix get two Secrets (the old cut gave them one)", () => {
  const prefix = "a".repeat(50);
  const [a, b] = [brokerClientSecretName("events-bus", `${prefix}-reader`), brokerClientSecretName("events-bus", `${prefix}-writer`)];
  expect(oldCut(`events-bus-client-${prefix}-reader`)).toBe(oldCut(`events-bus-client-${prefix}-writer`));
  expect(a).not.toBe(b);
  expect(a.length).toBeLessThanOrEqual(KUBERNETES_NAME_MAX);
  expect(b.length).toBeLessThanOrEqual(KUBERNETES_NAME_MAX);
});

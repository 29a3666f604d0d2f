/**
 * core/checked-once.ts: a value a construct checked is taken unchecked below it (and by the same
 * construct again), while a sibling, a construct on its own or another value is still checked,
 * naming the construct that checks it. Values an object outside the tree (a target) checked are
 * adopted by a construct only when that object recorded them.
 */
import { Construct } from "constructs";
import { adoptChecked, checkOnce, markChecked } from "../../core/checked-once";
import { requireHostName } from "../../core/errors";

/** Checks `hostName` once and counts the checks that ran. */
function counter() {
  const ran: string[] = [];
  const check = (scope: Construct, host: string) =>
    checkOnce(scope, "hostName", host, (h) => {
      ran.push(scope.node.path);
      return requireHostName(scope, "hostName", h);
    });
  return { ran, check };
}

test("a value checked above is taken unchecked below and by the same construct again", () => {
  const { ran, check } = counter();
  const root = new Construct(undefined as never, "");
  const pattern = new Construct(root, "shop");
  const route = new Construct(new Construct(pattern, "platform"), "route");
  check(pattern, "shop.example.de");
  check(route, "shop.example.de");
  check(pattern, "shop.example.de");
  expect(ran).toEqual(["shop"]);
});

test("a sibling, another value and a construct on its own are checked, and a bad value names the construct", () => {
  const { ran, check } = counter();
  const root = new Construct(undefined as never, "");
  const a = new Construct(root, "a");
  check(a, "a.example.de");
  check(new Construct(root, "b"), "a.example.de");
  check(new Construct(a, "child"), "other.example.de");
  expect(ran).toEqual(["a", "b", "a/child"]);
  expect(() => check(new Construct(a, "bad"), "not a host")).toThrow(/^\[Construct a\/bad\] hostName: "not a host" is not a valid host name/);
});

test("adoptChecked takes only what the outside object recorded", () => {
  const { ran, check } = counter();
  const target = {};
  markChecked(target, "hostName", "gw.example.de");
  const root = new Construct(undefined as never, "");
  const zone = new Construct(root, "zone");
  adoptChecked(zone, target, "hostName", "gw.example.de");
  adoptChecked(zone, target, "hostName", "x.example.de");
  check(new Construct(zone, "gateway"), "gw.example.de");
  check(new Construct(zone, "other"), "x.example.de");
  expect(ran).toEqual(["zone/other"]);
});

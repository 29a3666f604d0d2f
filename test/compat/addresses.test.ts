/**
 * Construct ids and resource addresses are a contract with every user's state (ADR 0015): no
 * address of the committed snapshot may disappear from the reference instances unless a `moved`
 * block maps it, and the snapshot is kept current so every change of addresses is reviewed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { AddressBook, collectAddresses, SNAPSHOT_FILE } from "./addresses";
import { followMoved } from "../../tools/upgrade/compat";

const ROOT = path.resolve(__dirname, "../..");

/** Addresses removed on purpose (test/compat/removed.json): a regular expression each, with reason and migration. */
const REMOVED = (JSON.parse(fs.readFileSync(path.join(__dirname, "removed.json"), "utf8")) as { removed: Array<{ match: string }> }).removed.map(
  (r) => new RegExp(r.match),
);

/** Lost addresses that no intended removal covers. */
function unintended(lost: readonly string[]): string[] {
  return lost.filter((l) => !REMOVED.some((r) => r.test(l)));
}

/** Addresses of `before` that `after` lost without a `moved` block mapping them. */
export function lostAddresses(before: AddressBook, after: AddressBook): string[] {
  const lost: string[] = [];
  for (const [cell, stacks] of Object.entries(before)) {
    for (const [stack, addresses] of Object.entries(stacks)) {
      const now = after[cell]?.[stack];
      if (!now) {
        lost.push(`${cell}: stack ${stack} is gone`);
        continue;
      }
      for (const address of addresses.resources) {
        const { target, viaMoved } = followMoved(address, new Map(Object.entries(now.moved)), (a) => now.resources.includes(a));
        if (now.resources.includes(target)) continue;
        lost.push(`${cell}: ${stack}: ${address}${viaMoved ? ` (moved to ${target}, which does not exist)` : ""}`);
      }
    }
  }
  return lost;
}

const snapshot = JSON.parse(fs.readFileSync(SNAPSHOT_FILE, "utf8")) as AddressBook;
let current: AddressBook;

beforeAll(() => {
  current = collectAddresses(ROOT);
}, 120_000);

test("no address of the snapshot disappears without a moved block or a listed, documented removal", () => {
  expect(unintended(lostAddresses(snapshot, current))).toEqual([]);
});

test("the listed removals cover what they name and nothing protected", () => {
  expect(unintended(["web-app/onprem/test: web-app-onprem-platform: kubernetes_manifest.ingress-web-app-onprem-test-web"])).toEqual([]);
  expect(unintended(["web-app/onprem/test: web-app-onprem-platform: kubernetes_manifest.statefulset-web-app-onprem-test-object-store"])).toHaveLength(1);
  expect(unintended(["web-app/onprem/test: web-app-onprem-platform: kubernetes_manifest.secret-web-app-onprem-test-object-store-credentials"])).toHaveLength(1);
});

test("the snapshot is current (run `npm run addresses:update` and review the diff after a deliberate change)", () => {
  expect(current).toEqual(snapshot);
});

test("the check reports a renamed resource, and accepts it once a moved block maps it", () => {
  const [cell] = Object.keys(snapshot);
  const [stack] = Object.keys(snapshot[cell]);
  const renamed = structuredClone(current);
  const victim = renamed[cell][stack].resources[0];
  renamed[cell][stack].resources[0] = `${victim}-renamed`;
  expect(unintended(lostAddresses(snapshot, renamed))).toEqual([`${cell}: ${stack}: ${victim}`]);
  renamed[cell][stack].moved[victim] = `${victim}-renamed`;
  expect(unintended(lostAddresses(snapshot, renamed))).toEqual([]);
});

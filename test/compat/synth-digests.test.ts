/**
 * Byte-identical synth (issue 22): every stack of the reference instances synthesises to the
 * bytes whose sha256 is committed in `synth-digests.json`. A refactor passes only when no byte
 * of the output moved; an intended change is recorded with `npm run synth:digests` and the diff
 * of the JSON (which names the stacks and blocks) is reviewed with the change.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { collectDigests, digestChanges, DIGESTS_FILE, type DigestBook } from "./synth-digests";

const ROOT = path.resolve(__dirname, "../..");
const committed = JSON.parse(fs.readFileSync(DIGESTS_FILE, "utf8")) as DigestBook;
let current: DigestBook;

beforeAll(() => {
  current = collectDigests(ROOT);
}, 300_000);

test("every synthesised stack is byte-identical to its committed digest (after an intended change: npm run synth:digests, review the diff)", () => {
  expect(digestChanges(committed, current)).toEqual([]);
});

test("the digests cover every pattern × target × stage with at least one stack each", () => {
  expect(Object.keys(current).sort()).toEqual(Object.keys(committed).sort());
  expect(Object.values(current).every((c) => Object.keys(c.stacks).length > 0)).toBe(true);
});

test("a changed byte, a changed block and a lost stack are reported by name", () => {
  const [cell] = Object.keys(committed);
  const [stack] = Object.keys(committed[cell].stacks);
  const changed = structuredClone(current);
  const digest = changed[cell].stacks[stack];
  const [block] = Object.keys(digest.blocks);
  changed[cell].stacks[stack] = { sha256: "0".repeat(64), blocks: { ...digest.blocks, [block]: "0".repeat(16) } };
  expect(digestChanges(current, changed)).toEqual([`${cell}: stack ${stack} changed: ${block}`]);
  changed[cell].stacks[stack] = { sha256: "0".repeat(64), blocks: digest.blocks };
  expect(digestChanges(current, changed)).toEqual([`${cell}: stack ${stack} changed: formatting only (same blocks, other bytes)`]);
  delete changed[cell].stacks[stack];
  expect(digestChanges(current, changed)).toEqual([`${cell}: stack ${stack} is gone`]);
});

/**
 * The stack-trace switches the engine and the fleet workers synthesise under (ADR 0030): cdktf
 * tokens get no creation stack, real errors keep theirs (or, for the batch switch, their
 * message), and the previous state comes back afterwards, also when `fn` throws.
 */
import { Lazy } from "cdktf";
import { withoutCreationStacks, withoutStackTraces } from "../../engines/cdktf/creation-stacks";

/** The creation stack cdktf recorded for a new token. */
const tokenStack = (): string[] => (Lazy.anyValue({ produce: () => "x" }) as unknown as { creationStack: string[] }).creationStack;

test("cdktf records creation stacks by default (what the switches remove)", () => {
  expect(tokenStack().length).toBeGreaterThan(3);
});

test("withoutCreationStacks: tokens get none, errors keep a stack, the previous formatter returns", () => {
  const before = (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
  const inside = withoutCreationStacks(() => ({ token: tokenStack(), error: new Error("boom").stack, nested: withoutCreationStacks(() => tokenStack()) }));
  expect(inside.token).toEqual([]);
  expect(inside.nested).toEqual([]);
  expect(inside.error).toMatch(/^Error: boom\n {4}at /);
  expect((Error as { prepareStackTrace?: unknown }).prepareStackTrace).toBe(before);
  expect(tokenStack().length).toBeGreaterThan(3);
});

test("withoutStackTraces: nothing captured inside, Error.stackTraceLimit reads as before and is restored after a throw", () => {
  const limit = Error.stackTraceLimit;
  let seen: { token: string[]; stack: string | undefined; limit: number } | undefined;
  expect(() =>
    withoutStackTraces(() => {
      seen = { token: tokenStack(), stack: new Error("boom").stack, limit: Error.stackTraceLimit };
      throw new Error("fails inside");
    }),
  ).toThrow("fails inside");
  expect(seen).toEqual({ token: [], stack: undefined, limit });
  expect(Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")).toEqual(expect.objectContaining({ value: limit, writable: true }));
  expect(new Error("after").stack).toMatch(/^Error: after\n {4}at /);
});

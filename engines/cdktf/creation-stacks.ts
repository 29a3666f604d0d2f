/**
 * Synth without cdktf's creation stack traces. cdktf records a complete stack trace (no depth
 * limit) for every token it creates: each Intrinsic, Lazy and ComplexComputedAttribute, and a
 * provider resource such as `kubernetes_manifest` creates a dozen of them in its constructor.
 * Formatting those traces (with source maps when run through tsx) took about half of a
 * platform stack's synth time, and keeping them alive (one string array per token) grew the
 * heap with the number of tenants, so garbage collection made synth superlinear. The traces
 * only decorate cdktf's own token errors. Inside `withoutCreationStacks` cdktf's capture
 * yields an empty trace; real `Error`s keep theirs (V8's format, not source-mapped). See
 * docs/adr/0030-synth-without-creation-stacks.md.
 */

type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

let depth = 0;
let saved: PrepareStackTrace | undefined;

/** V8's own `stack` text: `String(error)` and one `at` line per frame. */
function v8Format(error: Error, frames: NodeJS.CallSite[]): string {
  return `${String(error)}${frames.map((f) => `\n    at ${String(f)}`).join("")}`;
}

/**
 * Formats stack traces while creation stacks are off: cdktf captures into a plain object
 * (`{ stack: "" }`), which gets an empty trace; real errors keep a full one.
 */
function prepare(target: Error, frames: NodeJS.CallSite[]): unknown {
  if (!(target instanceof Error)) return "";
  return saved ? saved(target, frames) : v8Format(target, frames);
}

/**
 * Runs `fn` with cdktf's creation stack traces turned off and returns its result. Re-entrant;
 * the previous `Error.prepareStackTrace` is restored when the outermost call ends.
 */
export function withoutCreationStacks<T>(fn: () => T): T {
  const errorCtor = Error as unknown as { prepareStackTrace?: PrepareStackTrace };
  if (depth++ === 0) {
    saved = errorCtor.prepareStackTrace;
    errorCtor.prepareStackTrace = prepare;
  }
  try {
    return fn();
  } finally {
    if (--depth === 0) {
      errorCtor.prepareStackTrace = saved;
      saved = undefined;
    }
  }
}

/**
 * Runs `fn` with no stack traces captured at all, cdktf's nor any `Error`'s (their `stack` is
 * `undefined`; messages are kept). About a fifth less CPU than `withoutCreationStacks`, as V8
 * then walks no frames: for batch synth (the fleet workers), where errors are reported by message.
 * Works because V8 reads `Error.stackTraceLimit` only as a data property: made an accessor for
 * the duration, it reads as a number in JavaScript but V8 captures nothing.
 */
export function withoutStackTraces<T>(fn: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
  const limit = Error.stackTraceLimit;
  Object.defineProperty(Error, "stackTraceLimit", {
    configurable: true,
    enumerable: original?.enumerable ?? true,
    get: () => limit,
    set: () => undefined,
  });
  try {
    return fn();
  } finally {
    if (original) Object.defineProperty(Error, "stackTraceLimit", original);
    else delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
  }
}

/** Helpers for the embedded-cluster tests (real processes, no mocks). */
import * as net from "node:net";

/** True when a TCP port on 127.0.0.1 can be bound again (nothing listens on it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes (then throws `what`). */
export async function eventually<T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 60000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** YAML is a superset of JSON: manifests are written as JSON for `kubectl apply -f -`. */
export const manifest = (...objects: object[]) => JSON.stringify({ apiVersion: "v1", kind: "List", items: objects });

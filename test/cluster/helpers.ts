/** Helpers for the embedded-cluster tests (real processes, no mocks). */
import * as fs from "node:fs";
import * as net from "node:net";

/** True when a TCP port on 127.0.0.1 can be bound again (nothing listens on it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

function holders(inode: string): string {
  const found: string[] = [];
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) {
          const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
          found.push(`${pid} ${stat.slice(stat.indexOf("("), stat.lastIndexOf(")") + 3)}`);
          break;
        }
      }
    } catch {
      /* gone or not ours */
    }
  }
  return found.join(", ") || "nobody";
}

/** Lines of /proc/net/tcp{,6} that use `port` (local side), for failure messages. */
export function socketsOn(port: number): string[] {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const states: Record<string, string> = { "01": "ESTABLISHED", "06": "TIME_WAIT", "08": "CLOSE_WAIT", "0A": "LISTEN" };
  const out: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 3 && f[1].endsWith(`:${hex}`)) out.push(`${f[1]} -> ${f[2]} ${states[f[3]] ?? f[3]} inode ${f[9]} held by ${holders(f[9])}`);
    }
  }
  return out;
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

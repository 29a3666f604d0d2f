/**
 * A very small Kubernetes API client (HTTPS + client certificate, JSON) used by the cluster's
 * own plumbing: readiness probes, node registration, the volume provisioner. It avoids
 * spawning kubectl for every poll. Callers outside tools/cluster use kubectl instead.
 */
import * as https from "node:https";

export interface KubeCredentials {
  readonly server: string;
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  /** Raw text (for error messages). */
  readonly text: string;
}

export class KubeApi {
  private readonly agent: https.Agent;
  private readonly url: URL;

  constructor(readonly credentials: KubeCredentials) {
    this.url = new URL(credentials.server);
    this.agent = new https.Agent({
      ca: credentials.caPem,
      cert: credentials.certPem,
      key: credentials.keyPem,
      keepAlive: true,
      maxSockets: 4,
    });
  }

  request<T = unknown>(method: string, path: string, body?: unknown, options: { contentType?: string; timeoutMs?: number } = {}): Promise<ApiResponse<T>> {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
      const req = https.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          headers: {
            accept: "application/json",
            ...(data !== undefined ? { "content-type": options.contentType ?? "application/json", "content-length": Buffer.byteLength(data) } : {}),
          },
          timeout: options.timeoutMs ?? 10000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              /* plain text, e.g. /readyz */
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T, text });
          });
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`${method} ${path}: timed out`)));
      req.on("error", reject);
      if (data !== undefined) req.write(data);
      req.end();
    });
  }

  /** Like `request`, but throws unless the status is 2xx. */
  async must<T = unknown>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
    const res = await this.request<T>(method, path, body, { contentType });
    if (res.status < 200 || res.status >= 300) {
      throw new Error(`${method} ${path}: HTTP ${res.status}: ${res.text.slice(0, 500)}`);
    }
    return res.body;
  }

  /** Creates an object; an existing one (409) is left as it is. */
  async ensure(path: string, body: unknown): Promise<void> {
    const res = await this.request("POST", path, body);
    if (res.status === 409) return;
    if (res.status < 200 || res.status >= 300) throw new Error(`POST ${path}: HTTP ${res.status}: ${res.text.slice(0, 500)}`);
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * A local Git server for Flux's source-controller: `git http-backend` (Git's own smart-HTTP CGI)
 * behind a small node:http server on 127.0.0.1, serving the bare repositories below one folder
 * read-only (fetch/clone; pushes go to the folder directly). Plain http on localhost, which a
 * GitRepository accepts (`url: http://127.0.0.1:<port>/<repo>.git`).
 */
import { spawn } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { progress, run } from "../cache";

/** A running Git server. */
export interface GitServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Folder whose bare repositories are served. */
  readonly root: string;
  /** Requests served (for tests and progress). */
  requests(): number;
  close(): Promise<void>;
}

/** Makes a bare repository `<root>/<name>.git` with `main` as its default branch. */
export async function initBareRepository(root: string, name: string): Promise<string> {
  const dir = `${root}/${name}.git`;
  await run("git", ["init", "--bare", "--initial-branch=main", dir]);
  return dir;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startGitServer(root: string): Promise<GitServer> {
  let count = 0;
  const server = http.createServer((req, res) => {
    count++;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.searchParams.get("service") === "git-receive-pack" || url.pathname.endsWith("/git-receive-pack")) {
      res.writeHead(403).end("read-only\n");
      return;
    }
    const cgi = spawn("git", ["http-backend"], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: "1",
        REQUEST_METHOD: req.method ?? "GET",
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ""),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        ...(req.headers["content-length"] ? { CONTENT_LENGTH: req.headers["content-length"] } : {}),
        ...(req.headers["content-encoding"] ? { HTTP_CONTENT_ENCODING: req.headers["content-encoding"] } : {}),
        GIT_PROTOCOL: String(req.headers["git-protocol"] ?? ""),
        REMOTE_ADDR: "127.0.0.1",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    req.pipe(cgi.stdin!);
    let head = Buffer.alloc(0);
    let headerDone = false;
    cgi.stdout!.on("data", (chunk: Buffer) => {
      if (headerDone) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) return;
      headerDone = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString().split("\r\n")) {
        const i = line.indexOf(":");
        const [k, v] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
        if (k.toLowerCase() === "status") status = Number(v.split(" ")[0]);
        else res.setHeader(k, v);
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    let stderr = "";
    cgi.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    cgi.on("close", (code) => {
      if (!headerDone) res.writeHead(500).end(`git http-backend exited with ${code}: ${stderr}`);
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  progress(`git server: serving ${root} at ${url}`);
  return {
    url,
    root,
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The Gateway implementation for `conformance --runtime` (issue 27, ADR 0391): Traefik, the
 * cluster prerequisite every on-prem landing zone's Gateway names (GatewayClass `traefik`,
 * constructs/kube/gateway.ts), built from its Go module into a local image.
 *
 * Version: the zones are written against Traefik v3.7.13 (its Middleware CRD is vendored from
 * that release), but every v3.7 module the proxy serves requires the nested module
 * `github.com/traefik/traefik/dynamic/ext` through a local `replace`, which the module zip does not
 * contain and the proxy does not serve. v3.6.12 is the newest release without it, so the stand-in
 * is v3.6.12 (`sameVersion: false`); it serves Gateway API v1 (GatewayClass, Gateway, HTTPRoute,
 * GRPCRoute, BackendTLSPolicy, ReferenceGrant) and Traefik's own CRDs (the ForwardAuth Middleware
 * of IAM `protect()`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, versionKey, withBuildLock } from "../cache";
import { buildGoModule, downloadModule } from "../go-module";
import type { StandInSpec } from "./stand-ins";
import { LOCAL_REGISTRY } from "./test-images";

/** The Traefik module built here (see the file comment for why not v3.7.x). */
export const TRAEFIK_MODULE = { module: "github.com/traefik/traefik/v3", version: "v3.6.12" } as const;

/** The upstream image a cluster with Traefik runs (the release the zones' vendored Middleware CRD comes from). */
export const TRAEFIK_UPSTREAM = "docker.io/library/traefik:v3.7.13";

/** User the stand-in runs as (Traefik's Helm chart default). */
export const TRAEFIK_UID = 65532;

/** Builds (once, cached under `<cache>/stand-ins/`) the static traefik binary and returns its path. */
export async function traefikBinary(): Promise<string> {
  const dir = path.join(cacheRoot(), "stand-ins", `traefik-${versionKey({ ...TRAEFIK_MODULE, layout: "1" })}`);
  const bin = path.join(dir, "bin", "traefik");
  if (isComplete(dir) && fs.existsSync(bin)) return bin;
  await withBuildLock(dir, "traefik", async () => {
    if (isComplete(dir) && fs.existsSync(bin)) return;
    await buildAtomically(dir, (tmp) =>
      buildGoModule(
        {
          tool: "Traefik",
          ...TRAEFIK_MODULE,
          commands: [{ pkg: "./cmd/traefik", binary: "traefik" }],
          ldflags: `-s -w -X github.com/traefik/traefik/v3/pkg/version.Version=${TRAEFIK_MODULE.version}`,
          env: { GOFLAGS: "-mod=mod -buildvcs=false", CGO_ENABLED: "0" },
        },
        path.join(tmp, "bin"),
      ),
    );
  });
  return bin;
}

/** The module's source folder (module cache), for the CRDs and RBAC the install applies. */
export async function traefikModuleDir(): Promise<string> {
  return downloadModule("Traefik", TRAEFIK_MODULE.module, TRAEFIK_MODULE.version);
}

/** Traefik from its Go module (static, CGO off), as a distroless-style image running as 65532. */
export async function traefikStandIn(): Promise<StandInSpec> {
  const binary = await traefikBinary();
  return {
    upstream: TRAEFIK_UPSTREAM,
    version: TRAEFIK_MODULE.version.replace(/^v/, ""),
    extraInputs: [`go:${TRAEFIK_MODULE.module}@${TRAEFIK_MODULE.version}`],
    note: "v3.6.12, not v3.7.13: every served v3.7 module needs github.com/traefik/traefik/dynamic/ext (a nested module the zip lacks and the proxy does not serve); built with CGO_ENABLED=0",
    image: {
      name: `${LOCAL_REGISTRY}/traefik`,
      tag: TRAEFIK_MODULE.version,
      layers: [
        {
          dirs: { "/tmp": 0o1777, "/etc": 0o755 },
          files: [
            { path: "/etc/passwd", content: `root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:${TRAEFIK_UID}:${TRAEFIK_UID}::/tmp:/sbin/nologin\n` },
            { path: "/etc/group", content: `root:x:0:\nnonroot:x:${TRAEFIK_UID}:\n` },
            { path: "/usr/local/bin/traefik", source: binary },
          ],
        },
      ],
      config: { user: `${TRAEFIK_UID}:${TRAEFIK_UID}`, entrypoint: ["/usr/local/bin/traefik"] },
    },
  };
}

/**
 * Issue 26, finding 3: namespace ownership is keyed on the cluster's identity (API server URL +
 * CA from the kubeconfig), not on the kubeconfig path's text or the fleet target's name. Two
 * kubeconfig files for one cluster (a copy, a symlink, another user's file) are one cluster;
 * two files for two clusters are two, even at the same path text through different contexts.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { WebAppStack } from "../../patterns/web-app";
import { targets } from "../../providers";
import { clusterIdentity } from "../../providers/shared/cluster-identity";
import { FleetCatalogueError, validateCatalogue } from "../../cli/fleet/catalogue";

const IMAGE = "registry.example.de/shop/web:1.4.2";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-identity-"));
const CA_A = Buffer.from("-----BEGIN CERTIFICATE-----\nQ0EtQQ==\n-----END CERTIFICATE-----\n").toString("base64");
const CA_B = Buffer.from("-----BEGIN CERTIFICATE-----\nQ0EtQg==\n-----END CERTIFICATE-----\n").toString("base64");

/** A kubeconfig with one context per entry: [context, server, ca]. */
function kubeconfig(file: string, contexts: Array<[string, string, string]>, current = contexts[0][0]): string {
  const p = path.join(dir, file);
  const doc = {
    apiVersion: "v1",
    kind: "Config",
    "current-context": current,
    clusters: contexts.map(([name, server, ca]) => ({ name: `c-${name}`, cluster: { server, "certificate-authority-data": ca } })),
    users: [{ name: "u", user: { token: "not-a-real-token" } }],
    contexts: contexts.map(([name]) => ({ name, context: { cluster: `c-${name}`, user: "u" } })),
  };
  fs.writeFileSync(p, JSON.stringify(doc));
  return p;
}

const adminFile = kubeconfig("admin.yaml", [["admin", "https://10.0.0.1:6443", CA_A]]);
// Another user's file for the same cluster: same server (written differently) and CA, other path and context name.
const opsFile = kubeconfig("ops.yaml", [["ops", "https://10.0.0.1:6443/", CA_A]]);
const otherFile = kubeconfig("other.yaml", [["other", "https://10.0.0.1:6443", CA_B]]);
const twoContexts = kubeconfig("two.yaml", [
  ["x", "https://10.0.0.1:6443", CA_A],
  ["y", "https://10.0.0.2:6443", CA_B],
]);

test("the identity is the server and the CA, whatever the path, the context's name or a trailing slash", () => {
  expect(clusterIdentity(adminFile)).toBe(clusterIdentity(opsFile));
  expect(clusterIdentity(adminFile)).not.toBe(clusterIdentity(otherFile));
  expect(clusterIdentity(twoContexts, "x")).toBe(clusterIdentity(adminFile));
  expect(clusterIdentity(twoContexts, "y")).not.toBe(clusterIdentity(twoContexts, "x"));
  expect(clusterIdentity(adminFile)).toMatch(/^https:\/\/10\.0\.0\.1:6443 ca:sha256:[0-9a-f]{16}/);
});

test("two targets whose kubeconfig files name the same cluster cannot own the same namespace", () => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(dir, "out-")) });
  new WebAppStack(app, "shop", { target: targets.onprem({ kubeconfigPath: adminFile }), tenant: "amt", image: IMAGE });
  expect(() => new WebAppStack(app, "blog", { target: targets.onprem({ kubeconfigPath: opsFile }), tenant: "amt", image: IMAGE })).toThrow(
    /\[WebAppStack blog\] namespace: "amt-test" is already used by .*shop.* on the same cluster \(https:\/\/10\.0\.0\.1:6443/,
  );
});

test("the same path text with two contexts is two clusters: both may use the namespace name", () => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(dir, "out-")) });
  new WebAppStack(app, "shop", { target: targets.onprem({ kubeconfigPath: twoContexts, kubeContext: "x" }), tenant: "amt", image: IMAGE });
  expect(
    () => new WebAppStack(app, "blog", { target: targets.onprem({ kubeconfigPath: twoContexts, kubeContext: "y" }), tenant: "amt", image: IMAGE }),
  ).not.toThrow();
});

test("fleet: two named targets on one cluster cannot give two tenants one namespace", () => {
  const data = {
    defaults: { pattern: "web-app", props: { image: IMAGE } },
    targets: {
      "rz-a": { type: "onprem", props: { kubeconfigPath: adminFile } },
      "rz-b": { type: "onprem", props: { kubeconfigPath: opsFile } },
      "rz-c": { type: "onprem", props: { kubeconfigPath: otherFile } },
    },
    tenants: [
      { name: "a", target: "rz-a", props: { namespace: "shared" } },
      { name: "b", target: "rz-b", props: { namespace: "shared" } },
      { name: "c", target: "rz-c", props: { namespace: "shared" } },
    ],
  };
  let problems: readonly string[] = [];
  try {
    validateCatalogue("fleet.yaml", data);
  } catch (err) {
    if (!(err instanceof FleetCatalogueError)) throw err;
    problems = err.problems;
  }
  expect(problems).toEqual([
    `[tenants[1] (b)] namespace: "shared" is already used by tenants[0] (a) on target rz-b (the same cluster as target rz-a: https://10.0.0.1:6443). Allowed: a namespace no other tenant uses there`,
  ]);
});

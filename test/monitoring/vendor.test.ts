/**
 * The vendored prometheus-operator files are what provenance.json says they are: each file's
 * sha256 matches the recorded one, and, when the module is in the local Go module cache (the
 * project builds its toolchain from that cache), the module's own file (or recorded line range)
 * is byte-identical to the vendored copy.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { vendorDir, VENDORED_CRDS, vendoredDocuments } from "../../patterns/monitoring/operator";
import { OPERATOR_CONFIG_KINDS } from "../../patterns/monitoring/operator-scope";

interface Provenance {
  module: string;
  version: string;
  files: Array<{ file: string; modulePath: string; sha256: string; lines?: [number, number]; moduleFileSha256?: string }>;
}

const dir = vendorDir();
const provenance = JSON.parse(fs.readFileSync(path.join(dir, "provenance.json"), "utf8")) as Provenance;
const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

/** The module's folder in the Go module cache, if it is there. */
function moduleDir(): string | undefined {
  const gomodcache = process.env.GOMODCACHE ?? path.join(process.env.GOPATH ?? path.join(os.homedir(), "go"), "pkg", "mod");
  const candidate = path.join(gomodcache, `${provenance.module}@${provenance.version}`);
  return fs.existsSync(candidate) ? candidate : undefined;
}

test("provenance names prometheus-operator v0.85.0 and every vendored file", () => {
  expect(provenance.module).toBe("github.com/prometheus-operator/prometheus-operator");
  expect(provenance.version).toBe("v0.85.0");
  const vendored = fs.readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  expect(provenance.files.map((f) => f.file).sort()).toEqual(vendored.sort());
  for (const crd of VENDORED_CRDS) expect(vendored).toContain(crd);
});

test.each(provenance.files.map((f) => [f.file, f] as const))("%s matches its recorded sha256", (_, entry) => {
  expect(sha256(fs.readFileSync(path.join(dir, entry.file)))).toBe(entry.sha256);
});

test("the vendored CRDs are v0.85.0's, one CRD per file", () => {
  for (const file of VENDORED_CRDS) {
    const docs = vendoredDocuments(file);
    expect(docs).toHaveLength(1);
    expect(docs[0].kind).toBe("CustomResourceDefinition");
    expect(docs[0].metadata.annotations?.["operator.prometheus.io/version"]).toBe("0.85.0");
  }
});

const mod = moduleDir();
(mod ? test.each(provenance.files.map((f) => [f.file, f] as const)) : test.skip.each([["(module not in the Go module cache)", undefined]]))(
  "%s is byte-identical to the module's file",
  (_, entry) => {
    if (!entry || !mod) return;
    const upstream = fs.readFileSync(path.join(mod, entry.modulePath));
    if (entry.moduleFileSha256) expect(sha256(upstream)).toBe(entry.moduleFileSha256);
    const vendored = fs.readFileSync(path.join(dir, entry.file), "utf8");
    if (entry.lines) {
      const [from, to] = entry.lines;
      const slice = upstream
        .toString("utf8")
        .split("\n")
        .slice(from - 1, to)
        .join("\n");
      expect(vendored).toBe(slice.endsWith("\n") ? slice : `${slice}\n`);
    } else {
      expect(vendored).toBe(upstream.toString("utf8"));
    }
  },
);

// Found on the real node (issue 27): the operator's Prometheus and Alertmanager controllers wait for
// informers of every kind they watch; with PodMonitor, Probe or AlertmanagerConfig missing they never
// reconciled and no Prometheus or Alertmanager pod was made.
test("a CRD is vendored for every kind the operator watches, and for Prometheus and Alertmanager", () => {
  const plurals = VENDORED_CRDS.map((f) => (vendoredDocuments(f)[0].spec as { names: { plural: string } }).names.plural);
  for (const kind of [...OPERATOR_CONFIG_KINDS, "prometheuses", "alertmanagers"]) expect(plurals).toContain(kind);
});

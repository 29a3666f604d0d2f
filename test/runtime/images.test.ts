/**
 * The registry-free image builder: same inputs give the same manifest digest (two builds into
 * separate caches), a changed input changes it, and the layer holds what the spec asked for;
 * likewise for images from Maven and PyPI artifacts on the Debian JRE/Python bases.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { buildImage, ImageSpec } from "../../tools/runtime/images";
import { buildMavenImage, buildPypiImage, JAVA_HOME } from "../../tools/runtime/app-images";
import { fetchMavenArtifact, fetchPypiWheel } from "../../tools/runtime/artifacts";
import { busyboxImageSpec, H2_ARTIFACT, SIX_WHEEL } from "../../tools/runtime/test-images";

const tmp: string[] = [];
function freshDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-images-"));
  tmp.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmp) fs.rmSync(d, { recursive: true, force: true });
});

function blob(layoutDir: string, digest: string): Buffer {
  return fs.readFileSync(path.join(layoutDir, "blobs", "sha256", digest.replace(/^sha256:/, "")));
}

test("the busybox image from a pinned Debian package is reproducible: two builds, one digest", async () => {
  const a = await buildImage(busyboxImageSpec(), { cacheDir: freshDir() });
  const b = await buildImage(busyboxImageSpec(), { cacheDir: freshDir() });
  expect(a.layoutDir).not.toBe(b.layoutDir);
  expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(b.digest).toBe(a.digest);
  expect(fs.readFileSync(a.archive).equals(fs.readFileSync(b.archive))).toBe(true);

  const manifest = JSON.parse(blob(a.layoutDir, a.digest).toString()) as { config: { digest: string }; layers: Array<{ digest: string }> };
  const config = JSON.parse(blob(a.layoutDir, manifest.config.digest).toString()) as { config: { User: string }; os: string };
  expect(config.config.User).toBe("65534:65534");
  expect(config.os).toBe("linux");
  const layer = path.join(a.layoutDir, "blobs", "sha256", manifest.layers[0].digest.replace(/^sha256:/, ""));
  const listing = (await run("tar", ["-tvf", layer])).stdout;
  expect(listing).toMatch(/\.\/bin\/busybox\n/);
  expect(listing).toMatch(/\.\/bin\/sh -> busybox/);
  // Owner 0/0 and mtime 0 everywhere (the reproducibility comes from here).
  for (const line of listing.trim().split("\n")) expect(line).toMatch(/ 0\/0 .* 1970-01-01 00:00 /);
});

test("a changed input (a file's content) changes the digest; a Go binary becomes an image", async () => {
  const dir = freshDir();
  const bin = path.join(dir, "hello");
  fs.writeFileSync(bin, "#!/bin/sh\necho one\n");
  const spec = (): ImageSpec => ({
    name: "stackwerk.local/test",
    tag: "1",
    layers: [{ files: [{ path: "/hello", source: bin }] }],
    config: { entrypoint: ["/hello"], user: "1000:1000" },
  });
  const one = await buildImage(spec(), { cacheDir: freshDir() });
  const again = await buildImage(spec(), { cacheDir: freshDir() });
  fs.writeFileSync(bin, "#!/bin/sh\necho two\n");
  const two = await buildImage(spec(), { cacheDir: freshDir() });
  expect(again.digest).toBe(one.digest);
  expect(two.digest).not.toBe(one.digest);
  const index = JSON.parse(fs.readFileSync(path.join(one.layoutDir, "index.json"), "utf8")) as {
    manifests: Array<{ digest: string; annotations: Record<string, string> }>;
  };
  expect(index.manifests[0].digest).toBe(one.digest);
  expect(index.manifests[0].annotations["io.containerd.image.name"]).toBe("stackwerk.local/test:1");
});

/** Layer digests and the listing of the last (application) layer of a built image. */
async function appLayer(layoutDir: string, digest: string): Promise<{ layers: string[]; listing: string; env: string[]; entrypoint: string[] }> {
  const manifest = JSON.parse(blob(layoutDir, digest).toString()) as { config: { digest: string }; layers: Array<{ digest: string }> };
  const config = JSON.parse(blob(layoutDir, manifest.config.digest).toString()) as { config: { Env: string[]; Entrypoint: string[] } };
  const last = path.join(layoutDir, "blobs", "sha256", manifest.layers[manifest.layers.length - 1].digest.replace(/^sha256:/, ""));
  return {
    layers: manifest.layers.map((l) => l.digest),
    listing: (await run("tar", ["-tvf", last])).stdout,
    env: config.config.Env,
    entrypoint: config.config.Entrypoint,
  };
}

test("an image from a Maven Central jar on the Debian JRE base is reproducible: two builds into empty caches, one digest", async () => {
  const options = { name: "h2", tag: H2_ARTIFACT.version, artifacts: [H2_ARTIFACT], mainClass: "org.h2.tools.Shell" };
  const a = await buildMavenImage(options, { cacheDir: freshDir() });
  const b = await buildMavenImage(options, { cacheDir: freshDir() });
  expect(a.layoutDir).not.toBe(b.layoutDir);
  expect(b.digest).toBe(a.digest);
  const app = await appLayer(a.layoutDir, a.digest);
  expect(app.layers).toHaveLength(2); // JRE base, application
  expect(app.listing).toMatch(/-rw-r--r-- 0\/0 .* 1970-01-01 00:00 \.\/opt\/app\/h2-2\.2\.224\.jar/);
  expect(app.entrypoint).toEqual([`${JAVA_HOME}/bin/java`, "-XX:-UsePerfData", "-cp", "/opt/app/h2-2.2.224.jar"]);
});

test("an image from a PyPI wheel on the Debian Python base is reproducible: two builds into empty caches, one digest", async () => {
  const options = { name: "six", tag: SIX_WHEEL.version, wheels: [SIX_WHEEL] };
  const a = await buildPypiImage(options, { cacheDir: freshDir() });
  const b = await buildPypiImage(options, { cacheDir: freshDir() });
  expect(b.digest).toBe(a.digest);
  const app = await appLayer(a.layoutDir, a.digest);
  expect(app.layers).toHaveLength(2); // Python base, application
  expect(app.listing).toMatch(/-rw-r--r-- 0\/0 .* 1970-01-01 00:00 \.\/usr\/lib\/python3\/dist-packages\/six\.py/);
  expect(app.listing).toMatch(/\.\/usr\/lib\/python3\/dist-packages\/six-1\.16\.0\.dist-info\/METADATA/);
  for (const line of app.listing.trim().split("\n")) expect(line).toMatch(/ 0\/0 .* 1970-01-01 00:00 /);
});

test("a pinned artifact whose sha256 does not match is refused, naming both hashes", async () => {
  await expect(fetchPypiWheel({ ...SIX_WHEEL, sha256: "0".repeat(64) })).rejects.toThrow(/six==1\.16\.0|0000000000000000/);
  await expect(fetchMavenArtifact({ ...H2_ARTIFACT, sha256: "1".repeat(64) })).rejects.toThrow(
    /sha256 of h2-2\.2\.224\.jar is b9d8f193\w+, not the pinned 1{64}/,
  );
});

/**
 * The registry-free image builder: same inputs give the same manifest digest (two builds into
 * separate caches), a changed input changes it, and the layer holds what the spec asked for.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { buildImage, ImageSpec } from "../../tools/runtime/images";
import { busyboxImageSpec } from "../../tools/runtime/test-images";

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

/**
 * A first local stand-in for a catalogue image (issue 27): rclone from pinned Debian packages,
 * built with the registry-free image builder. Its substitution record names the upstream
 * reference, the local build and its manifest digest, the pinned inputs, and says plainly that it
 * is another release (Debian's 1.60.1, not 1.75.1). The layer's binary is run to prove what it is.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { buildStandIn, rcloneStandIn } from "../../tools/runtime/stand-ins";
import type { ImageSubstitution } from "../../conformance/types";
import { catalogueRef } from "../../core/images/catalogue";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const fresh = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-stand-in-"));
  dirs.push(d);
  return d;
};

test("rclone stand-in: reproducible build, an honest substitution record, and the binary is rclone 1.60.1", async () => {
  const a = await buildStandIn(rcloneStandIn(), { cacheDir: fresh() });
  const b = await buildStandIn(rcloneStandIn(), { cacheDir: fresh() });
  const record: ImageSubstitution = a; // the report's type accepts it as is
  expect(record).toEqual({
    upstream: catalogueRef("rclone"),
    key: "rclone",
    local: "stackwerk.local/rclone:1.60.1",
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    inputs: ["deb:rclone=1.60.1+dfsg-2+b5", "deb:libc6=2.36-9+deb12u14", "deb:busybox-static=1:1.35.0-4+deb12u1+b1"],
    sameVersion: false,
    note: expect.stringContaining("Debian 12 ships rclone 1.60.1; the catalogue pins 1.75.1"),
  });
  expect(b.digest).toBe(a.digest);

  // Unpack the image's layer and run the binary (the host is Debian 12 too, so the loader matches).
  const cache = fresh();
  const built = await buildStandIn(rcloneStandIn(), { cacheDir: cache });
  const layout = fs.readdirSync(cache).map((d) => path.join(cache, d, "layout"))[0];
  const manifest = JSON.parse(fs.readFileSync(path.join(layout, "blobs", "sha256", built.digest.slice("sha256:".length)), "utf8")) as {
    layers: Array<{ digest: string }>;
  };
  const root = fresh();
  await run("tar", ["-xf", path.join(layout, "blobs", "sha256", manifest.layers[0].digest.slice("sha256:".length)), "-C", root]);
  for (const tool of ["sh", "date", "sort", "tail"]) expect(fs.readlinkSync(path.join(root, "bin", tool))).toBe("busybox");
  // busybox's shell runs the restore job's kind of pipeline (sort, tail).
  const pipeline = await run(path.join(root, "bin", "busybox"), ["sh", "-c", "printf 'b\\na\\n' | sort | tail -n 1"], { check: false });
  expect(pipeline.stdout.trim()).toBe("b");
  const version = await run(path.join(root, "usr", "bin", "rclone"), ["version"], { check: false });
  expect(version.stdout).toMatch(/^rclone v1\.60\.1/);
}, 600_000);

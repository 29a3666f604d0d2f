/**
 * Generated credentials under the Pulumi engine (issue 28): the same stack config gives the same
 * values on every run (a re-run changes nothing), raising `stackwerk:credentials_rotation` gives
 * new values for every generated key, another stack's seed gives other values, and bad config
 * fails with a message naming the key and what is allowed.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { deriveCredential } from "../../engines/pulumi/credentials";
import { renderUnderMocks, unwrapSecret } from "../support/pulumi";

const build = (app: Parameters<Parameters<typeof renderUnderMocks>[0]>[0]) =>
  new WebAppStack(app, "shop", { target: targets.onprem(), image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true });

/** `Secret/ns/name key` → value of every generated Secret value the engine registered. */
async function generatedValues(config: Record<string, string>): Promise<Map<string, string>> {
  const { registered } = await renderUnderMocks(build, undefined, config);
  const values = new Map<string, string>();
  for (const r of registered.filter((r) => r.type === "kubernetes:core/v1:Secret" && r.inputs.stringData)) {
    for (const [key, v] of Object.entries(unwrapSecret(r.inputs.stringData) as Record<string, unknown>)) {
      values.set(`Secret/${r.inputs.metadata.namespace}/${r.inputs.metadata.name} ${key}`, String(unwrapSecret(v)));
    }
  }
  return values;
}

test("same config, same values; a raised rotation counter or another seed, all new values", async () => {
  const first = await generatedValues({});
  const again = await generatedValues({});
  const rotated = await generatedValues({ "stackwerk:credentials_rotation": "2" });
  const otherSeed = await generatedValues({ "stackwerk:credentials_seed": "another-stack-seed-0123456789abcdef0123" });
  expect(first.size).toBeGreaterThanOrEqual(4);
  expect(Object.fromEntries(again)).toEqual(Object.fromEntries(first));
  for (const [key, value] of first) {
    expect(value).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect({ key, same: rotated.get(key) === value }).toEqual({ key, same: false });
    expect({ key, same: otherSeed.get(key) === value }).toEqual({ key, same: false });
  }
  // Every key of every Secret gets its own value.
  expect(new Set(first.values()).size).toBe(first.size);
});

test("derivation: letters and digits of the asked length, uniform over the alphabet", () => {
  const value = deriveCredential("seed-0123456789abcdef0123456789abcdef", "ns/s/k@1", 20000);
  expect(value).toMatch(/^[A-Za-z0-9]{20000}$/);
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  expect(counts.size).toBe(62);
  // 20000 / 62 ≈ 323 per character; a modulo bias (256 % 62) would push some to ~390.
  for (const n of counts.values()) expect(n).toBeLessThan(400);
});

test.each([
  [{ "stackwerk:credentials_rotation": "0" }, /stackwerk:credentials_rotation: "0" is not allowed\. Allowed: a whole number of at least 1/],
  [{ "stackwerk:credentials_rotation": "1.5" }, /stackwerk:credentials_rotation: "1\.5" is not allowed/],
])("bad rotation counter %j fails naming the key", async (config, message) => {
  await expect(renderUnderMocks(build, undefined, config)).rejects.toThrow(message);
});

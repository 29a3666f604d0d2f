/**
 * Bad input fails at synth time with a message naming the pattern (construct path), the
 * property and what is allowed.
 */
import { App } from "cdktf";
import { main } from "../../cli/main";
import "../../patterns";
import { WebAppStack, WebAppStackProps } from "../../patterns";
import { targetByName, targets } from "../../providers";

const base: WebAppStackProps = { target: targets.onprem(), image: "registry.example.de/shop/web:1.4.2" };

function build(props: Partial<WebAppStackProps>): () => void {
  return () => new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { ...base, ...props } as WebAppStackProps);
}

test.each<[string, Partial<WebAppStackProps>, RegExp]>([
  ["empty image", { image: "" }, /^\[WebAppStack shop\] image: must be a non-empty string/],
  ["image without tag", { image: "registry.example.de/shop/web" }, /\[WebAppStack shop\] image: .* has no tag or digest\. Allowed: an image pinned by tag/],
  [
    "invalid host name",
    { hostName: "Shop_Example" },
    /^\[WebAppStack shop\] hostName: "Shop_Example" is not a valid host name\. Allowed: a lower-case DNS name/,
  ],
  ["negative replicas", { replicas: -1 }, /^\[WebAppStack shop\] replicas: -1 is not allowed in stage test\. Allowed: an integer of at least 1$/],
  ["unknown size", { size: "XXL" as never }, /^\[WebAppStack shop\] size: "XXL" is not allowed\. Allowed: S, M, L, XL$/],
  ["unknown stage", { stage: "staging" as never }, /^\[WebAppStack shop\] stage: "staging" is not allowed\. Allowed: test, acceptance, training, production$/],
  ["port 0", { port: 0 }, /^\[WebAppStack shop\] port: 0 is not allowed\. Allowed: an integer from 1 to 65535$/],
  ["port 70000", { port: 70000 }, /^\[WebAppStack shop\] port: 70000 is not allowed\. Allowed: an integer from 1 to 65535$/],
  [
    "production without TLS",
    { stage: "production", hostName: "shop.example.de", tls: false },
    /^\[WebAppStack shop\] tls: false is not allowed in stage production\. Allowed: true/,
  ],
  [
    "production with one replica",
    { stage: "production", replicas: 1 },
    /^\[WebAppStack shop\] replicas: 1 is not allowed in stage production\. Allowed: an integer of at least 2$/,
  ],
  [
    "invalid ConfigMap reference",
    { envFromConfigMaps: ["App_Config"] },
    /^\[Workload shop\/shop-platform\/app\] envFromConfigMaps\[0\]: "App_Config" is not a valid name\. Allowed: lower-case letters/,
  ],
  [
    "missing target",
    { target: undefined as never },
    /^\[WebAppStack shop\] target: undefined is not a target\. Allowed: targets\.ionos\(\), targets\.stackit\(\), targets\.onprem\(\)$/,
  ],
  [
    "a database on a target that cannot offer one",
    { target: targets.onprem({ postgres: { mode: "none" } }), database: true },
    /^\[WebAppStack shop\] database: target onprem offers no postgres \(not configured\)\. Allowed: leave database unset, or configure the target/,
  ],
])("%s", (_name, props, message) => {
  expect(build(props)).toThrow(message);
});

test("an unknown target name lists the allowed ones", () => {
  expect(() => targetByName("aws")).toThrow(/^unknown target 'aws'\. Allowed: ionos, stackit, onprem$/);
});

test("the CLI rejects an unknown target with exit code 1 and the allowed names", async () => {
  const errors: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    errors.push(String(chunk));
    return true;
  });
  try {
    expect(await main(["synth", "--pattern", "web-app", "--target", "aws", "--out", "/tmp/unused-synth"])).toBe(1);
    expect(await main(["synth", "--pattern", "web-app", "--target", "onprem", "--bogus", "1"])).toBe(2);
  } finally {
    spy.mockRestore();
  }
  expect(errors.join("")).toMatch(/unknown target 'aws'\. Allowed: ionos, stackit, onprem/);
  expect(errors.join("")).toMatch(/unknown option --bogus\. Allowed: --pattern, --target, --stage, --out/);
});

/**
 * Bad input fails at synth time with a message naming the pattern (construct path), the
 * property and what is allowed.
 */
import { App } from "cdktf";
import { main } from "../../cli/main";
import "../../patterns";
import { WebAppStack, WebAppStackProps } from "../../patterns";
import { targetByName, targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

const base: WebAppStackProps = { target: targets.onprem(), image: "registry.example.de/shop/web:1.4.2" };

function build(props: Partial<WebAppStackProps>): () => void {
  return () => new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { ...base, ...props } as WebAppStackProps);
}

test.each<[string, Partial<WebAppStackProps>, RegExp]>([
  ["empty image", { image: "" }, /^\[WebAppStack shop\] image: must be a non-empty string/],
  ["image without tag", { image: "registry.example.de/shop/web" }, /\[WebAppStack shop\] image: .* has no tag or digest\. Allowed: an image pinned by tag/],
  ["invalid host name", { hostName: "Shop_Example" }, /^\[WebAppStack shop\] hostName: "Shop_Example" is not allowed\. Allowed: a lower-case DNS name/],
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
    /^\[WebAppStack shop\] envFromConfigMaps\[0\]: "App_Config" is not allowed\. Allowed: a name of lower-case letters/,
  ],
  [
    "missing target",
    { target: undefined as never },
    /^\[WebAppStack shop\] target: undefined is not a target\. Allowed: targets\.ionos\(\), targets\.stackit\(\), targets\.onprem\(\), or a landingZone$/,
  ],
  [
    "a database on a target that cannot offer one",
    { target: targets.onprem({ postgres: { mode: "none" } }), database: true },
    /^\[WebAppStack shop\] database: target onprem offers no postgres \(not configured\)\. Allowed: leave database unset, or configure the target/,
  ],
  // Unknown properties from plain JavaScript are refused, naming the nearest allowed one.
  [
    "unknown property replica",
    { replica: 3 } as never,
    /^\[WebAppStack shop\] replica: is not a known property \(did you mean replicas\?\)\. Allowed: target, landingZone, stage, .*livenessCheckPath$/,
  ],
  [
    "unknown property hostname",
    { hostname: "shop.example.de" } as never,
    /^\[WebAppStack shop\] hostname: is not a known property \(did you mean hostName\?\)\. Allowed: /,
  ],
  [
    "unknown database option",
    { database: { user: "shop" } as never },
    /^\[WebAppStack shop\] database\.user: is not a known property.*\. Allowed: name, username$/,
  ],
  ["IPv4 address as host name", { hostName: "192.0.2.10" }, /^\[WebAppStack shop\] hostName: "192\.0\.2\.10" is not allowed\. Allowed: .*not an IP address/],
  [
    "env name with a dash",
    { env: { "MY-VAR": "1" } },
    /^\[WebAppStack shop\] env\.MY-VAR: "MY-VAR" is not a valid variable name\. Allowed: letters, digits and '_'/,
  ],
  ["env name starting with a digit", { env: { "1ST": "1" } }, /^\[WebAppStack shop\] env\.1ST: .* is not a valid variable name\. Allowed:/],
  ["env value that is not a string", { env: { PORT: 8080 as never } }, /^\[WebAppStack shop\] env\.PORT: 8080 is not allowed\. Allowed: a string$/],
  [
    "user env overriding a wired database variable",
    { database: true, env: { PGHOST: "evil.example.de" } },
    /^\[WebAppStack shop\] env\.PGHOST: is set by Stackwerk \(database\/bucket wiring\) and may not be overridden\. Allowed: any other name/,
  ],
  [
    "user secretEnv overriding a wired bucket credential",
    { bucket: true, secretEnv: { AWS_SECRET_ACCESS_KEY: { name: "mine", key: "k" } } },
    /^\[WebAppStack shop\] secretEnv\.AWS_SECRET_ACCESS_KEY: is set by Stackwerk .*Allowed: any other name$/,
  ],
  [
    "more replicas than the namespace pods quota",
    { replicas: 1000 },
    /^\[WebAppStack shop\] replicas: 1000 is not allowed with size S \(namespace pods quota 20, .*\)\. Allowed: an integer from 1 to 19, or a larger size$/,
  ],
])("%s", (_name, props, message) => {
  expect(build(props)).toThrow(message);
});

test("two instances claiming the same namespace on the same cluster are refused, naming both", () => {
  const app = new App({ outdir: "/tmp/unused" });
  const target = targets.onprem();
  new WebAppStack(app, "shop", { ...base, target, namespace: "shared" });
  expect(() => new WebAppStack(app, "blog", { ...base, target, namespace: "shared" })).toThrow(
    /^\[WebAppStack blog\] namespace: "shared" is already used by WebAppStack shop on the same cluster .*Allowed: a namespace no other instance uses/,
  );
  // Same names on different clusters are fine.
  new WebAppStack(app, "other", {
    ...base,
    target: targets.onprem({ kubeconfigPath: "/etc/other/kubeconfig", kubeconfigCheckedAtSynth: false }),
    namespace: "shared",
  });
});

test("a second instance whose default namespace collides (same tenant and stage) is refused", () => {
  const app = new App({ outdir: "/tmp/unused" });
  new WebAppStack(app, "shop", { ...base });
  expect(() => new WebAppStack(app, "shop2", { ...base, tenant: "shop" })).toThrow(
    /^\[WebAppStack shop2\] namespace: "shop-test" is already used by WebAppStack shop/,
  );
});

describe("external on-prem services", () => {
  const onprem = (props: object) => () => targets.onprem(props as never);
  test.each<[string, object, RegExp]>([
    [
      "postgres without host",
      { postgres: { mode: "external", passwordSecretName: "db" } },
      /^\[targets\.onprem\] postgres\.host: undefined is not a valid host\. Allowed:/,
    ],
    [
      "postgres without password secret",
      { postgres: { mode: "external", host: "10.20.0.15" } },
      /^\[targets\.onprem\] postgres\.passwordSecretName: undefined is not a valid name\. Allowed:/,
    ],
    [
      "postgres by DNS name without a CIDR",
      { postgres: { mode: "external", host: "pg.rz.example.de", passwordSecretName: "db" } },
      /^\[targets\.onprem\] postgres\.cidr: is required when the host is a DNS name .*Allowed: a CIDR/,
    ],
    [
      "postgres with an invalid CIDR",
      { postgres: { mode: "external", host: "pg.rz.example.de", passwordSecretName: "db", cidr: "10.0.0.0/33" } },
      /^\[targets\.onprem\] postgres\.cidr: "10\.0\.0\.0\/33" is not a valid CIDR\. Allowed:/,
    ],
    [
      "unknown postgres mode",
      { postgres: { mode: "managed" } },
      /^\[targets\.onprem\] postgres\.mode: "managed" is not allowed\. Allowed: in-cluster, external, none$/,
    ],
    [
      "unknown property of an external postgres",
      { postgres: { mode: "external", hostname: "x", passwordSecretName: "db" } },
      /^\[targets\.onprem\] postgres\.hostname: is not a known property \(did you mean postgres\.host\?\)/,
    ],
    [
      "object storage with an invalid endpoint",
      { objectStorage: { mode: "external", endpoint: "s3 rz example", credentialsSecretName: "s3" } },
      /^\[targets\.onprem\] objectStorage\.endpoint: "s3 rz example" is not a valid endpoint\. Allowed: an http\(s\) URL/,
    ],
    [
      "object storage without endpoint",
      { objectStorage: { mode: "external", credentialsSecretName: "s3" } },
      /^\[targets\.onprem\] objectStorage\.endpoint: undefined is not a valid endpoint\. Allowed:/,
    ],
    [
      "object storage endpoint with credentials in the URL",
      { objectStorage: { mode: "external", endpoint: "https://key:secret@10.0.0.9", credentialsSecretName: "s3" } },
      /^\[targets\.onprem\] objectStorage\.endpoint: .* is not a valid endpoint\. Allowed: an http\(s\) URL without credentials/,
    ],
    [
      "object storage without credentials secret",
      { objectStorage: { mode: "external", endpoint: "https://10.0.0.9" } },
      /^\[targets\.onprem\] objectStorage\.credentialsSecretName: undefined is not a valid name\. Allowed:/,
    ],
    [
      "unknown target property",
      { kubeConfigPath: "/etc/kubeconfig" },
      /^\[targets\.onprem\] kubeConfigPath: is not a known property \(did you mean kubeconfigPath\?\)/,
    ],
  ])("%s is refused", (_name, props, message) => {
    expect(onprem(props)).toThrow(message);
  });

  test("an external service by IP address is pinned to that address; a DNS name to the given CIDR", () => {
    const out = synthApp(
      (app) =>
        new WebAppStack(app, "shop", {
          ...base,
          target: targets.onprem({
            postgres: { mode: "external", host: "10.20.0.15", passwordSecretName: "db" },
            objectStorage: { mode: "external", endpoint: "https://s3.rz.example.de:9443", credentialsSecretName: "s3", cidr: "10.30.0.0/24" },
          }),
          database: true,
          bucket: true,
        }),
    );
    const egress = manifestsOf(out.json["shop-platform"])
      .filter((o) => o.kind === "NetworkPolicy" && o.spec.egress && o.spec.podSelector.matchLabels?.["app.kubernetes.io/name"] === "web")
      .flatMap((p) =>
        p.spec.egress.map(
          (r: { to: Array<{ ipBlock?: { cidr: string } }>; ports: Array<{ port: number }> }) =>
            `${r.to[0].ipBlock?.cidr}:${r.ports.map((x) => x.port).join(",")}`,
        ),
      )
      .sort();
    expect(egress).toEqual(["10.20.0.15/32:5432", "10.30.0.0/24:9443"]);
  });
});

test("an unknown target name lists the allowed ones", () => {
  expect(() => targetByName("aws")).toThrow(/^unknown target 'aws'\. Allowed: ionos, stackit, onprem$/);
});

test("the CLI rejects an unknown target as a usage error (exit code 2) with the allowed names", async () => {
  const errors: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    errors.push(String(chunk));
    return true;
  });
  try {
    expect(await main(["synth", "--pattern", "web-app", "--target", "aws", "--out", "/tmp/unused-synth"])).toBe(2);
    expect(await main(["synth", "--pattern", "web-app", "--target", "onprem", "--bogus", "1"])).toBe(2);
  } finally {
    spy.mockRestore();
  }
  expect(errors.join("")).toMatch(/--target: "aws" is not allowed\. Allowed: ionos, stackit, onprem/);
  expect(errors.join("")).toMatch(/unknown option --bogus\. Allowed: --pattern, --target, --stage, --out/);
});

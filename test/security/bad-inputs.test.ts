/**
 * Every class of bad input (issue 26) through all three doors: the construct API, `stackwerk
 * synth --props/--target-props` (YAML files) and a fleet catalogue (YAML) through `stackwerk
 * synth --fleet`. Each must end in a clear error naming the property and the allowed values,
 * never a TypeError or a stack trace. YAML's `.nan`/`.inf` are written by js-yaml itself, as a
 * user's file would hold them.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { App } from "cdktf";
import { main } from "../../cli/main";
import { AiStack, EventBusStack, MonitoringStack, targets, WebAppStack } from "../../index";
import { StackwerkValidationError } from "../../core/errors";

jest.setTimeout(300_000);

type Data = Record<string, unknown>;
type TargetName = "onprem" | "stackit" | "ionos";

const IMAGE = "registry.example.de/shop/web:1.4.2";
const GOVERNANCE = {
  riskClass: "limited",
  intendedPurpose: "answers questions",
  modelCard: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
  dataResidency: "DE",
  auditLogRetentionDays: 30,
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CLASSES: Record<string, new (scope: App, id: string, props: any) => unknown> = {
  "web-app": WebAppStack,
  ai: AiStack,
  monitoring: MonitoringStack,
  "event-bus": EventBusStack,
};
const BASE: Record<string, Data> = {
  "web-app": { image: IMAGE },
  ai: { model: "Qwen/Qwen2.5-0.5B-Instruct", governance: GOVERNANCE },
  monitoring: {},
  "event-bus": {},
};

/** A kubeconfig with two contexts, for the context check. */
const KUBECONFIG_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-bad-kc-"));
const KUBECONFIG = path.join(KUBECONFIG_DIR, "kubeconfig");
fs.writeFileSync(
  KUBECONFIG,
  yaml.dump({
    apiVersion: "v1",
    kind: "Config",
    "current-context": "rz-a",
    clusters: [{ name: "rz", cluster: { server: "https://10.0.0.1:6443" } }],
    users: [{ name: "admin", user: {} }],
    contexts: [
      { name: "rz-a", context: { cluster: "rz", user: "admin" } },
      { name: "rz-b", context: { cluster: "rz", user: "admin" } },
    ],
  }),
);
afterAll(() => fs.rmSync(KUBECONFIG_DIR, { recursive: true, force: true }));

/** One bad-input class: where it goes, and the words every door's error must hold. */
interface BadInput {
  readonly name: string;
  readonly pattern: string;
  readonly target: TargetName;
  readonly props?: Data;
  readonly targetProps?: Data;
  readonly expected: RegExp;
}

const CASES: BadInput[] = [
  {
    name: "null in a map of objects",
    pattern: "web-app",
    target: "onprem",
    props: { secretEnv: { X: null } },
    expected: /secretEnv\.X: null is not allowed\. Allowed: an object with name, key/,
  },
  {
    name: "string for a list",
    pattern: "web-app",
    target: "onprem",
    props: { envFromSecrets: "a" },
    expected: /envFromSecrets: "a" is not allowed\. Allowed: a list of/,
  },
  { name: "string for a boolean", pattern: "web-app", target: "onprem", props: { tls: "no" }, expected: /tls: "no" is not allowed\. Allowed: true or false/ },
  {
    name: "string for boolean-or-object",
    pattern: "web-app",
    target: "onprem",
    props: { database: "no" },
    expected: /database: "no" is not allowed\. Allowed: false, true or an object/,
  },
  {
    name: "YAML .nan for a number",
    pattern: "web-app",
    target: "onprem",
    props: { port: Number.NaN },
    expected: /port: NaN is not allowed\. Allowed: an integer from 1 to 65535/,
  },
  {
    name: "YAML .inf for a number",
    pattern: "web-app",
    target: "onprem",
    props: { replicas: Number.POSITIVE_INFINITY },
    expected: /replicas: Infinity is not allowed\. Allowed: an integer/,
  },
  {
    name: "fraction for an integer",
    pattern: "web-app",
    target: "onprem",
    props: { port: 8080.5 },
    expected: /port: 8080\.5 is not allowed\. Allowed: an integer from 1 to 65535/,
  },
  {
    name: "number out of range",
    pattern: "web-app",
    target: "onprem",
    props: { port: 70000 },
    expected: /port: 70000 is not allowed\. Allowed: an integer from 1 to 65535/,
  },
  {
    name: "number for a string",
    pattern: "web-app",
    target: "onprem",
    props: { hostName: 42 },
    expected: /hostName: 42 is not allowed\. Allowed: a lower-case DNS name with at least two labels/,
  },
  {
    name: "misspelt property",
    pattern: "web-app",
    target: "onprem",
    props: { replica: 3 },
    expected: /replica: is not a known property \(did you mean replicas\?\)\. Allowed: /,
  },
  {
    name: "malformed host name",
    pattern: "web-app",
    target: "onprem",
    props: { hostName: "Shop_Example" },
    expected: /hostName: "Shop_Example" is not allowed\. Allowed: a lower-case DNS name with at least two labels/,
  },
  {
    name: "malformed HTTP path",
    pattern: "web-app",
    target: "onprem",
    props: { healthCheckPath: "healthz" },
    expected: /healthCheckPath: "healthz" is not allowed\. Allowed: an absolute HTTP path/,
  },
  {
    name: "malformed Secret name in a map",
    pattern: "web-app",
    target: "onprem",
    props: { secretEnv: { X: { name: "Shop API", key: "k" } } },
    expected: /secretEnv\.X\.name: "Shop API" is not allowed\. Allowed: a name of lower-case letters/,
  },
  {
    name: "negative number in a list",
    pattern: "ai",
    target: "stackit",
    props: { clients: [{ name: "app", requestsPerMinute: -5 }] },
    expected: /clients\[0\]\.requestsPerMinute: -5 is not allowed\. Allowed: an integer from 1 to 1000000/,
  },
  {
    name: "unknown enum value",
    pattern: "event-bus",
    target: "onprem",
    props: { protocol: "mqtt" },
    expected: /protocol: "mqtt" is not (allowed|offered by target onprem)\. Allowed: amqp, kafka/,
  },
  {
    name: "malformed e-mail address",
    pattern: "monitoring",
    target: "stackit",
    props: { receivers: [{ type: "email", to: "ops.example.de" }] },
    expected: /receivers\[0\]\.to: "ops\.example\.de" is not allowed\. Allowed: an e-mail address/,
  },
  {
    name: "malformed URL",
    pattern: "monitoring",
    target: "stackit",
    props: { receivers: [{ type: "webhook", url: "hooks example" }] },
    expected: /receivers\[0\]\.url: "hooks example" is not allowed\. Allowed: an http\(s\) URL/,
  },
  {
    name: "string for a target's list",
    pattern: "web-app",
    target: "stackit",
    targetProps: { adminCidrs: "203.0.113.0/24" },
    expected: /adminCidrs: "203\.0\.113\.0\/24" is not allowed\. Allowed: a list of/,
  },
  {
    name: "the whole internet in two halves",
    pattern: "web-app",
    target: "stackit",
    targetProps: { adminCidrs: ["0.0.0.0/1", "128.0.0.0/1"] },
    expected: /adminCidrs: .*Allowed: .*openToInternet/,
  },
  {
    name: "YAML .nan in a target's union member",
    pattern: "web-app",
    target: "onprem",
    targetProps: { postgres: { mode: "external", host: "pg.rz.example.de", port: Number.NaN, passwordSecretName: "pg" } },
    expected: /postgres\.port: NaN is not allowed\. Allowed: an integer from 1 to 65535/,
  },
  {
    name: "misspelt target property",
    pattern: "web-app",
    target: "onprem",
    targetProps: { storageClass: "fast" },
    expected: /storageClass: is not a known property \(did you mean storageClassName\?\)/,
  },
  {
    name: "malformed StorageClass name",
    pattern: "web-app",
    target: "onprem",
    targetProps: { storageClassName: "Fast SSD" },
    expected: /storageClassName: "Fast SSD" is not allowed\. Allowed: a name of lower-case letters/,
  },
  {
    name: "kubeconfig path that does not exist",
    pattern: "web-app",
    target: "onprem",
    targetProps: { kubeconfigPath: "/nonexistent/stackwerk/kubeconfig" },
    expected:
      /kubeconfigPath: "\/nonexistent\/stackwerk\/kubeconfig" does not exist on this machine\. Allowed: the path of an existing kubeconfig file, or kubeconfigCheckedAtSynth: false/,
  },
  {
    name: "context not in the kubeconfig",
    pattern: "web-app",
    target: "onprem",
    targetProps: { kubeconfigPath: KUBECONFIG, kubeContext: "rz-c" },
    expected: /kubeContext: "rz-c" is not a context of .*\. Allowed: rz-a, rz-b/,
  },
  {
    name: "GPU serving with no GPU node declared",
    pattern: "ai",
    target: "onprem",
    props: { serving: "gpu" },
    expected: /serving: "gpu" needs a GPU node, and the on-prem target declares none \(gpuNodes: 0\)\. Allowed: "cpu" .*gpuNodes/,
  },
];

/** What must never reach a user: a bare TypeError or a stack trace. */
const CRASH = /TypeError|ReferenceError|is not a function|Cannot read propert|\n\s+at .*[(/]/;

/** The construct API: the pattern class with the props, on `targets.<target>(targetProps)`. */
function viaApi(c: BadInput): string {
  try {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-bad-api-")) });
    new CLASSES[c.pattern](app, "x", { ...BASE[c.pattern], ...c.props, target: targets[c.target](c.targetProps as never) });
    app.synth();
  } catch (e) {
    if (e instanceof StackwerkValidationError) return e.message;
    return `not a validation error: ${(e as Error).stack}`;
  }
  return "accepted";
}

/** Runs the CLI in-process; returns the exit code and everything it wrote. */
async function cli(args: string[]): Promise<{ code: number; output: string }> {
  const chunks: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  };
  const err = jest.spyOn(process.stderr, "write").mockImplementation(capture);
  const out = jest.spyOn(process.stdout, "write").mockImplementation(capture);
  try {
    return { code: await main(args), output: chunks.join("") };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-bad-inputs-"));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const writeYaml = (name: string, data: unknown): string => {
  const file = path.join(work, name);
  fs.writeFileSync(file, yaml.dump(data));
  return file;
};

test.each(CASES.map((c) => [c.name, c] as const))("API: %s", (_name, c) => {
  const message = viaApi(c);
  expect(message).not.toMatch(CRASH);
  expect(message).toMatch(c.expected);
});

test.each(CASES.map((c, i) => [c.name, c, i] as const))("CLI (stackwerk synth --props/--target-props, YAML): %s", async (_name, c, i) => {
  const args = ["synth", "--pattern", c.pattern, "--target", c.target, "--out", path.join(work, `cli-${i}`)];
  args.push("--props", writeYaml(`props-${i}.yaml`, { ...BASE[c.pattern], ...c.props }));
  if (c.targetProps) args.push("--target-props", writeYaml(`target-props-${i}.yaml`, c.targetProps));
  const { code, output } = await cli(args);
  expect(output).not.toMatch(CRASH);
  expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(c.expected) });
});

test("fleet catalogue (YAML, stackwerk synth --fleet): every target class is reported at once, each naming its target", async () => {
  const targetCases = CASES.filter((c) => c.targetProps);
  const file = writeYaml("fleet-targets.yaml", {
    targets: Object.fromEntries(targetCases.map((c, i) => [`rz-${i}`, { type: c.target, props: c.targetProps }])),
    tenants: targetCases.map((c, i) => ({ name: `t${i}`, pattern: c.pattern, target: `rz-${i}`, props: BASE[c.pattern] })),
  });
  const { code, output } = await cli(["synth", "--fleet", file, "--jobs", "1", "--out", path.join(work, "fleet-targets")]);
  expect(code).toBe(1);
  expect(output).not.toMatch(CRASH);
  const missing = targetCases.filter((c, i) => !output.split("\n").some((line) => line.includes(`targets.rz-${i}`) && c.expected.test(line)));
  expect(missing.map((c) => c.name)).toEqual([]);
});

test("fleet catalogue (YAML, stackwerk synth --fleet): every pattern class fails its own tenant with the property named", async () => {
  const patternCases = CASES.filter((c) => !c.targetProps);
  const file = writeYaml("fleet-patterns.yaml", {
    tenants: patternCases.map((c, i) => ({ name: `t${i}`, pattern: c.pattern, target: c.target, props: { ...BASE[c.pattern], ...c.props } })),
  });
  const { code, output } = await cli(["synth", "--fleet", file, "--jobs", "2", "--out", path.join(work, "fleet-patterns")]);
  expect(code).toBe(1);
  expect(output).not.toMatch(CRASH);
  const missing = patternCases.filter((c, i) => !output.split("\n").some((line) => line.includes(`tenants[${i}] (t${i})`) && c.expected.test(line)));
  expect(missing.map((c) => c.name)).toEqual([]);
});

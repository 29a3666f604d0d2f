/**
 * The files `stackwerk new pattern <name>` writes: a pattern class with one workload, its
 * registration with a reference instance, a test, and a docs page. Each synthesises and passes
 * conformance levels 1-6 on every target as written; real content replaces the workload later.
 */

/** Names derived from a pattern name: `pattern-name` → `PatternNameStack`. */
export interface PatternNames {
  /** Registered (CLI) name, a DNS label, e.g. `queue-worker`. */
  readonly name: string;
  /** Class name, e.g. `QueueWorkerStack`. */
  readonly className: string;
  /** Props interface name, e.g. `QueueWorkerStackProps`. */
  readonly propsName: string;
  /** Constant holding the prop names, e.g. `QUEUE_WORKER_STACK_PROPS`. */
  readonly propsConstant: string;
}

/** The names of pattern `name`. */
export function patternNames(name: string): PatternNames {
  const words = name.split("-").filter((w) => w.length > 0);
  const className = `${words.map((w) => w[0].toUpperCase() + w.slice(1)).join("")}Stack`;
  return { name, className, propsName: `${className}Props`, propsConstant: `${words.join("_").toUpperCase()}_STACK_PROPS` };
}

/** patterns/<name>/index.ts: the class, its props, their validation, one workload. */
export function patternIndex({ name, className, propsName, propsConstant }: PatternNames): string {
  return `/**
 * ${name} pattern (scaffolded by \`stackwerk new pattern ${name}\`): one containerised service in
 * a zero-trust namespace on any target. Replace the workload with the pattern's real content;
 * docs/adding-a-pattern.md lists what a pattern needs before it is done.
 */
import { Construct } from "constructs";
import { propNames, requireIntegerInRange, requireKnownProps, requireNonEmpty } from "../../core/errors";
import { validateImage, withRegistryMirror } from "../../constructs/security";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { STAGE_DEFAULTS, WORKLOAD_SIZING } from "../../core/profile";
import { Workload } from "../../constructs/workload";

/** Props of a ${className}. */
export interface ${propsName} extends PatternProps {
  /** Container image pinned by tag or digest, e.g. \`registry.example.de/${name}:1.0.0\`. */
  readonly image: string;
  /** Port the container serves on. @default 8080 */
  readonly port?: number;
}

const ${propsConstant} = propNames<${propsName}>()([...PATTERN_PROPS, "image", "port"]);

/** The ${name} pattern. */
export class ${className} extends Pattern {
  /** Registered name (CLI, labels, reports). */
  static readonly patternName = "${name}";

  /** The pattern's service. */
  readonly workload: Workload;

  constructor(scope: Construct, id: string, props: ${propsName}) {
    super(scope, id, props, ${className}.patternName);
    requireKnownProps(this, props, ${propsConstant});
    validateImage(this, "image", requireNonEmpty(this, "image", props.image));
    const port = requireIntegerInRange(this, "port", props.port ?? 8080, 1, 65535);
    const replicas = Math.max(WORKLOAD_SIZING[this.size].replicas, STAGE_DEFAULTS[this.stage].minReplicas);
    this.workload = new Workload(this.platformStack, "app", {
      namespace: this.namespace,
      name: "${name}",
      image: withRegistryMirror(props.image, this.target.registryMirror),
      port,
      size: this.size,
      replicas,
      spreadOverZones: STAGE_DEFAULTS[this.stage].spreadOverZones || replicas > 1,
    });
  }
}
`;
}

/** patterns/<name>/register.ts: the one registration (CLI, fleet, conformance, docs checks). */
export function patternRegister({ name, className }: PatternNames): string {
  return `/** Registers the ${name} pattern with its reference instance (CLI, fleet catalogues, conformance). */
import { registerPattern } from "../registry";
import { ${className} } from "./index";

registerPattern({
  name: ${className}.patternName,
  pattern: ${className},
  summary: "${name} (scaffolded: one containerised service; replace with the pattern's summary)",
  uses: ["kubernetesCluster"],
  create: (scope, id, { target, stage }) => new ${className}(scope, id, { target, stage, image: "registry.example.de/stackwerk/hello-web:1.0.0" }),
});
`;
}

/** test/<name>/<name>.test.ts: synth on every target, bad input, the restricted pod. */
export function patternTest({ name, className }: PatternNames): string {
  return `/**
 * The ${name} pattern synthesises on every target with a restricted pod, and bad input fails at
 * synth naming the construct path, the property and what is allowed.
 */
import { App } from "cdktf";
import { ${className} } from "../../patterns";
import { targetByName, TARGET_NAMES } from "../../providers";
import { manifestsOf, podSpecsOf, synthApp } from "../support/synth";

const IMAGE = "registry.example.de/stackwerk/hello-web:1.0.0";

test.each(TARGET_NAMES)("synthesises on %s with a restricted, non-root pod", (targetName) => {
  const out = synthApp((app) => new ${className}(app, "demo", { target: targetByName(targetName), image: IMAGE }));
  const platform = out.stacks.find((s) => s.role === "platform");
  expect(platform).toBeDefined();
  const pods = podSpecsOf(manifestsOf(out.json[platform!.name]));
  expect(pods.map((p) => p.owner)).toEqual(["Deployment/${name}"]);
  for (const { spec } of pods) {
    expect(spec.securityContext.runAsNonRoot).toBe(true);
    for (const c of spec.containers) expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
  }
});

test.each<[string, Record<string, unknown>, RegExp]>([
  ["an empty image", { image: "" }, /^\\[${className} demo\\] image: must be a non-empty string/],
  ["port 0", { image: IMAGE, port: 0 }, /^\\[${className} demo\\] port: 0 is not allowed\\. Allowed: an integer from 1 to 65535$/],
  ["an unknown prop", { image: IMAGE, replica: 2 }, /^\\[${className} demo\\] replica: .*Allowed: /],
])("refuses %s", (_what, props, message) => {
  const build = () => new ${className}(new App({ outdir: "/tmp/unused" }), "demo", { target: targetByName("onprem"), ...props } as never);
  expect(build).toThrow(message);
});
`;
}

/** docs/patterns/<name>.md: the page the pattern's docs grow from. */
export function patternDoc({ name, className }: PatternNames): string {
  return `# ${name}

\`${className}\` (\`${name}\`) — scaffolded by \`stackwerk new pattern ${name}\`: one containerised
service in a zero-trust namespace. Replace this page as the pattern grows: a table of what it
deploys per target, a diagram, props and defaults, and what stays weak.

| Target | What it deploys |
| --- | --- |
| ionos | a Deployment on the managed cluster |
| stackit | a Deployment on SKE |
| onprem | a Deployment on the cluster of the kubeconfig |

## Props
- \`image\`: container image pinned by tag or digest.
- \`port\`: container port (default 8080).
- and the props every pattern shares (\`target\` or \`landingZone\`, \`stage\`, \`size\`, \`tenant\`, \`namespace\`, \`preventDestroy\`).
`;
}

/** The README pattern-table row of a scaffolded pattern. */
export function readmeRow({ name, className }: PatternNames): string {
  return `| \`${className}\` (\`${name}\`) | scaffolded: one containerised service | Managed Kubernetes | SKE | the cluster of the kubeconfig | [${name}](docs/patterns/${name}.md) |`;
}

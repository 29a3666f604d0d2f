/**
 * Expression injection through every string prop (issue 26): the string-typed places of every
 * pattern's and target's props interface are read from the TypeScript types (tools/props), each
 * gets a `${...}` / `%{...}` payload, and every pattern is synthesised on every target. A payload
 * is either refused at synth with a StackwerkValidationError, or every stack string carrying it
 * (infra, add-ons and platform) is evaluated by OpenTofu itself (a scratch configuration whose
 * output holds those strings, `tofu apply`) and must come back verbatim.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import "../../patterns";
import { AiStack, EventBusStack, IdentityStack, MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { StackwerkValidationError } from "../../core/errors";
import { readShapes, Shape } from "../../tools/props/shapes";
import { place, stringPaths, StringPath } from "../../tools/props/paths";
import { ensureToolchain, runTofu, Toolchain } from "../../tools/toolchain";
import { synthesize } from "../../engines/cdktf";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor = new (scope: App, id: string, props: any) => unknown;

/** Each pattern: its class, props interface and the least it needs (per target). */
const PATTERNS: Record<string, { ctor: Ctor; props: string; base: Record<string, unknown>; baseOn?: Record<string, Record<string, unknown>> }> = {
  "web-app": { ctor: WebAppStack, props: "WebAppStackProps", base: { image: "registry.example.de/shop/web:1.4.2" } },
  ai: {
    ctor: AiStack,
    props: "AiStackProps",
    base: {
      model: "Qwen/Qwen2.5-0.5B-Instruct",
      governance: {
        riskClass: "limited",
        intendedPurpose: "answers questions",
        modelCard: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
        dataResidency: "DE",
        humanOversightContact: "aufsicht@amt.example.de",
        auditLogRetentionDays: 30,
      },
    },
  },
  monitoring: {
    ctor: MonitoringStack,
    props: "MonitoringStackProps",
    base: {},
    // Where Alertmanager runs in the cluster, e-mail receivers need a relay.
    baseOn: {
      ionos: { smtp: { smarthost: "mail.example.de:25", from: "alerts@example.de" } },
      onprem: { smtp: { smarthost: "mail.example.de:25", from: "alerts@example.de" } },
    },
  },
  iam: { ctor: IdentityStack, props: "IdentityStackProps", base: { hostName: "login.example.de" } },
  "event-bus": { ctor: EventBusStack, props: "EventBusStackProps", base: {} },
};

/** Each target: its factory and props interface. */
const TARGETS: Record<string, { make: (props: Record<string, unknown>) => unknown; props: string; base: Record<string, unknown> }> = {
  stackit: { make: (p) => targets.stackit(p), props: "StackitTargetProps", base: { adminCidrs: ["203.0.113.0/24"] } },
  ionos: { make: (p) => targets.ionos(p), props: "IonosTargetProps", base: { adminCidrs: ["203.0.113.0/24"] } },
  onprem: { make: (p) => targets.onprem(p), props: "OnPremTargetProps", base: { gpuNodes: 1 } },
};

/** The payload at path number `i`: an expression and a directive OpenTofu would evaluate, tagged so it can be found again. */
const payload = (i: number): string => `zq${i}q\${upper(path.cwd)}%{if(true)}x%{endif}q`;
/** The forms a payload is tried in, until one passes the prop's format check (a free text, an e-mail address, a URL). */
const FORMS: Array<(p: string) => string> = [(p) => p, (p) => `${p}@example.de`, (p) => `https://hooks.example.de/alert?x=${p}`];
const TAG = /zq(\d+)q/g;
/** What OpenTofu reads from a Terraform-JSON string that holds no live template: the escapes undone. */
const literal = (json: string): string => json.replace(/\$\$\{|%%\{/g, (m) => m.slice(1));

let shapes: { roots: Record<string, Shape>; defs: Record<string, Shape> };
let tc: Toolchain;

beforeAll(async () => {
  shapes = readShapes([...Object.values(PATTERNS).map((p) => p.props), ...Object.values(TARGETS).map((t) => t.props)]);
  tc = await ensureToolchain();
}, 600000);

interface Tagged {
  readonly where: "pattern" | "target";
  readonly path: StringPath;
}

/** A path's text with element/member markers removed, comparable to an error's property (`receivers[0].to` → `receivers[].to`). */
const comparable = (text: string): string =>
  text
    .replace(/#\d+/g, "")
    .replace(/\[\d+\]/g, "[]")
    .replace(/\{\}/g, ".K");

/** Synthesises `pattern` on `target` with payloads at `paths`; returns the stacks' JSON, or the validation error. */
function attempt(pattern: string, target: string, paths: Tagged[], ids: Map<Tagged, number>, forms: Map<Tagged, number>) {
  const p = PATTERNS[pattern];
  const t = TARGETS[target];
  let props: unknown = { ...p.base, ...(p.baseOn?.[target] ?? {}) };
  let targetProps: unknown = { ...t.base };
  for (const tagged of paths) {
    const i = ids.get(tagged)!;
    const text = FORMS[forms.get(tagged) ?? 0](payload(i));
    if (tagged.where === "pattern") props = place(props, shapes.roots[p.props], shapes.defs, tagged.path.steps, text, `K${i}`);
    else targetProps = place(targetProps, shapes.roots[t.props], shapes.defs, tagged.path.steps, text, `K${i}`);
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-inject-"));
  try {
    const app = new App({ outdir });
    new p.ctor(app, "x", { ...(props as object), target: t.make(targetProps as Record<string, unknown>), stage: "production" });
    const stacks = synthesize(app);
    return { stacks: stacks.map((s) => ({ name: s.name, json: JSON.parse(fs.readFileSync(s.file, "utf8")) })) };
  } catch (e) {
    if (e instanceof StackwerkValidationError) return { error: e };
    throw new Error(`${pattern} on ${target}: a payload crashed synth instead of a validation error: ${(e as Error).stack}`);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Every string (keys and values) in `value` holding a tag. */
function taggedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (/zq\d+q/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => taggedStrings(v, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      taggedStrings(k, out);
      taggedStrings(v, out);
    }
  return out;
}

/** OpenTofu's reading of Terraform-JSON strings: an output holding them, applied in a scratch folder. */
async function readByOpenTofu(strings: string[]): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-read-"));
  try {
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ output: { read: { value: strings } } }));
    const apply = await runTofu(tc, dir, ["apply", "-auto-approve", "-input=false", "-no-color"]);
    if (apply.code !== 0) throw new Error(`tofu could not read the strings:\n${apply.stdout}\n${apply.stderr}`);
    const out = await runTofu(tc, dir, ["output", "-json", "read"], { check: true });
    return JSON.parse(out.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The paths of the review's findings: they must reach a stack (and be read verbatim there), not merely be refused. */
const MUST_REACH: Record<string, string[]> = {
  "monitoring/stackit": ["receivers[]#0.to", "receivers[]#1.url"],
  "ai/stackit": ["keyRotation"],
};

const CELLS = Object.keys(PATTERNS).flatMap((pattern) => Object.keys(TARGETS).map((target) => [pattern, target] as const));

test.each(CELLS)(
  "%s on %s: every string prop is refused or reaches every stack verbatim",
  async (pattern, target) => {
    const all: Tagged[] = [
      ...stringPaths(shapes.roots[PATTERNS[pattern].props], shapes.defs).map((p) => ({ where: "pattern" as const, path: p })),
      ...stringPaths(shapes.roots[TARGETS[target].props], shapes.defs).map((p) => ({ where: "target" as const, path: p })),
    ];
    expect(all.length).toBeGreaterThan(3);
    const ids = new Map(all.map((t, i) => [t, i] as const));
    let active = [...all];
    const forms = new Map<Tagged, number>();
    const refused: string[] = [];
    for (;;) {
      const result = attempt(pattern, target, active, ids, forms);
      if (!result.error) {
        const strings = result.stacks.flatMap((s) => taggedStrings(s.json));
        const read = await readByOpenTofu(strings);
        const wrong: string[] = [];
        // OpenTofu evaluated nothing: it read each string as literal text (a payload may be transformed, e.g. into a file name, but never evaluated).
        read.forEach((text, n) => {
          if (text !== literal(strings[n])) {
            const paths = [...strings[n].matchAll(TAG)].map((m) => all[Number(m[1])].path.text).join(", ");
            wrong.push(`${paths}: ${JSON.stringify(strings[n])} was read as ${JSON.stringify(text)}`);
          }
        });
        // Some stack carries most accepted payloads (a refusal of everything would prove nothing).
        const reached = new Set(read.flatMap((t) => [...t.matchAll(TAG)].map((m) => Number(m[1]))));
        expect({ cell: `${pattern}/${target}`, wrong }).toEqual({ cell: `${pattern}/${target}`, wrong: [] });
        expect(reached.size).toBeGreaterThan(0);
        const missing = (MUST_REACH[`${pattern}/${target}`] ?? []).filter((text) => ![...reached].some((i) => all[i].path.text === text));
        expect({ cell: `${pattern}/${target}`, missing }).toEqual({ cell: `${pattern}/${target}`, missing: [] });
        console.log(
          `${pattern}/${target}: ${all.length} string paths, ${refused.length} refused at synth (${refused.join(", ")}), ${active.length - reached.size} accepted but in no stack, ${reached.size} read verbatim by OpenTofu`,
        );
        return;
      }
      const error = result.error;
      // The payload named in the message, else the path the error's property names.
      const tagged = new Set([...error.message.matchAll(TAG)].map((m) => Number(m[1])));
      const fromTarget = error.constructPath.startsWith("targets.");
      const property = comparable(error.property);
      const culprits = active.filter(
        (t) =>
          tagged.has(ids.get(t)!) ||
          (tagged.size === 0 &&
            (t.where === "target") === fromTarget &&
            (comparable(t.path.text) === property ||
              comparable(t.path.text).startsWith(`${property}.`) ||
              comparable(t.path.text).startsWith(`${property}[]`))),
      );
      // Coarse fallback: a rule between siblings (`dashboards[0].panels: needs at least one panel`) drops the top-level prop's paths.
      if (culprits.length === 0 && tagged.size === 0) {
        const top = property.split(/[.[]/)[0];
        culprits.push(...active.filter((t) => (t.where === "target") === fromTarget && comparable(t.path.text).split(/[.[]/)[0] === top));
      }
      if (culprits.length === 0) throw new Error(`${pattern}/${target}: refused, but no payload path matches: ${error.message}`);
      // A refused form: the next one, or the path is refused for good.
      const exhausted = culprits.filter((c) => (forms.get(c) ?? 0) + 1 >= FORMS.length);
      for (const c of culprits) forms.set(c, (forms.get(c) ?? 0) + 1);
      refused.push(...exhausted.map((c) => `${c.where}:${c.path.text}`));
      active = active.filter((t) => !exhausted.includes(t));
    }
  },
  300000,
);

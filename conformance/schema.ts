/**
 * JSON Schema (draft 2020-12 subset) of `report.json`, schema version 1, and a small validator
 * for the keywords it uses (type, const, enum, required, properties, additionalProperties,
 * items, minItems, maxItems, minimum, maximum; `type` may list several types). docs/conformance.md describes the same fields in prose; a test checks
 * every report the runner writes against this schema. A field is never removed or changes
 * meaning within a schema version; additions are optional fields.
 */
import { ENGINE_NAMES, LEVEL_STATUSES } from "./types";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = Record<string, any>;

const str: Schema = { type: "string" };
const int: Schema = { type: "integer", minimum: 0 };
const bool: Schema = { type: "boolean" };
const strings: Schema = { type: "array", items: str };
const counts: Schema = { type: "object", additionalProperties: int };

const check: Schema = {
  type: "object",
  required: ["name", "ok", "message"],
  properties: { name: str, ok: bool, message: str, notRun: bool },
  additionalProperties: false,
};

const level: Schema = {
  type: "object",
  required: ["level", "name", "status", "required", "durationMs", "message"],
  properties: {
    level: { type: "integer", enum: [1, 2, 3, 4, 5, 6, 7] },
    name: { enum: ["synth", "validate", "plan", "apply", "smoke", "destroy", "cloud"] },
    status: { enum: [...LEVEL_STATUSES] },
    required: bool,
    durationMs: int,
    message: str,
    checks: { type: "array", items: check },
  },
  additionalProperties: false,
};

const cell: Schema = {
  type: "object",
  required: ["id", "pattern", "target", "stage", "source", "namespaces", "stacks", "levels", "verdict", "durationMs"],
  properties: {
    id: str,
    pattern: str,
    target: str,
    stage: str,
    source: { enum: ["registry", "app"] },
    engine: { enum: [...ENGINE_NAMES, "gitops"] },
    instance: str,
    namespaces: strings,
    stacks: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "role", "resources", "providers"],
        properties: { name: str, role: { enum: ["infra", "addons", "platform"] }, resources: int, providers: strings },
        additionalProperties: false,
      },
    },
    levels: { type: "array", items: level, minItems: 7, maxItems: 7 },
    objectCounts: {
      type: "object",
      required: ["declared", "declaredTotal"],
      properties: { declared: counts, declaredTotal: int, live: counts, liveTotal: int, leftAfterDestroy: int, infraResources: counts },
      additionalProperties: false,
    },
    standIns: {
      type: "array",
      items: { type: "object", required: ["name", "sensitive"], properties: { name: str, sensitive: bool, value: str }, additionalProperties: false },
    },
    cluster: int,
    governance: { type: "object", additionalProperties: { type: ["string", "number"] } },
    images: {
      type: "array",
      items: { type: "object", required: ["ref", "pin"], properties: { ref: str, key: str, pin: { enum: ["digest", "tag"] } }, additionalProperties: false },
    },
    imageSubstitutions: {
      type: "array",
      items: {
        type: "object",
        required: ["upstream", "local", "digest", "inputs", "sameVersion"],
        properties: { upstream: str, key: str, local: str, digest: str, inputs: strings, sameVersion: bool, note: str },
        additionalProperties: false,
      },
    },
    runtime: {
      type: "object",
      required: ["node", "containerRuntimeVersion", "workloadsPlaced", "placedWorkloads"],
      properties: { node: str, containerRuntimeVersion: str, workloadsPlaced: bool, placedWorkloads: int, pods: strings, notRun: strings },
      additionalProperties: false,
    },
    verdict: { enum: ["pass", "fail", "blocked", "incomplete", "interrupted"] },
    durationMs: int,
  },
  additionalProperties: false,
};

export const REPORT_JSON_SCHEMA: Schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://stackwerk.dev/schemas/conformance-report-v1.json",
  title: "Stackwerk conformance report, schema version 1",
  type: "object",
  required: ["schema", "schemaVersion", "run", "toolchain", "cluster", "levels", "cells", "summary"],
  properties: {
    schema: { const: "stackwerk.dev/conformance-report" },
    schemaVersion: { const: 1 },
    run: {
      type: "object",
      required: ["id", "startedAt", "finishedAt", "durationMs", "interrupted", "argv", "options", "host", "stackwerk"],
      properties: {
        id: str,
        startedAt: str,
        finishedAt: str,
        durationMs: int,
        interrupted: bool,
        argv: strings,
        options: {
          type: "object",
          required: ["patterns", "targets", "stage", "jobs", "keep"],
          properties: {
            patterns: strings,
            targets: strings,
            stage: str,
            jobs: int,
            keep: bool,
            app: str,
            kubeconfig: str,
            maxLevel: { type: "integer", minimum: 1, maximum: 7 },
            engines: { type: "array", items: { enum: [...ENGINE_NAMES] } },
            runtime: { type: "object", required: ["placement"], properties: { placement: { enum: ["onprem", "none"] } }, additionalProperties: false },
          },
          additionalProperties: false,
        },
        host: {
          type: "object",
          required: ["platform", "arch", "cpus", "node"],
          properties: { platform: str, arch: str, cpus: int, node: str },
          additionalProperties: false,
        },
        stackwerk: { type: "object", required: ["version"], properties: { version: str, commit: str, dirty: bool }, additionalProperties: false },
      },
      additionalProperties: false,
    },
    toolchain: {
      type: "object",
      required: ["tools"],
      properties: {
        mode: str,
        key: str,
        error: str,
        readyMs: { type: "number", minimum: 0 },
        tools: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "tool", "version", "available"],
            properties: { name: str, tool: str, version: str, moduleVersion: str, available: bool, reason: str, sha256: str },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    cluster: {
      type: "object",
      required: ["kind", "note"],
      properties: {
        kind: { enum: ["embedded", "external"] },
        kubernetesVersion: str,
        components: { type: "object", additionalProperties: str },
        nodes: int,
        zones: strings,
        startMs: int,
        clusters: int,
        error: str,
        runtime: {
          type: "object",
          required: ["node", "containerRuntimeVersion", "kubeletVersion"],
          properties: { node: str, containerRuntimeVersion: str, kubeletVersion: str, nodeStartMs: int, rssBytes: int },
          additionalProperties: false,
        },
        note: str,
      },
      additionalProperties: false,
    },
    levels: {
      type: "array",
      items: {
        type: "object",
        required: ["level", "name", "title", "description", "requiredWhen"],
        properties: { level: int, name: str, title: str, description: str, requiredWhen: str },
        additionalProperties: false,
      },
    },
    cells: { type: "array", items: cell },
    summary: {
      type: "object",
      required: ["cells", "verdicts", "byLevel", "blocked", "failures", "exitCode"],
      properties: {
        cells: int,
        verdicts: {
          type: "object",
          required: ["pass", "fail", "blocked", "incomplete", "interrupted"],
          properties: { pass: int, fail: int, blocked: int, incomplete: int, interrupted: int },
          additionalProperties: false,
        },
        byLevel: { type: "object", additionalProperties: counts },
        blocked: strings,
        failures: strings,
        exitCode: int,
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

function typeOk(type: string | string[], v: unknown): boolean {
  if (Array.isArray(type)) return type.some((t) => typeOk(t, v));
  switch (type) {
    case "object":
      return v !== null && typeof v === "object" && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "integer":
      return Number.isInteger(v);
    case "number":
      return typeof v === "number";
    default:
      return typeof v === type;
  }
}

function validate(schema: Schema, v: unknown, at: string, errors: string[]): void {
  if (schema.const !== undefined && v !== schema.const) errors.push(`${at}: must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(v)) errors.push(`${at}: ${JSON.stringify(v)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.type && !typeOk(schema.type, v)) {
    errors.push(`${at}: expected ${[schema.type].flat().join(" or ")}, got ${Array.isArray(v) ? "array" : v === null ? "null" : typeof v}`);
    return;
  }
  if (typeof schema.minimum === "number" && typeof v === "number" && v < schema.minimum) errors.push(`${at}: ${v} < ${schema.minimum}`);
  if (typeof schema.maximum === "number" && typeof v === "number" && v > schema.maximum) errors.push(`${at}: ${v} > ${schema.maximum}`);
  if (Array.isArray(v)) {
    if (schema.minItems !== undefined && v.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && v.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items) v.forEach((item, i) => validate(schema.items, item, `${at}[${i}]`, errors));
  } else if (v !== null && typeof v === "object") {
    const obj = v as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${at}: missing ${key}`);
    for (const [key, value] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) validate(sub, value, `${at}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property ${key}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object")
        validate(schema.additionalProperties, value, `${at}.${key}`, errors);
    }
  }
}

/** Errors of `report` against schema version 1 (empty when valid). */
export function validateReport(report: unknown): string[] {
  const errors: string[] = [];
  validate(REPORT_JSON_SCHEMA, report, "$", errors);
  return errors;
}

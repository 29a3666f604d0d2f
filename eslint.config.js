// ESLint flat config: typescript-eslint's recommended rules for the project's own code, plus the
// floor rule (docs/architecture.md, lint/floors.js): one group per floor says what its files may
// import; core imports nothing of the repository, the shipped library nothing of tools/.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const tsdocOnExports = require("./lint/tsdoc-on-exports");
const floorRule = require("./lint/floors");
const OVERSIZED = require("./lint/oversized");

/** The project's local rules, registered once. */
const stackwerk = { rules: { "tsdoc-on-exports": tsdocOnExports, floor: floorRule } };
/** The CDK for Terraform and its bindings: only engines/cdktf/ imports them (docs/architecture.md, "The engine seam"). */
const CDKTF_PACKAGES = ["^cdktf$", "^cdktf/", "^@cdktf/"];
/** Engines' libraries: only engines/ may load them. */
const ENGINE_PACKAGES = [...CDKTF_PACKAGES, "^@pulumi/"];

/** One floor: its files may import their own floor and `mayImport` (docs/architecture.md). */
function floor(name, files, options) {
  return { files, rules: { "stackwerk/floor": ["error", { floor: name, ...options }] } };
}

module.exports = tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "cdktf.out/", "reports/", "coverage/", "providers/*/generated/", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  { plugins: { stackwerk } },
  // Ground floor: the contract (targets, capabilities, layers, context, errors, profile).
  floor("core", ["core/**/*.ts"], { mayImport: [], forbiddenPackages: ENGINE_PACKAGES }),
  // Building blocks (Kubernetes constructs, the Pattern base class) on the contract.
  floor("constructs", ["constructs/**/*.ts"], { mayImport: ["core"], forbiddenPackages: ENGINE_PACKAGES }),
  // Targets implement capabilities through the engine-neutral infra layer (variables, expressions,
  // functions: core/layers.ts); no engine package. The cloud targets' generated bindings
  // (providers/<target>/generated/, ignored above) are the only cdktf outside engines/cdktf.
  floor("providers", ["providers/**/*.ts"], {
    mayImport: ["core", "constructs"],
    forbiddenPackages: ENGINE_PACKAGES,
    isolated: true,
    shared: ["shared"],
  }),
  // Patterns ask their target for capabilities; one pattern never imports another.
  floor("patterns", ["patterns/**/*.ts"], { mayImport: ["core", "constructs"], forbiddenPackages: ENGINE_PACKAGES, isolated: true }),
  // Engines render the model; they may read everything below them. cdktf is engines/cdktf's alone.
  floor("engines", ["engines/**/*.ts"], { mayImport: ["core", "constructs", "providers", "patterns"], forbiddenPackages: CDKTF_PACKAGES }),
  floor("engines", ["engines/cdktf/**/*.ts"], { mayImport: ["core", "constructs", "providers", "patterns"] }),
  // The shipped library's entry points (the CDK's App through engines/cdktf/cdk.ts).
  floor("entry", ["index.ts", "pulumi.ts"], { mayImport: ["core", "constructs", "providers", "patterns", "engines"], forbiddenPackages: CDKTF_PACKAGES }),
  // Commands and the conformance runner drive everything, tools included (cdktf through engines/cdktf).
  floor("cli", ["cli/**/*.ts"], {
    mayImport: ["core", "constructs", "providers", "patterns", "engines", "conformance", "deploy", "tools", "entry"],
    forbiddenPackages: CDKTF_PACKAGES,
  }),
  floor("conformance", ["conformance/**/*.ts"], {
    mayImport: ["core", "constructs", "providers", "patterns", "engines", "deploy", "tools", "entry"],
    forbiddenPackages: CDKTF_PACKAGES,
  }),
  // stackwerk plan/deploy/destroy (levels 4-6 of conformance run through it); owns the tofu runner conformance uses, never imports conformance.
  floor("deploy", ["deploy/**/*.ts"], { mayImport: ["core", "constructs", "engines", "tools"], forbiddenPackages: CDKTF_PACKAGES }),
  // Off to the side: builders and the embedded cluster may use the ground floors, never the reverse.
  floor("tools", ["tools/**/*.ts"], { mayImport: ["core", "constructs"], forbiddenPackages: CDKTF_PACKAGES }),
  // The bindings generator makes the cloud targets' cdktf bindings with cdktf's own generator.
  floor("tools", ["tools/bindings/**/*.ts"], {
    mayImport: ["core", "constructs"],
    forbiddenPackages: ["^cdktf$", "^cdktf/", "^@cdktf/(?!provider-generator$|provider-generator/)"],
  }),
  {
    // One stage-policy table (core/profile.ts STAGE_DEFAULTS): no literal stage comparisons elsewhere.
    files: ["core/**/*.ts", "constructs/**/*.ts", "patterns/**/*.ts", "providers/**/*.ts", "engines/**/*.ts", "index.ts", "pulumi.ts"],
    ignores: ["core/profile.ts", "**/*.generated.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(test|acceptance|training|production)$/]",
          message:
            "Compare no stage with a literal: ask the stage-policy table, e.g. STAGE_DEFAULTS[stage].highAvailability (core/profile.ts, docs/architecture.md).",
        },
        {
          // Any other stage literal as a value (a default `?? "test"`, a `case "production":`): types may name stages.
          selector: ":not(BinaryExpression, TSLiteralType) > Literal[value=/^(test|acceptance|training|production)$/]",
          message:
            "Write no stage literal: take DEFAULT_STAGE / STRICTEST_STAGE or a field of STAGE_DEFAULTS, and resolve a stage with resolveStage/stageOf (core/profile.ts, docs/architecture.md).",
        },
        {
          selector: "CallExpression[callee.name='requireOneOf'] > Literal[value='stage']",
          message: "Check a stage once per construct tree, with resolveStage/stageOf (core/profile.ts), not requireOneOf.",
        },
      ],
    },
  },
  {
    // No grab-bags: a file of the shipped library stays under 400 lines (split along its seams;
    // docs/architecture.md). Generated files (bindings, schemas) are exempt.
    files: ["core/**/*.ts", "constructs/**/*.ts", "patterns/**/*.ts", "providers/**/*.ts", "engines/**/*.ts", "index.ts", "pulumi.ts"],
    ignores: ["**/*.generated.ts", "**/generated/**"],
    rules: { "max-lines": ["error", { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    // The same limit for the tools, the conformance runner, the CLI, `stackwerk deploy` and the
    // benchmarks; the files still over it are listed in lint/oversized.js until split (the list only
    // shrinks, test/lint/layers.test.ts).
    files: ["tools/**/*.ts", "conformance/**/*.ts", "cli/**/*.ts", "deploy/**/*.ts", "bench/**/*.ts"],
    ignores: ["**/*.generated.ts", ...OVERSIZED],
    rules: { "max-lines": ["error", { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    // The library's public surface: every export documented where it is declared.
    files: ["core/**/*.ts", "constructs/**/*.ts", "patterns/**/*.ts", "providers/**/*.ts", "engines/**/*.ts", "index.ts", "pulumi.ts"],
    rules: { "stackwerk/tsdoc-on-exports": "error" },
  },
  {
    // The engine names the CDK module once (engines/cdktf/cdk.ts, ADR 0250): cdktf or cdktn is one line.
    files: ["engines/cdktf/**/*.ts"],
    ignores: ["engines/cdktf/cdk.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "cdktf", message: "Import the CDK from ./cdk (engines/cdktf/cdk.ts, ADR 0250), the engine's one cdktf/cdktn seam." }] },
      ],
    },
  },
);

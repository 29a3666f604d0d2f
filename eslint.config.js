// ESLint flat config: typescript-eslint's recommended rules for the project's own code, plus the
// layer rule (docs/adr/0014-layer-rule.md): patterns and providers depend on the core contract,
// engines render it; nothing in core/, constructs/ or patterns/ imports an engine, a provider or a tool.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const tsdocOnExports = require("./lint/tsdoc-on-exports");

const ENGINES = ["**/engines/**", "cdktf", "@cdktf/*", "@pulumi/*"];
const TOOLS = ["**/tools/**"];
/** Provider implementations (folders and their index) and the providers barrel; `providers/target` is the core contract and allowed. */
const PROVIDER_IMPLEMENTATIONS = "(^|/)providers(/index)?$|(^|/)providers/(ionos|stackit|onprem|shared)(/|$)";
/** Pattern folders: patterns build on core, never the reverse. */
const PATTERNS = "(^|/)patterns(/|$)";

function layer(what, groups, regexes = []) {
  const message = `${what} (layer rule, docs/adr/0014-layer-rule.md).`;
  return {
    "no-restricted-imports": ["error", { patterns: [{ group: groups, message }, ...regexes.map((regex) => ({ regex, message }))] }],
  };
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
  {
    files: ["core/**/*.ts", "constructs/**/*.ts"],
    rules: layer(
      "core/ and constructs/ are the engine-neutral core: they must not import an engine, a provider implementation, a pattern or a tool",
      [...ENGINES, ...TOOLS],
      [PROVIDER_IMPLEMENTATIONS, PATTERNS],
    ),
  },
  {
    files: ["patterns/**/*.ts"],
    rules: layer(
      "a pattern asks its target for capabilities: it must not import an engine, a provider implementation or a tool",
      [...ENGINES, ...TOOLS],
      [PROVIDER_IMPLEMENTATIONS],
    ),
  },
  {
    files: ["providers/**/*.ts"],
    rules: layer("a provider implements the core contract: it must not import an engine (other than cdktf's own resource bindings) or a tool", [
      "**/engines/**",
      "@pulumi/*",
      ...TOOLS,
    ]),
  },
  {
    // The library's public surface: every export documented where it is declared.
    files: ["core/**/*.ts", "constructs/**/*.ts", "patterns/**/*.ts", "providers/**/*.ts", "engines/**/*.ts", "index.ts", "pulumi.ts"],
    plugins: { stackwerk: { rules: { "tsdoc-on-exports": tsdocOnExports } } },
    rules: { "stackwerk/tsdoc-on-exports": "error" },
  },
);

/**
 * ESLint rule (local): the floor rule of docs/architecture.md. Every relative import is resolved
 * to the repository folder it lands in (core, constructs, providers, patterns, engines, cli,
 * conformance, tools, or the entry files index.ts / pulumi.ts) and checked against what the
 * importing file's floor may import; package imports are checked against the floor's forbidden
 * packages (engines' libraries). eslint.config.js configures it once per floor.
 *
 * Options: { floor, mayImport: [floor...], forbiddenPackages: [regex...], isolated: bool, shared: [folder...] }
 *   isolated: files in <floor>/<a>/ may not import <floor>/<b>/ (one pattern never imports
 *   another) unless <b> is listed in `shared`.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ENTRIES = { "index.ts": "entry", "pulumi.ts": "entry", index: "entry", pulumi: "entry" };

/** The floor a repository-relative path belongs to (its top folder, or `entry` for index.ts / pulumi.ts). */
function floorOf(rel) {
  const [top] = rel.split(path.sep);
  return ENTRIES[top] ?? top;
}

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "imports follow the floors of docs/architecture.md" },
    schema: [
      {
        type: "object",
        properties: {
          floor: { type: "string" },
          mayImport: { type: "array", items: { type: "string" } },
          forbiddenPackages: { type: "array", items: { type: "string" } },
          isolated: { type: "boolean" },
          shared: { type: "array", items: { type: "string" } },
        },
        required: ["floor", "mayImport"],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { floor, mayImport, forbiddenPackages = [], isolated = false, shared = [] } = context.options[0];
    const packages = forbiddenPackages.map((p) => new RegExp(p));
    const file = context.filename ?? context.getFilename();
    const fromRel = path.relative(ROOT, file);
    const fromRoom = fromRel.split(path.sep)[1];

    function report(node, what) {
      context.report({
        node,
        message: `${floor}/ must not import ${what}: ${floor} may import ${mayImport.length ? mayImport.join(", ") : "nothing of the repository"} (floor rule, docs/architecture.md).`,
      });
    }

    function check(node, spec) {
      if (typeof spec !== "string") return;
      if (!spec.startsWith(".")) {
        if (packages.some((p) => p.test(spec))) report(node, `the package ${spec}`);
        return;
      }
      const rel = path.relative(ROOT, path.resolve(path.dirname(file), spec));
      if (rel.startsWith("..")) return report(node, `${spec} (outside the repository)`);
      const target = floorOf(rel);
      if (target !== floor) {
        if (!mayImport.includes(target)) report(node, `${rel} (floor ${target})`);
        return;
      }
      const parts = rel.split(path.sep);
      // Same floor: rooms (pattern or provider folders) stay apart unless the room is shared.
      // A room is a folder: `../stackit/index` and `../stackit` (the folder's index) alike.
      const intoRoom = parts.length > 2 || (parts.length === 2 && fs.existsSync(path.join(ROOT, rel)) && fs.statSync(path.join(ROOT, rel)).isDirectory());
      if (isolated && fromRoom && intoRoom && fromRel.split(path.sep).length > 2) {
        const room = parts[1];
        if (room !== fromRoom && !shared.includes(room)) report(node, `${rel} (another room of ${floor}: ${room})`);
      }
    }

    const source = (node) => node.source && node.source.value;
    return {
      ImportDeclaration: (node) => check(node, source(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, source(node)),
      ExportAllDeclaration: (node) => check(node, source(node)),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
      // Type imports count too: `typeof import("../x")` and `import("cdktf").App` load nothing, but tie the floor to the module.
      TSImportType(node) {
        const arg = node.argument;
        const spec = arg && (arg.type === "TSLiteralType" ? arg.literal && arg.literal.value : arg.value);
        check(node, spec);
      },
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === "TSExternalModuleReference" && check(node, node.moduleReference.expression.value),
      CallExpression(node) {
        const callee = node.callee;
        const isRequire = callee.type === "Identifier" && callee.name === "require";
        const isResolve = callee.type === "MemberExpression" && callee.object.name === "require" && callee.property.name === "resolve";
        if ((isRequire || isResolve) && node.arguments[0] && node.arguments[0].type === "Literal") check(node, node.arguments[0].value);
      },
    };
  },
};

/**
 * Reads the exported props interfaces of Stackwerk with the TypeScript compiler API and turns
 * each into a plain data shape (string, number, boolean, literals, arrays, maps, objects, unions).
 * The injection test walks every string of these shapes, and the runtime validator's schemas
 * (core/validation/schemas.generated.ts) are generated from them, so neither is a hand list.
 */
import * as path from "node:path";
import ts from "typescript";

/** A data shape of a props type (declared in core, which checks values against it at runtime). */
export type { Shape } from "../../core/validation/shape";
import type { Shape } from "../../core/validation/shape";
import { isStringFormat } from "../../core/validation/formats";

/** Constraints a property's TSDoc declares: `@format <name>`, `@integer`, `@minimum <n>`, `@maximum <n>`. */
interface Constraints {
  format?: string;
  integer?: boolean;
  minimum?: number;
  maximum?: number;
}

/** The constraint tags on a property declaration; an unknown format or a non-number bound fails the generator. */
function constraintsOf(decl: ts.Declaration, where: string): Constraints {
  const found: Constraints = {};
  for (const tag of ts.getJSDocTags(decl)) {
    const name = tag.tagName.text;
    const text = (typeof tag.comment === "string" ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? "")).trim().split(/\s+/)[0] ?? "";
    if (name === "format") {
      if (!isStringFormat(text)) throw new Error(`${where}: @format ${text} is not a known format (core/validation/formats.ts)`);
      found.format = text;
    } else if (name === "integer") found.integer = true;
    else if (name === "minimum" || name === "maximum") {
      const n = Number(text);
      if (text === "" || !Number.isFinite(n)) throw new Error(`${where}: @${name} ${text} is not a number`);
      found[name] = n;
    }
  }
  return found;
}

/** `shape` with the constraints applied to its strings or numbers (through lists, maps and unions). */
function constrain(shape: Shape, c: Constraints, where: string): Shape {
  if (c.format === undefined && c.integer === undefined && c.minimum === undefined && c.maximum === undefined) return shape;
  switch (shape.kind) {
    case "string":
      if (c.format === undefined) throw new Error(`${where}: number bounds on a string`);
      return { kind: "string", format: c.format as never };
    case "number":
      if (c.format !== undefined) throw new Error(`${where}: @format on a number`);
      return {
        kind: "number",
        ...(c.integer ? { integer: true } : {}),
        ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
        ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
      };
    case "array":
      return { kind: "array", element: constrain(shape.element, c, where) };
    case "map":
      return { kind: "map", value: constrain(shape.value, c, where) };
    case "union":
      return { kind: "union", members: shape.members.map((m) => (m.kind === "string" || m.kind === "number" ? constrain(m, c, where) : m)) };
    default:
      throw new Error(`${where}: constraint tags on a ${shape.kind}`);
  }
}

/** The repository root (this file is tools/props/shapes.ts). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Reads the named interfaces (exported from the entry file's module graph) as shapes; nested named object types become `ref`s in `defs`. */
export function readShapes(names: readonly string[], entry = path.join(REPO_ROOT, "index.ts")): { roots: Record<string, Shape>; defs: Record<string, Shape> } {
  const program = ts.createProgram([entry], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const declarations = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes("node_modules")) continue;
    ts.forEachChild(file, (node) => {
      if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && !declarations.has(node.name.text)) declarations.set(node.name.text, node);
    });
  }
  const defs: Record<string, Shape> = {};
  const inProgress = new Set<string>();

  const isOpaque = (type: ts.Type): boolean => {
    // Anything with a call signature or a method is behaviour, not data.
    if (type.getCallSignatures().length) return true;
    return checker.getPropertiesOfType(type).some((p) => {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      return decl !== undefined && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl) || ts.isGetAccessor(decl));
    });
  };

  const shapeOf = (type: ts.Type): Shape => {
    if (type.flags & ts.TypeFlags.String) return { kind: "string" };
    if (type.flags & ts.TypeFlags.Number) return { kind: "number" };
    if (type.flags & ts.TypeFlags.Boolean) return { kind: "boolean" };
    if (type.isStringLiteral() || type.isNumberLiteral()) return { kind: "literal", values: [type.value] };
    if (type.flags & ts.TypeFlags.BooleanLiteral) return { kind: "literal", values: [checker.typeToString(type) === "true"] };
    if (type.isUnion()) {
      const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      const shapes = members.map(shapeOf);
      const literals = shapes.filter((s): s is Extract<Shape, { kind: "literal" }> => s.kind === "literal");
      const rest = shapes.filter((s) => s.kind !== "literal");
      const merged: Shape[] = literals.length ? [{ kind: "literal", values: literals.flatMap((l) => l.values) }, ...rest] : rest;
      // `true | false` is boolean.
      if (merged.length === 1 && merged[0].kind === "literal" && merged[0].values.length === 2 && merged[0].values.every((v) => typeof v === "boolean"))
        return { kind: "boolean" };
      return merged.length === 1 ? merged[0] : { kind: "union", members: merged };
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return { kind: "array", element: element ? shapeOf(element) : { kind: "opaque", name: "unknown" } };
    }
    if (type.flags & ts.TypeFlags.Object) {
      if (isOpaque(type)) return { kind: "opaque", name: checker.typeToString(type) };
      const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
      const props = checker.getPropertiesOfType(type);
      if (index && props.length === 0) return { kind: "map", value: shapeOf(index.type) };
      const symbol = type.aliasSymbol ?? type.getSymbol();
      const name = symbol && symbol.name !== "__type" && symbol.name !== "__object" ? symbol.name : "";
      if (name && declarations.has(name)) {
        if (!defs[name] && !inProgress.has(name)) {
          inProgress.add(name);
          defs[name] = objectShape(type, name);
          inProgress.delete(name);
        }
        return { kind: "ref", name };
      }
      return objectShape(type, name || checker.typeToString(type));
    }
    return { kind: "opaque", name: checker.typeToString(type) };
  };

  const objectShape = (type: ts.Type, name: string): Shape => {
    const properties: Record<string, { shape: Shape; optional: boolean }> = {};
    // Inherited props first (PatternProps before a pattern's own), as the patterns' messages list them.
    const own = (p: ts.Symbol) => (p.declarations ?? []).some((d) => d.parent && (d.parent as ts.InterfaceDeclaration).name?.getText?.() === name);
    const all = checker.getPropertiesOfType(type);
    for (const p of [...all.filter((x) => !own(x)), ...all.filter(own)]) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) continue;
      const shape = constrain(shapeOf(checker.getTypeOfSymbolAtLocation(p, decl)), constraintsOf(decl, `${name}.${p.name}`), `${name}.${p.name}`);
      properties[p.name] = { shape, optional: (p.flags & ts.SymbolFlags.Optional) !== 0 };
    }
    return { kind: "object", name, properties };
  };

  const roots: Record<string, Shape> = {};
  for (const name of names) {
    const decl = declarations.get(name);
    if (!decl) throw new Error(`props type ${name} not found below ${entry}`);
    roots[name] = shapeOf(checker.getTypeAtLocation(decl.name));
  }
  return { roots, defs };
}

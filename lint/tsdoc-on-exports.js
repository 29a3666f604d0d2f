/**
 * ESLint rule (local): every exported declaration carries a TSDoc block comment, so the
 * public API is documented where it is declared (issue 9). Used by eslint.config.js.
 */
module.exports = {
  meta: { type: "suggestion", docs: { description: "exported declarations carry a TSDoc comment" }, schema: [] },
  create(context) {
    const source = context.sourceCode ?? context.getSourceCode();
    function documented(node) {
      // eslint directives (`// eslint-disable-next-line ...`) may sit between the TSDoc and the export.
      const comments = source.getCommentsBefore(node).filter((c) => !(c.type === "Line" && c.value.trim().startsWith("eslint-")));
      const last = comments[comments.length - 1];
      return Boolean(last && last.type === "Block" && last.value.startsWith("*"));
    }
    function check(node, name) {
      if (!documented(node)) context.report({ node, message: `exported ${name} has no TSDoc comment (/** ... */): every export is documented (issue 9)` });
    }
    return {
      ExportNamedDeclaration(node) {
        if (!node.declaration) return;
        const d = node.declaration;
        const names = d.declarations ? d.declarations.map((x) => x.id.name).join(", ") : d.id ? d.id.name : "declaration";
        check(node, names);
      },
      ExportDefaultDeclaration(node) {
        check(node, "default");
      },
    };
  },
};

/**
 * Lints source texts as if they were files of the repository, with the project's real ESLint
 * config, through ESLint's Node API in one process (jest's VM cannot load the flat config, which
 * ESLint reads by dynamic import). Reads `[{ file, code }]` as JSON on stdin, prints
 * `[{ file, messages: ["ruleId: message"] }]`.
 */
const path = require("node:path");
const { ESLint } = require("eslint");

const ROOT = path.resolve(__dirname, "../..");

async function main() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const eslint = new ESLint({ cwd: ROOT });
  const out = [];
  for (const { file, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    out.push({ file, messages: result.messages.map((m) => `${m.ruleId}: ${m.message}`) });
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

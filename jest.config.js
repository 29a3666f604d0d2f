/** Jest: SWC transform (fast, no type-check; `npm run typecheck` does that). */

/**
 * Real-node runtime cells of issue 27 that do not pass yet (each fails one level-5 check or has
 * not had a clean run; the note says which and why). They stay out of `npm test` so CI
 * stays meaningful; `STACKWERK_RUNTIME_PENDING=1 npx jest test/runtime/<pattern>.test.ts` runs one.
 * Remove a pattern here when its cell passes.
 */
const PENDING_RUNTIME_CELLS = ["event-bus"];

/**
 * Real-node runtime tests kept out of `npm test`, not because they fail: evidence runs.
 * iam-realm-sync (issue 27: a client, role and group added after the first deployment reach the
 * running realm on the next deploy) is the iam cell plus a second deploy that restarts Keycloak
 * (~4 min to Ready under load) and its realm sync Job. `STACKWERK_RUNTIME_PENDING=1` runs them too.
 */
const OUT_OF_CI_RUNTIME_CELLS = ["iam-realm-sync"];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: [
    "/node_modules/",
    ...(process.env.STACKWERK_RUNTIME_PENDING ? [] : [...PENDING_RUNTIME_CELLS, ...OUT_OF_CI_RUNTIME_CELLS].map((p) => `/test/runtime/${p}\\.test\\.ts$`)),
  ],
  transform: { "^.+\\.tsx?$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 120000,
  maxWorkers: 2,
  globalSetup: "<rootDir>/test/global-setup.ts",
};

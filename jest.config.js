/** Jest: SWC transform (fast, no type-check; `npm run typecheck` does that). */

/**
 * Real-node runtime cells of issue 27 that do not pass yet stay out of `npm test` so CI stays
 * meaningful; `STACKWERK_RUNTIME_PENDING=1 npx jest test/runtime/<pattern>.test.ts` runs one.
 * Empty: all five on-prem cells (web-app, ai, iam, event-bus, monitoring) pass on the real node.
 * @type {string[]}
 */
const PENDING_RUNTIME_CELLS = [];

/**
 * Real-node runtime tests kept out of `npm test` for CI's time budget, not because they fail:
 * event-bus-kafka (the Kafka-flavoured event bus, ADR 0445) passed in 174-245 s warm (median of
 * three ~228 s; load-dependent: a JVM broker and an admin Job of six JVM tool runs), on top of the
 * AMQP cell's 202-234 s, which runs in CI. iam-realm-sync (issue 27: a client, role and group
 * added to the program after the first deployment reach the running realm on the next deploy, ADR
 * 0440) is the iam cell plus a second deploy (rolls Keycloak, runs the new realm sync Job): 2 of 3
 * runs passed, 540 s at load ~3 and 705 s at load ~18 (the second deploy 151-184 s); the other
 * (load ~20) lost level 5 to Keycloak refusing connections after the second deploy (cause not
 * seen; pod readiness is logged since). On top of the iam cell's ~400-480 s, which runs in CI.
 * `STACKWERK_RUNTIME_PENDING=1` runs them too.
 */
const OUT_OF_CI_RUNTIME_CELLS = ["event-bus-kafka", "iam-realm-sync"];

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
  testSequencer: "<rootDir>/test/sequencer.js",
};

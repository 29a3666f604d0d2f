/** Jest: SWC transform (fast, no type-check; `npm run typecheck` does that). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 120000,
  maxWorkers: 2,
  globalSetup: "<rootDir>/test/global-setup.ts",
};

/**
 * Jest test order: the known long files first, then Jest's own order (failed first, then by the
 * last run's time, else by file size). A fresh clone (CI) has no timings, and Jest's size fallback
 * started the 7-line upgrade shard — a 20-minute file — last, so it ran alone at the end. Keep the
 * list to files that take minutes; a missing or renamed file is simply skipped.
 */
const Sequencer = require("@jest/test-sequencer").default;

/** Longest first (seconds measured in a CI run on 2 cores, 2026-12-06). */
const LONG_FIRST = [
  "test/upgrade/onprem.test.ts", // ~1200 s
  "test/deploy/deploy-onprem.test.ts", // ~400-590 s
  "test/runtime/iam.test.ts", // ~290 s
  "test/gitops/flux-reconcile.test.ts", // ~230 s
  "test/runtime/monitoring.test.ts", // ~230 s
  "test/engines/pulumi-real.test.ts", // ~210 s
  "test/web-app/deploy.test.ts", // ~210 s
  "test/iam/keycloak-import.test.ts", // ~190 s
  "test/upgrade/onprem-shard2.test.ts", // ~190 s
  "test/runtime/web-app.test.ts", // ~170 s
  "test/runtime/event-bus.test.ts", // ~160 s
];

class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (t) => {
      const i = LONG_FIRST.findIndex((p) => t.path.endsWith(`/${p}`));
      return i === -1 ? LONG_FIRST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongFirstSequencer;

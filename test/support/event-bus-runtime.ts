/**
 * Assertions shared by the event bus's runtime tests (test/runtime/event-bus.test.ts for AMQP,
 * event-bus-kafka.test.ts for Kafka): both cells deploy a broker `bus` and the clients publisher,
 * consumer and bystander.
 */
import type { CellReport, CheckResult } from "../../conformance/types";

/** Levels 1-6 pass (3 is n/a on-prem: no cloud resources), the broker and every client ran, nothing was left. */
export function expectEventBusCellRan(c: CellReport): void {
  expect(c.levels.map((l) => `L${l.level}:${l.status}`)).toEqual(expect.arrayContaining(["L1:pass", "L2:pass", "L3:n/a", "L4:pass", "L5:pass", "L6:pass"]));
  expect(c.runtime!.pods!).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/bus-0$/),
      expect.stringMatching(/\/publisher-[a-z0-9]+-[a-z0-9]+$/),
      expect.stringMatching(/\/consumer-[a-z0-9]+-[a-z0-9]+$/),
      expect.stringMatching(/\/bystander-[a-z0-9]+-[a-z0-9]+$/),
    ]),
  );
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
}

/** The cell's level-5 checks by name. */
export function levelFiveChecks(c: CellReport): Record<string, CheckResult> {
  return Object.fromEntries(c.levels.find((l) => l.level === 5)!.checks!.map((k) => [k.name, k]));
}

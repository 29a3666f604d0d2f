/**
 * No validation repeated on a pattern's walk (issue 22): every registered pattern's reference
 * instance is synthesised on every target and at the snapshot stages while every `require*` rule
 * of core/errors.ts records (rule, property, value, construct path). A property and value checked
 * again below the construct that checked it (or by a construct after a label outside the tree,
 * such as `targets.onprem`, or twice by one construct) is a repeat; the test lists each one. A new
 * pattern is covered by registering it. Siblings that check equal values (three workloads with
 * one image) check props of their own and are not repeats.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Construct } from "constructs";
import { describeRepeats, repeatedChecks, type CheckRecord } from "../support/validation-probe";
import { SNAPSHOT_STAGES } from "../compat/addresses";

const mockRecords: CheckRecord[] = [];
jest.mock("../../core/errors", () => {
  const { recordingRules } = require("../support/validation-probe") as typeof import("../support/validation-probe");
  return recordingRules(jest.requireActual("../../core/errors"), mockRecords);
});
const api = require("../../index") as typeof import("../../index");
const rules = require("../../core/errors") as typeof import("../../core/errors");
const { ZoneGateway } = require("../../constructs/kube/gateway") as typeof import("../../constructs/kube/gateway");

/** The repeats of one pattern's reference instance on every target and snapshot stage, one line each naming the cell. */
function repeatsOf(pattern: string): string[] {
  const lines: string[] = [];
  for (const target of api.TARGET_NAMES) {
    for (const stage of SNAPSHOT_STAGES) {
      mockRecords.splice(0);
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-validation-once-"));
      try {
        api.synthPattern({ pattern, target: api.targetByName(target), stage, outdir });
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
      expect(mockRecords.length).toBeGreaterThan(0);
      lines.push(...describeRepeats(repeatedChecks(mockRecords)).map((l) => `${target}/${stage}: ${l}`));
    }
  }
  return lines;
}

describe.each(api.registeredPatterns().map((p) => p.name))("%s reference instance", (pattern) => {
  test("checks each property and value once on its walk", () => {
    expect(repeatsOf(pattern)).toEqual([]);
  });
});

describe("the probe", () => {
  /** A construct that checks a host name it was given, like a pattern or a route does. */
  class Checks extends Construct {
    constructor(scope: Construct, id: string, hostName: string) {
      super(scope, id);
      rules.requireHostName(this, "hostName", hostName);
    }
  }

  beforeEach(() => mockRecords.splice(0));

  test("finds a value checked again below the construct that checked it, naming both paths", () => {
    const outer = new Checks(new Construct(undefined as never, ""), "shop", "shop.example.de");
    new Checks(outer, "route", "shop.example.de");
    expect(describeRepeats(repeatedChecks(mockRecords))).toEqual(["requireHostName hostName = shop.example.de at shop, shop/route"]);
  });

  test("finds a value checked twice by one construct, and after a label outside the tree", () => {
    const root = new Construct(undefined as never, "");
    const zone = new Checks(root, "zone", "a.example.de");
    rules.requireHostName(zone, "hostName", "a.example.de");
    rules.requireDnsLabel("targets.onprem", "gatewayClassName", "traefik");
    rules.requireDnsLabel(new Construct(root, "gateway"), "gatewayClassName", "traefik");
    expect(describeRepeats(repeatedChecks(mockRecords))).toEqual([
      "requireDnsLabel gatewayClassName = traefik at gateway, targets.onprem",
      "requireHostName hostName = a.example.de at zone, zone",
    ]);
  });

  test("finds a Gateway re-checking a host name its enclosing construct checked without recording it", () => {
    const root = new Construct(undefined as never, "");
    const pattern = new Checks(root, "shop", "shop.example.de");
    const gateway = new ZoneGateway(pattern, "gateway", { namespace: "shop-gateway" });
    gateway.attach("shop", "shop.example.de", true);
    expect(describeRepeats(repeatedChecks(mockRecords))).toEqual(["requireHostName hostName = shop.example.de at shop, shop/gateway"]);
  });

  test("does not count siblings checking equal values of their own", () => {
    const root = new Construct(undefined as never, "");
    new Checks(root, "a", "x.example.de");
    new Checks(root, "b", "x.example.de");
    expect(mockRecords).toHaveLength(2);
    expect(repeatedChecks(mockRecords)).toEqual([]);
  });
});

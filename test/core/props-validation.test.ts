/**
 * Runtime validation of every prop by type (issue 26, bad inputs): one shape per props interface,
 * generated from the TypeScript types (core/validation/schemas.generated.ts, checked fresh here),
 * refuses the review's wrong types with the property path named, never a bare TypeError.
 */
import * as fs from "node:fs";
import { App } from "cdktf";
import { IdentityStack, targets, WebAppStack, type WebAppStackProps } from "../../index";
import { StackwerkValidationError } from "../../core/errors";
import { checkedPropsNames } from "../../core/validation/props";
import { SCHEMAS_FILE, schemasSource } from "../../tools/props/generate-schemas";

const refusal = (make: () => unknown): string => {
  try {
    make();
  } catch (e) {
    if (e instanceof StackwerkValidationError) return e.message;
    throw new Error(`not a validation error: ${(e as Error).stack}`);
  }
  return "accepted";
};

const web = (props: Record<string, unknown>) => () =>
  new WebAppStack(new App(), "shop", { target: targets.onprem(), image: "registry.example.de/shop/web:1.4.2", ...props } as unknown as WebAppStackProps);

test.each([
  [{ secretEnv: { X: null } }, /secretEnv\.X: null is not allowed\. Allowed: an object with name, key/],
  [{ envFromSecrets: "a" }, /envFromSecrets: "a" is not allowed\. Allowed: a list of strings, each a name/],
  [{ database: "no" }, /database: "no" is not allowed\. Allowed: false, true or an object/],
  [{ tls: "no" }, /tls: "no" is not allowed\. Allowed: true or false/],
  [{ replicas: Number.NaN }, /replicas: NaN is not allowed\. Allowed: an integer/],
  [{ replicas: Number.POSITIVE_INFINITY }, /replicas: Infinity is not allowed\. Allowed: an integer/],
  [{ replica: 3 }, /replica: is not a known property \(did you mean replicas\?\)/],
  [{ env: { A: 1 } }, /env\.A: 1 is not allowed\. Allowed: a string/],
])("web-app %p is refused with the property named", (props, expected) => {
  expect(refusal(web(props))).toMatch(expected);
});

test("a target's adminCidrs as a string is a clear error (the fleet CLI printed only '...forEach is not a function')", () => {
  expect(refusal(() => targets.stackit({ adminCidrs: "203.0.113.0/24" as unknown as string[] }))).toMatch(
    /\[targets\.stackit\] adminCidrs: "203\.0\.113\.0\/24" is not allowed/,
  );
});

test("oidcClient(undefined) is a clear error", () => {
  const app = new App();
  const iam = new IdentityStack(app, "id", { target: targets.onprem(), hostName: "login.example.de" });
  expect(refusal(() => iam.oidcClient(undefined as never))).toMatch(/\[IdentityStack id\] oidcClient: undefined is not allowed\. Allowed: \{ .*clientId/);
});

test("the generated shapes are fresh and cover every pattern and target props interface", () => {
  expect(fs.readFileSync(SCHEMAS_FILE, "utf8")).toBe(schemasSource());
  expect(checkedPropsNames().sort()).toEqual(
    [
      "AiStackProps",
      "EventBusStackProps",
      "IdentityStackProps",
      "IonosTargetProps",
      "MonitoringStackProps",
      "OnPremTargetProps",
      "StackitTargetProps",
      "WebAppStackProps",
    ].sort(),
  );
}, 120000);

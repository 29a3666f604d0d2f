/**
 * Governance across patterns (issue 26): an AI stack's promised audit retention
 * (`governance.auditLogRetentionDays`) must be met by the log retention of its landing zone's
 * MonitoringStack (`retention.logsDays`), whichever is created first; the error names both props.
 * On IONOS the log pipeline keeps at most 30 days, so a 180-day promise cannot be met there.
 */
import { App } from "cdktf";
import { AiStack, AiStackProps, LandingZone, MonitoringStack, targets } from "../../index";
import { StackwerkValidationError } from "../../core/errors";

const governance = (days: number) => ({
  riskClass: "high" as const,
  intendedPurpose: "pre-sorts applications for a human case worker",
  modelCard: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
  dataResidency: "DE" as const,
  humanOversightContact: "aufsicht@amt.example.de",
  auditLogRetentionDays: days,
});

const MODEL: Record<string, Partial<AiStackProps>> = {
  stackit: { model: "cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic" },
  ionos: { model: "meta-llama/Llama-3.3-70B-Instruct" },
  onprem: { model: "Qwen/Qwen2.5-0.5B-Instruct", serving: "cpu" },
};

function compose(target: "stackit" | "ionos" | "onprem", auditDays: number, logsDays: number | undefined, monitoringFirst: boolean): string {
  const app = new App();
  const make = {
    stackit: () => targets.stackit({ adminCidrs: ["203.0.113.0/24"] }),
    ionos: () => targets.ionos({ adminCidrs: ["203.0.113.0/24"] }),
    onprem: () => targets.onprem({ gpuNodes: 1 }),
  };
  const zone = new LandingZone(app, "amt", { target: make[target](), stage: "production" });
  const monitoring = () =>
    new MonitoringStack(app, "mon", {
      landingZone: zone,
      ...(logsDays !== undefined ? { retention: { logsDays } } : {}),
      ...(target === "stackit" ? {} : { smtp: { smarthost: "mail.example.de:25", from: "alerts@example.de" } }),
    });
  const ai = () => new AiStack(app, "assist", { landingZone: zone, governance: governance(auditDays), ...MODEL[target] } as AiStackProps);
  try {
    if (monitoringFirst) {
      monitoring();
      ai();
    } else {
      ai();
      monitoring();
    }
  } catch (e) {
    if (e instanceof StackwerkValidationError) return e.message;
    throw e;
  }
  return "accepted";
}

test.each([true, false])("180 audit days against the production default of 30 log days is refused, naming both props (monitoring first: %p)", (first) => {
  const message = compose("stackit", 180, undefined, first);
  expect(message).toMatch(/governance\.auditLogRetentionDays = 180 days \(AiStack assist\)/);
  expect(message).toMatch(/retention\.logsDays = 30 days \(MonitoringStack mon\)/);
  expect(message).toMatch(first ? /^\[AiStack assist\] governance\.auditLogRetentionDays:/ : /^\[MonitoringStack mon\] retention\.logsDays:/);
});

test("on IONOS the log pipeline's 30-day cap is named: the promise cannot be met in that zone", () => {
  const message = compose("ionos", 180, 30, true);
  expect(message).toMatch(/IONOS .* at most 30 days, so this zone cannot meet it/);
});

test("met when the zone keeps logs long enough (STACKIT, on-prem)", () => {
  expect(compose("stackit", 180, 365, true)).toBe("accepted");
  expect(compose("onprem", 180, 180, false)).toBe("accepted");
});

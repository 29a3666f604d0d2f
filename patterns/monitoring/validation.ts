/**
 * Checks of the monitoring pattern's own props that need more than a shape: retention days,
 * alert receivers, and where Alertmanager may send (receiverCidrs).
 */
import type { Construct } from "constructs";
import { fail, isIpv4, requireCidr, requireHttpUrl, requireOneOf } from "../../core/errors";
import { requireKnownPropsOnce } from "../../core/checked-once";
import type { AlertReceiver } from "../../core/capabilities/observability";
import type { MonitoringSmtp } from "./types";

const RECEIVER_TYPES = ["email", "webhook"] as const;

/** An e-mail address (receivers, the SMTP sender). */
export const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

/** Retention in days: an integer from 1 to 3650. */
export function days(scope: Construct, property: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 3650) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not allowed. Allowed: a whole number of days from 1 to 3650 (e.g. 30); "forever" is not offered, keep long-term evidence in an archive`,
    );
  }
  return value;
}

/**
 * Where the in-cluster Alertmanager may send: `receiverCidrs` as given, else the receivers' and the
 * SMTP relay's own addresses when every one is an IPv4 address, else unknown (undefined).
 */
export function receiverCidrs(
  scope: Construct,
  given: unknown,
  receivers: readonly AlertReceiver[],
  smtp: MonitoringSmtp | undefined,
  inClusterAlerting: boolean,
): readonly string[] | undefined {
  if (given !== undefined) {
    if (!inClusterAlerting)
      fail(scope, "receiverCidrs", "has no effect here: alerts are sent by the target's managed alerting, not from the cluster. Allowed: leave it unset");
    if (!Array.isArray(given) || given.length === 0)
      fail(scope, "receiverCidrs", `${JSON.stringify(given)} is not allowed. Allowed: a non-empty list of IPv4 CIDRs, e.g. ["198.51.100.7/32"]`);
    return given.map((c, i) => requireCidr(scope, `receiverCidrs[${i}]`, c));
  }
  const hosts = [
    ...receivers.flatMap((r) => (r.type === "webhook" ? [new URL(r.url).hostname] : [])),
    ...(smtp && receivers.some((r) => r.type === "email") ? [String(smtp.smarthost).split(":")[0]] : []),
  ];
  return hosts.length && hosts.every(isIpv4) ? [...new Set(hosts)].map((h) => `${h}/32`) : undefined;
}

/** The alert receivers (e-mail or webhook), each checked; fails naming receivers[i] and the property. */
export function validateReceivers(scope: Construct, receivers: unknown): AlertReceiver[] {
  if (!Array.isArray(receivers))
    fail(scope, "receivers", `${JSON.stringify(receivers)} is not allowed. Allowed: a list of { type: "email", to } or { type: "webhook", url }`);
  return receivers.map((r, i) => {
    const where = `receivers[${i}]`;
    if (typeof r !== "object" || r === null)
      fail(scope, where, `${JSON.stringify(r)} is not allowed. Allowed: { type: "email", to } or { type: "webhook", url }`);
    const type = requireOneOf(scope, `${where}.type`, (r as { type?: unknown }).type, RECEIVER_TYPES);
    if (type === "email") {
      requireKnownPropsOnce(scope, r, ["type", "to"], `${where}.`);
      const to = (r as { to?: unknown }).to;
      if (typeof to !== "string" || !EMAIL.test(to)) fail(scope, `${where}.to`, `${JSON.stringify(to)} is not an e-mail address. Allowed: name@example.de`);
      return { type, to };
    }
    requireKnownPropsOnce(scope, r, ["type", "url"], `${where}.`);
    const url = requireHttpUrl(scope, `${where}.url`, (r as { url?: unknown }).url);
    if (url.username || url.password)
      fail(
        scope,
        `${where}.url`,
        "carries credentials (user info), which would be written into the synth output. Allowed: an https:// URL without user:password@",
      );
    if (url.protocol !== "https:")
      fail(scope, `${where}.url`, `${JSON.stringify(url.href)} is not allowed. Allowed: an https:// URL (alerts leave the cluster)`);
    return { type, url: url.href };
  });
}

/**
 * Where a zone's alerts go, decided once for every target: one route (grouped by alert and
 * namespace, repeated every 4 h) to one receiver named `default` with the e-mail and webhook
 * targets of the monitoring pattern's `receivers`, resolved alerts included. The in-cluster
 * Alertmanager and STACKIT's managed alerting only spell it in their own keys.
 */
import type { AlertReceiver } from "./observability";

/** The alert routing of a zone, engine- and target-neutral. */
export interface AlertRouting {
  /** The one route every alert takes. */
  readonly route: { readonly receiver: string; readonly groupBy: readonly string[]; readonly repeatInterval: string };
  /** The one receiver. A kind with no target is left out (STACKIT refuses empty lists). */
  readonly receiver: {
    readonly name: string;
    readonly email?: ReadonlyArray<{ readonly to: string; readonly sendResolved: boolean }>;
    readonly webhooks?: ReadonlyArray<{ readonly url: string; readonly sendResolved: boolean }>;
  };
}

/** The routing of `receivers` (see the file header). */
export function alertRouting(receivers: readonly AlertReceiver[]): AlertRouting {
  const email = receivers.flatMap((r) => (r.type === "email" ? [{ to: r.to, sendResolved: true }] : []));
  const webhooks = receivers.flatMap((r) => (r.type === "webhook" ? [{ url: r.url, sendResolved: true }] : []));
  return {
    route: { receiver: "default", groupBy: ["alertname", "namespace"], repeatInterval: "4h" },
    receiver: { name: "default", ...(email.length ? { email } : {}), ...(webhooks.length ? { webhooks } : {}) },
  };
}

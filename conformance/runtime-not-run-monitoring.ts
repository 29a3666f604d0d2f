/**
 * What the monitoring pattern's runtime run does not perform, with why (issue 27, ADR 0425): the
 * issue's log-store check (a pod's log line found in the log store) needs Loki and the log shipper
 * (Grafana Alloy), and neither has a local image (MONITORING_NOT_BUILT: Loki is AGPL-3.0 and must
 * not be built here, Alloy's module answers 403). Their workloads start no pod
 * (runtime-not-run.ts). Kept apart from the checks so runtime-checks.ts imports it without a cycle.
 */
import { catalogueRef } from "../core/images/catalogue";
import { MONITORING_NOT_BUILT } from "../tools/runtime/stand-ins-monitoring";

/** Name of the log-store check, reported as not run. */
export const LOG_STORE_CHECK = "runtime: a pod's log line found in the log store";

/** Why the log-store check is not run: neither the log store (Loki) nor the log shipper (Alloy) has a local image. */
export const LOG_STORE_NOT_RUN = `${MONITORING_NOT_BUILT[catalogueRef("loki")]}; ${MONITORING_NOT_BUILT[catalogueRef("alloy")]}`;

/** The monitoring checks the runtime run does not perform, with why (the cell's `runtime.notRun`). */
export const MONITORING_NOT_RUN: readonly string[] = [
  `log-store check (a pod's log line found in the log store): not run: no local image: ${LOG_STORE_NOT_RUN}`,
];

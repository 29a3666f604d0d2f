/** Labels and ports the monitoring pattern's parts (Prometheus, Alertmanager, log shipper) agree on. */

/** Pod labels of the zone's Prometheus (NetworkPolicies select them). */
export const PROMETHEUS_POD_LABELS = { "stackwerk.dev/role": "prometheus" } as const;

/** Port of the log shipper's metrics relay (remote write in, remote write with a key header out). */
export const RELAY_PORT = 9999;

/**
 * Stackwerk public API: deployable patterns for IONOS, STACKIT and on-prem Kubernetes.
 */
export {};

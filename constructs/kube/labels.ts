/** Recommended Kubernetes labels, written the same way by every construct and engine. */

/** Marks every object Stackwerk writes (the conformance run's level 6 searches for it). */
export const MANAGED_BY: Readonly<Record<string, string>> = { "app.kubernetes.io/managed-by": "stackwerk" };

/** Labels that select one app's pods within a namespace. */
export function appSelector(namespace: string, name: string): Readonly<Record<string, string>> {
  return { "app.kubernetes.io/name": name, "app.kubernetes.io/instance": `${namespace}-${name}` };
}

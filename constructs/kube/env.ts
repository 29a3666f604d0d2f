/** Container `env` from plain values and Secret references (omitted when empty: the API drops empty lists). */
import type { EnvVar } from "kubernetes-types/core/v1";
import type { SecretKeyRef } from "./secret";

/** A container's `env`: plain values and Secret key references, sorted by name (omitted when empty). */
export function containerEnv(env: Readonly<Record<string, string>> = {}, secretEnv: Readonly<Record<string, SecretKeyRef>> = {}): { env?: EnvVar[] } {
  const list: EnvVar[] = [
    ...Object.entries(env).map(([name, value]) => ({ name, value })),
    ...Object.entries(secretEnv).map(([name, ref]) => ({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } })),
  ];
  return list.length ? { env: list } : {};
}

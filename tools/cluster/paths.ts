/**
 * Where a named embedded cluster keeps its state when started by `stackwerk cluster up`, in one
 * place: the CLI writes there, and the on-prem target's default kubeconfig points there.
 */
import * as path from "node:path";
import { cacheRoot } from "../cache";

/** Name of the cluster `stackwerk cluster up` starts when no `--name` is given. */
export const DEFAULT_CLUSTER_NAME = "embedded";

/** State folder (pids, ports, certificates, kubeconfig) of a CLI-started cluster. */
export function clusterStateDir(name: string = DEFAULT_CLUSTER_NAME): string {
  return path.join(cacheRoot(), "clusters", name);
}

/** Admin kubeconfig of a CLI-started cluster. */
export function clusterKubeconfigPath(name: string = DEFAULT_CLUSTER_NAME): string {
  return path.join(clusterStateDir(name), "kubeconfig");
}

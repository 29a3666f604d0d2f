/**
 * The GitOps controllers' objects that order and reconcile the output: Flux `GitRepository` and
 * `Kustomization` objects (add-ons before platform through `dependsOn`, SOPS decryption, prune)
 * and Argo CD `Application` objects (add-ons in sync wave 0, platform in wave 1).
 */

/** Namespace of the Flux objects (Flux's default). */
export const FLUX_NAMESPACE = "flux-system";

/** Where the controllers find the output and how they decrypt it. */
export interface ControllerSettings {
  /** URL of the Git repository that holds the output. */
  readonly gitUrl: string;
  /** Branch the controllers follow. @default "main" */
  readonly branch?: string;
  /** Name of the Flux GitRepository (and the prefix of the root Kustomization). @default "stackwerk" */
  readonly sourceName?: string;
  /** Secret in flux-system with the age identity (`<any>.agekey`). @default "sops-age" */
  readonly decryptionSecret?: string;
  /** Reconcile interval. @default "1m" */
  readonly interval?: string;
}

/** One folder the controllers apply: its Kustomization/Application name, path and predecessors. */
export interface ReconcileUnit {
  readonly name: string;
  /** Path in the repository, `./…`. */
  readonly path: string;
  /** Names of units applied first. */
  readonly dependsOn: readonly string[];
  /** Sync wave (Argo CD): 0 add-ons, 1 platform. */
  readonly wave: number;
  /** True when the folder holds SOPS-encrypted Secrets. */
  readonly encrypted: boolean;
}

const defaults = (s: ControllerSettings) => ({
  branch: s.branch ?? "main",
  sourceName: s.sourceName ?? "stackwerk",
  decryptionSecret: s.decryptionSecret ?? "sops-age",
  interval: s.interval ?? "1m",
});

/** The Flux Kustomization of one unit. */
export function fluxKustomization(unit: ReconcileUnit, settings: ControllerSettings): Record<string, unknown> {
  const s = defaults(settings);
  return {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization",
    metadata: { name: unit.name, namespace: FLUX_NAMESPACE },
    spec: {
      interval: s.interval,
      path: unit.path,
      prune: true,
      wait: false,
      timeout: "5m",
      sourceRef: { kind: "GitRepository", name: s.sourceName },
      ...(unit.dependsOn.length ? { dependsOn: unit.dependsOn.map((name) => ({ name })) } : {}),
      ...(unit.encrypted ? { decryption: { provider: "sops", secretRef: { name: s.decryptionSecret } } } : {}),
    },
  };
}

/** The Argo CD Application of one unit (SOPS needs a decryption plugin on Argo CD's side, see docs/gitops.md). */
export function argoApplication(unit: ReconcileUnit, settings: ControllerSettings): Record<string, unknown> {
  const s = defaults(settings);
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name: unit.name, namespace: "argocd", annotations: { "argocd.argoproj.io/sync-wave": String(unit.wave) } },
    spec: {
      project: "default",
      source: { repoURL: settings.gitUrl, targetRevision: s.branch, path: unit.path.replace(/^\.\//, "") },
      destination: { server: "https://kubernetes.default.svc" },
      syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ["ServerSideApply=true"] },
    },
  };
}

/**
 * The bootstrap objects an operator applies once per cluster: the GitRepository and the root
 * Kustomization that applies `./flux` (every unit's Kustomization; a unit removed from Git is
 * pruned, and its objects with it).
 */
export function fluxBootstrap(settings: ControllerSettings): Record<string, unknown>[] {
  const s = defaults(settings);
  return [
    {
      apiVersion: "source.toolkit.fluxcd.io/v1",
      kind: "GitRepository",
      metadata: { name: s.sourceName, namespace: FLUX_NAMESPACE },
      spec: { interval: s.interval, url: settings.gitUrl, ref: { branch: s.branch } },
    },
    {
      apiVersion: "kustomize.toolkit.fluxcd.io/v1",
      kind: "Kustomization",
      metadata: { name: `${s.sourceName}-root`, namespace: FLUX_NAMESPACE },
      spec: { interval: s.interval, path: "./flux", prune: true, wait: false, sourceRef: { kind: "GitRepository", name: s.sourceName } },
    },
  ];
}

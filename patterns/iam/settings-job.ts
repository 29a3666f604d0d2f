/**
 * Realm settings after the first import (ADR 0040): `--import-realm` skips a realm that exists,
 * so a Job per realm brings the running realm's settings (lifetimes, brute-force detection,
 * password and OTP policy, login options) to the rendered ones through the admin API
 * (`kcadm.sh update realms/<realm>` = `PUT /admin/realms/<realm>` without content). Its name
 * carries a hash of the settings: a change replaces the Job, which runs once more.
 */
import { createHash } from "crypto";
import type { Construct } from "constructs";
import type { Job } from "kubernetes-types/batch/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import { containerEnv } from "../../constructs/kube/env";
import { writeNetworkPolicy } from "../../constructs/network";
import { containerSecurityContext, podSecurityContext } from "../../constructs/security";
import { Keycloak, KEYCLOAK_UID } from "./keycloak";
import type { RenderedRealm } from "./realm/realm";
import { realmSettingsUpdate } from "./realm/update";

/** The shell script the Job runs (also run by the real-Keycloak test against a live server). */
export const SETTINGS_UPDATE_SCRIPT = [
  "set -eu",
  'printf "%s" "$REALM_SETTINGS" > "$HOME/settings.json"',
  // Keycloak may still be starting (first rollout): retry the login for up to 15 minutes.
  "i=0",
  'until "$KCADM" config credentials --config "$HOME/kcadm.config" --server "$KEYCLOAK_URL" --realm master --user "$KC_ADMIN_USER"; do',
  '  i=$((i+1)); [ "$i" -lt 90 ] || exit 1; sleep 10',
  "done",
  '"$KCADM" update "realms/$REALM" --config "$HOME/kcadm.config" -f "$HOME/settings.json"',
  'echo "realm $REALM settings updated"',
].join("\n");

/** The settings body of `rendered` (what the Job PUTs). */
export function settingsBody(rendered: RenderedRealm): string {
  return JSON.stringify(realmSettingsUpdate(rendered).body);
}

/** Name of the settings Job of `realm` (changes with its settings). */
export function settingsJobName(rendered: RenderedRealm): string {
  const hash = createHash("sha256").update(settingsBody(rendered)).digest("hex").slice(0, 8);
  return `kc-settings-${rendered.realmName.slice(0, 40).replace(/-+$/, "")}-${hash}`;
}

/** The Job updating `rendered`'s settings on `keycloak`, with its NetworkPolicies both ways. */
export function settingsJob(
  scope: Construct,
  options: {
    readonly namespace: ZeroTrustNamespace;
    readonly keycloak: Keycloak;
    readonly image: string;
    readonly rendered: RenderedRealm;
    readonly adminUser: string;
    readonly adminPassword: SecretKeyRef;
  },
): KubeManifest {
  const { namespace, keycloak, rendered } = options;
  const name = settingsJobName(rendered);
  const podLabels = appSelector(namespace.name, name);
  const keycloakPeer = keycloak.asPeer();
  writeNetworkPolicy(scope, {
    namespace: namespace.name,
    name: `${name}-allow-to-keycloak`,
    podLabels,
    direction: "Egress",
    peer: keycloakPeer,
    ports: keycloakPeer.ports,
  });
  keycloak.allowFrom({ description: name, podLabels, namespaceLabels: namespace.selectorLabels, ports: [] });
  const template = {
    metadata: { labels: { ...podLabels, ...MANAGED_BY } },
    spec: {
      restartPolicy: "OnFailure",
      automountServiceAccountToken: false,
      securityContext: podSecurityContext(KEYCLOAK_UID),
      containers: [
        {
          name: "update",
          image: options.image,
          imagePullPolicy: "IfNotPresent",
          command: ["/bin/bash", "-c", SETTINGS_UPDATE_SCRIPT],
          ...containerEnv(
            {
              HOME: "/work",
              KCADM: "/opt/keycloak/bin/kcadm.sh",
              KEYCLOAK_URL: `http://${keycloak.name}.${namespace.name}.svc.cluster.local`,
              KC_ADMIN_USER: options.adminUser,
              REALM: rendered.realmName,
              REALM_SETTINGS: settingsBody(rendered),
            },
            // kcadm.sh reads the password from KC_CLI_PASSWORD (never on the command line).
            { KC_CLI_PASSWORD: options.adminPassword },
          ),
          resources: { requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
          securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: KEYCLOAK_UID }),
          volumeMounts: [
            { name: "work", mountPath: "/work" },
            { name: "tmp", mountPath: "/tmp" },
          ],
        },
      ],
      volumes: [
        { name: "work", emptyDir: { sizeLimit: "64Mi" } },
        { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
      ],
    },
  };
  return new KubeManifest(scope, `settings-${rendered.realmName}`, {
    serverSetFields: ["spec.template.metadata.labels", "spec.selector", "spec.manualSelector"],
    object: typed<Job>({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name, namespace: namespace.name, labels: { ...appSelector(namespace.name, name), ...MANAGED_BY } },
      spec: { backoffLimit: 6, activeDeadlineSeconds: 1800, template },
    }),
  });
}

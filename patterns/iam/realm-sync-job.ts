/**
 * Realm sync after the first import (ADR 0040, amended by ADR 0440): `--import-realm` skips a
 * realm that exists, so one Job per realm brings the running realm to the rendered one with
 * Keycloak's own admin CLI (`kcadm.sh`, from the same image):
 * - settings (lifetimes, brute force, password/OTP policy, login options): `update realms/<realm>`
 *   with the content-free settings body;
 * - content added to the program (clients, realm roles, groups, service-account users):
 *   `create partialImport` with `ifResourceExists=SKIP`, so what exists (and its secret) stays and
 *   what is new is created. The realm's `${STACKWERK_REALM_…}` placeholders are resolved by the
 *   script from the pod's environment (Secret references, like Keycloak's own), in memory only.
 * The Job is created just before rendering (the finished realm) and its name carries a hash of
 * the rendered realm: a changed realm is a new Job, which runs on the next deploy.
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
import type { RealmSecretEnv } from "./realm/secrets";
import { realmSettingsUpdate } from "./realm/update";

/**
 * The shell script (bash) the Job runs; also run by the real-Keycloak test against a live server.
 * Inputs: KCADM, KEYCLOAK_URL, KC_ADMIN_USER, KC_CLI_PASSWORD, REALM, REALM_SETTINGS,
 * REALM_CONTENT (with placeholders), REALM_PLACEHOLDER_VARS (their variable names) and the variables,
 * REALM_SERVICE_ACCOUNT_ROLES and REALM_SCOPE_MAPPINGS (realmSyncServiceAccountRoles, realmSyncScopeMappings).
 */
export const REALM_SYNC_SCRIPT = [
  "set -eu",
  'kc() { "$KCADM" "$@" --config "$HOME/kcadm.config"; }',
  // Keycloak may still be starting (first rollout, or a new realm imported by the rolled pods): retry up to 15 minutes.
  "i=0",
  'until kc config credentials --server "$KEYCLOAK_URL" --realm master --user "$KC_ADMIN_USER" && kc get "realms/$REALM" --fields realm >/dev/null; do',
  '  i=$((i+1)); [ "$i" -lt 90 ] || { echo "realm $REALM not reachable at $KEYCLOAK_URL"; exit 1; }; sleep 10',
  "done",
  'printf "%s" "$REALM_SETTINGS" > "$HOME/settings.json"',
  'kc update "realms/$REALM" -f "$HOME/settings.json"',
  'echo "realm $REALM settings updated"',
  // Placeholders → values (JSON-escaped), in the memory-backed work folder only.
  'content="$REALM_CONTENT"',
  "for v in ${REALM_PLACEHOLDER_VARS-}; do",
  '  val="${!v-}"',
  '  [ -n "$val" ] || { echo "variable $v is empty: refusing to import its placeholder as a secret"; exit 1; }',
  '  case "$val" in *[[:cntrl:]]*) echo "variable $v holds a control character"; exit 1;; esac',
  '  val="${val//\\\\/\\\\\\\\}"; val="${val//\\"/\\\\\\"}"',
  '  content="${content//"\\${$v}"/"$val"}"',
  "done",
  'printf "%s" "$content" > "$HOME/content.json"; unset content val',
  'out="$(kc create partialImport -r "$REALM" -s ifResourceExists=SKIP -o -f "$HOME/content.json")"',
  // Emptied at once (bash only: the image need not have coreutils).
  ': > "$HOME/content.json"',
  // partialImport creates a new client's service-account user with the client and then skips the
  // rendered user, so its realm roles are granted here (idempotent: existing grants stay).
  "while IFS= read -r line; do",
  '  [ -n "$line" ] || continue',
  "  IFS=$'\\t' read -r -a f <<< \"$line\"; args=()",
  '  for r in "${f[@]:1}"; do args+=(--rolename "$r"); done',
  '  kc add-roles -r "$REALM" --uusername "${f[0]}" "${args[@]}"; echo "service account ${f[0]}: realm roles ${f[*]:1}"',
  'done <<< "${REALM_SERVICE_ACCOUNT_ROLES-}"',
  // Nor does partialImport take scope mappings (the roles a client's tokens may carry, fullScopeAllowed
  // being off): each is added by id (idempotent). kcadm prints JSON; bash's regex reads the ids.
  'id_of() { [[ $1 =~ \\"id\\"[[:space:]]*:[[:space:]]*\\"([^\\"]+)\\" ]] && printf "%s" "${BASH_REMATCH[1]}"; }',
  "while IFS= read -r line; do",
  '  [ -n "$line" ] || continue',
  "  IFS=$'\\t' read -r -a f <<< \"$line\"",
  '  cid="$(id_of "$(kc get clients -r "$REALM" -q clientId="${f[0]}" --fields id)")" || { echo "client ${f[0]} not found in $REALM"; exit 1; }',
  '  body=""',
  '  for r in "${f[@]:1}"; do',
  '    rid="$(id_of "$(kc get "roles/$r" -r "$REALM" --fields id)")" || { echo "role $r not found in $REALM"; exit 1; }',
  '    body+="{\\"id\\":\\"$rid\\",\\"name\\":\\"$r\\"},"',
  "  done",
  '  printf "[%s]" "${body%,}" > "$HOME/scope.json"',
  '  kc create "clients/$cid/scope-mappings/realm" -r "$REALM" -f "$HOME/scope.json"; echo "client ${f[0]}: token roles ${f[*]:1}"',
  'done <<< "${REALM_SCOPE_MAPPINGS-}"',
  // The result lists resource names and actions only (no secrets): counts and added names as evidence.
  'flat="${out//[[:space:]]/}"; added=""; n="?"; k="?"',
  '[[ $flat =~ \\"added\\":([0-9]+) ]] && n="${BASH_REMATCH[1]}"',
  '[[ $flat =~ \\"skipped\\":([0-9]+) ]] && k="${BASH_REMATCH[1]}"',
  "IFS='{' read -r -a parts <<< \"$flat\"",
  'for p in "${parts[@]}"; do [[ $p == *\'"action":"ADDED"\'* && $p =~ \\"resourceName\\":\\"([^\\"]*)\\" ]] && added+="${BASH_REMATCH[1]} "; done',
  'echo "realm $REALM content synced: added $n, skipped $k; added: ${added:-none}"',
].join("\n");

/** Content keys partialImport creates when missing (the rest is import-once or settings). */
export const REALM_SYNC_CONTENT_KEYS = ["roles", "groups", "clients", "users"] as const;

/** The content body of `rendered` for partialImport (placeholders kept). */
export function realmSyncContent(rendered: RenderedRealm): string {
  const r = rendered.representation as unknown as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(REALM_SYNC_CONTENT_KEYS.filter((k) => r[k] !== undefined).map((k) => [k, r[k]])));
}

/** Each service-account user with realm roles, one line each: `<username>\t<role>\t…` (the Job grants them). */
export function realmSyncServiceAccountRoles(rendered: RenderedRealm): string {
  return (rendered.representation.users ?? [])
    .filter((u) => (u.realmRoles ?? []).length > 0)
    .map((u) => [u.username, ...(u.realmRoles ?? [])].join("\t"))
    .join("\n");
}

/** Each client's realm-role scope mappings, one line each: `<clientId>\t<role>\t…` (the Job adds them). */
export function realmSyncScopeMappings(rendered: RenderedRealm): string {
  return (rendered.representation.scopeMappings ?? [])
    .filter((m) => m.roles.length > 0)
    .map((m) => [m.client, ...m.roles].join("\t"))
    .join("\n");
}

/** The settings body of `rendered` (what the Job PUTs). */
export function settingsBody(rendered: RenderedRealm): string {
  return JSON.stringify(realmSettingsUpdate(rendered).body);
}

/** Name of the sync Job of `realm`: changes with its settings or content. */
export function realmSyncJobName(rendered: RenderedRealm): string {
  const hash = createHash("sha256").update(settingsBody(rendered)).update("\n").update(realmSyncContent(rendered)).digest("hex").slice(0, 8);
  return `kc-sync-${rendered.realmName.slice(0, 40).replace(/-+$/, "")}-${hash}`;
}

const nonEmpty = (env: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));

/** The Job syncing `rendered` into `keycloak`, with its NetworkPolicies both ways. */
export function realmSyncJob(
  scope: Construct,
  options: {
    readonly namespace: ZeroTrustNamespace;
    readonly keycloak: Keycloak;
    readonly image: string;
    readonly rendered: RenderedRealm;
    readonly adminUser: string;
    readonly adminPassword: SecretKeyRef;
    /** Where each placeholder's value comes from (the same references Keycloak's env has). */
    readonly secretRef: (env: RealmSecretEnv) => SecretKeyRef;
  },
): KubeManifest {
  const { namespace, keycloak, rendered } = options;
  const name = realmSyncJobName(rendered);
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
  const secretEnv = Object.fromEntries(rendered.secretEnv.map((e) => [e.name, options.secretRef(e)]));
  const template = {
    metadata: { labels: { ...podLabels, ...MANAGED_BY } },
    spec: {
      restartPolicy: "OnFailure",
      automountServiceAccountToken: false,
      securityContext: podSecurityContext(KEYCLOAK_UID),
      containers: [
        {
          name: "sync",
          image: options.image,
          imagePullPolicy: "IfNotPresent",
          command: ["/bin/bash", "-c", REALM_SYNC_SCRIPT],
          ...containerEnv(
            // An empty value would come back from the API server as null (the kubernetes provider then
            // fails the apply: "inconsistent result after apply"): empty variables are left out.
            nonEmpty({
              HOME: "/work",
              KCADM: "/opt/keycloak/bin/kcadm.sh",
              KEYCLOAK_URL: `http://${keycloak.name}.${namespace.name}.svc.cluster.local`,
              KC_ADMIN_USER: options.adminUser,
              REALM: rendered.realmName,
              REALM_SETTINGS: settingsBody(rendered),
              REALM_CONTENT: realmSyncContent(rendered),
              REALM_PLACEHOLDER_VARS: rendered.secretEnv.map((e) => e.name).join(" "),
              REALM_SERVICE_ACCOUNT_ROLES: realmSyncServiceAccountRoles(rendered),
              REALM_SCOPE_MAPPINGS: realmSyncScopeMappings(rendered),
            }),
            // kcadm.sh reads the password from KC_CLI_PASSWORD (never on the command line).
            { KC_CLI_PASSWORD: options.adminPassword, ...secretEnv },
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
        // The resolved content holds client secrets for a moment: memory, never the node's disk.
        { name: "work", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
        { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
      ],
    },
  };
  return new KubeManifest(scope, `sync-${rendered.realmName}`, {
    serverSetFields: ["spec.template.metadata.labels", "spec.selector", "spec.manualSelector"],
    object: typed<Job>({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name, namespace: namespace.name, labels: { ...appSelector(namespace.name, name), ...MANAGED_BY } },
      spec: { backoffLimit: 6, activeDeadlineSeconds: 1800, template },
    }),
  });
}

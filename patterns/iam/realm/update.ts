/**
 * Updates after the first import. `--import-realm` skips a realm that already exists, so a
 * changed realm reaches a running Keycloak through its admin REST API instead. This module
 * covers the realm settings (lifetimes, brute-force detection, password and OTP policy, login
 * options): one `PUT /admin/realms/<realm>` that carries no content, so roles, groups, clients,
 * users, federation and sessions stay as they are. Content changes after the first import are
 * not applied here (see docs/patterns/iam-realm.md, "Updates").
 */
import type { RealmRepresentation } from "./representation";
import type { RenderedRealm } from "./realm";

/** Keys of a realm representation that are content (imported once), not settings. */
export const REALM_CONTENT_KEYS = ["roles", "groups", "clients", "scopeMappings", "users", "components", "requiredActions"] as const;

/** The realm settings: the representation without its content. */
export type RealmSettings = Omit<RealmRepresentation, (typeof REALM_CONTENT_KEYS)[number]>;

/** One admin REST API request, relative to Keycloak's base URL. */
export interface AdminRequest {
  readonly method: "PUT";
  readonly path: string;
  readonly body: RealmSettings;
}

/** The request that brings a running realm's settings to `rendered`'s (needs a token with manage-realm). */
export function realmSettingsUpdate(rendered: RenderedRealm): AdminRequest {
  const body = Object.fromEntries(
    Object.entries(rendered.representation).filter(([key]) => !(REALM_CONTENT_KEYS as readonly string[]).includes(key)),
  ) as RealmSettings;
  return { method: "PUT", path: `/admin/realms/${encodeURIComponent(rendered.realmName)}`, body };
}

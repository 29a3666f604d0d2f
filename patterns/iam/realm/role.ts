/** A realm role: a named permission that groups and service accounts are granted. */
import { Construct } from "constructs";
import { fail, propNames, requireKnownProps } from "../../../core/errors";
import { BUILT_IN_ROLE_NAMES, requireRoleOrGroupName } from "./names";
import type { RoleRepresentation } from "./representation";

/** Properties of a realm role. */
export interface RealmRoleProps {
  /** Role name as it appears in tokens (`realm_access.roles`). @default the construct id */
  readonly name?: string;
  /** Shown in the admin console. @default none */
  readonly description?: string;
}

const REALM_ROLE_PROPS = propNames<RealmRoleProps>()(["name", "description"]);

/** A realm role; create it with `realm.addRole(...)`. */
export class RealmRole extends Construct {
  /** The role name. */
  readonly roleName: string;
  private readonly description?: string;

  constructor(scope: Construct, id: string, props: RealmRoleProps = {}) {
    super(scope, id);
    requireKnownProps(this, props, REALM_ROLE_PROPS);
    this.roleName = requireRoleOrGroupName(this, "name", props.name ?? id);
    if (BUILT_IN_ROLE_NAMES.includes(this.roleName) || this.roleName.startsWith("default-roles-")) {
      fail(this, "name", `${JSON.stringify(this.roleName)} is a role Keycloak creates in every realm. Allowed: any other name`);
    }
    for (const other of scope.node.children) {
      if (other !== this && other instanceof RealmRole && other.roleName === this.roleName) {
        fail(this, "name", `${JSON.stringify(this.roleName)} is already the name of ${other.node.path}. Allowed: a role name unique in the realm`);
      }
    }
    this.description = props.description;
  }

  /** The role as Keycloak imports it. */
  toRepresentation(): RoleRepresentation {
    return { name: this.roleName, ...(this.description ? { description: this.description } : {}), composite: false, clientRole: false };
  }
}

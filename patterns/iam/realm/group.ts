/** A group of users (local or federated) that grants realm roles to its members; groups nest. */
import { Construct } from "constructs";
import { fail, propNames, requireKnownProps } from "../../../core/errors";
import { requireRoleOrGroupName } from "./names";
import type { GroupRepresentation } from "./representation";
import { RealmRole } from "./role";

/** Properties of a group. */
export interface RealmGroupProps {
  /** Group name. @default the construct id */
  readonly name?: string;
  /** Realm roles every member is granted. @default none */
  readonly roles?: readonly RealmRole[];
}

const REALM_GROUP_PROPS = propNames<RealmGroupProps>()(["name", "roles"]);

/** A group; create it with `realm.addGroup(...)` or `group.addSubGroup(...)`. */
export class RealmGroup extends Construct {
  /** The group name. */
  readonly groupName: string;
  private readonly roles: readonly RealmRole[];

  constructor(scope: Construct, id: string, props: RealmGroupProps = {}) {
    super(scope, id);
    requireKnownProps(this, props, REALM_GROUP_PROPS);
    this.groupName = requireRoleOrGroupName(this, "name", props.name ?? id);
    for (const other of scope.node.children) {
      if (other !== this && other instanceof RealmGroup && other.groupName === this.groupName) {
        fail(this, "name", `${JSON.stringify(this.groupName)} is already the name of ${other.node.path}. Allowed: a name unique among its sibling groups`);
      }
    }
    this.roles = props.roles ?? [];
    this.roles.forEach((role, i) => {
      if (!(role instanceof RealmRole)) fail(this, `roles[${i}]`, `${JSON.stringify(role)} is not allowed. Allowed: a RealmRole from realm.addRole()`);
    });
  }

  /** Adds a group nested in this one. */
  addSubGroup(id: string, props: RealmGroupProps = {}): RealmGroup {
    return new RealmGroup(this, id, props);
  }

  /** The group, with its sub-groups, as Keycloak imports it. */
  toRepresentation(parentPath = ""): GroupRepresentation {
    const path = `${parentPath}/${this.groupName}`;
    return {
      name: this.groupName,
      path,
      realmRoles: this.roles.map((r) => r.roleName),
      subGroups: this.node.children.filter((c): c is RealmGroup => c instanceof RealmGroup).map((g) => g.toRepresentation(path)),
    };
  }

  /** Every role this group grants (for checking they belong to the same realm). */
  get grantedRoles(): readonly RealmRole[] {
    return this.roles;
  }
}

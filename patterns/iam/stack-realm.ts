/**
 * A realm that belongs to an IdentityStack: the realm model's `Realm`, telling its stack when a
 * client or federation is added, so the stack wires each new secret (a generated value or a
 * Secret reference) into Keycloak's environment before the realm file is imported.
 */
import type { Construct } from "constructs";
import { Realm, RealmProps } from "./realm/realm";
import type { RealmClient, RealmClientProps } from "./realm/client";
import type { LdapFederation, LdapFederationProps } from "./realm/ldap";

/** A realm of an IdentityStack; create it with `identity.addRealm(...)`. */
export class StackRealm extends Realm {
  private readonly onChange: (realm: StackRealm) => void;

  /** @internal use `IdentityStack.addRealm` */
  constructor(scope: Construct, id: string, props: RealmProps, onChange: (realm: StackRealm) => void) {
    super(scope, id, props);
    this.onChange = onChange;
  }

  /** Adds an OpenID Connect client; its secret (if any) is wired into Keycloak. */
  override addClient(id: string, props: RealmClientProps = {}): RealmClient {
    const client = super.addClient(id, props);
    this.onChange(this);
    return client;
  }

  /** Adds an LDAP/Active Directory federation; its bind credential is wired into Keycloak. */
  override addLdapFederation(id: string, props: LdapFederationProps): LdapFederation {
    const federation = super.addLdapFederation(id, props);
    this.onChange(this);
    return federation;
  }
}

/** The dns capability: a host name in the landing zone's DNS zone pointing at its ingress. */
import type { Implementation, CapabilityRequest } from "./connectable";

/** What a pattern asks for. */
export interface DnsRequest extends CapabilityRequest {
  /** Fully qualified host name, e.g. `app.example.de`; its parent domain is the zone (one per landing zone and domain). */
  readonly hostName: string;
}

/** A DNS name that points at the cluster's ingress. */
export interface IDnsRecord {
  readonly implementation: Implementation;
  readonly fqdn: string;
}

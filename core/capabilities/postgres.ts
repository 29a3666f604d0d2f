/** The postgres capability: a PostgreSQL database with a least-privileged login role for one application. */
import type { SecretKeyRef } from "../secret-ref";
import type { CapabilityRequest, IConnectable } from "./connectable";

/** What a pattern asks for. */
export interface PostgresRequest extends CapabilityRequest {
  /** Logical database name; the target creates it. */
  readonly database: string;
  /** Login role of the application; owns `database` and nothing else. */
  readonly username: string;
  /**
   * Extensions the database must offer (`vector`: pgvector). In the cluster the server's image
   * has it and creates it at initialisation; managed services: see docs/patterns/ai.md.
   * @default none
   */
  readonly extensions?: readonly "vector"[];
}

/** A PostgreSQL database as the workload sees it. */
export interface IPostgres extends IConnectable {
  readonly host: string;
  readonly port: string;
  readonly database: string;
  readonly username: string;
  /** Secret (in the pattern's namespace) holding the password. */
  readonly password: SecretKeyRef;
}

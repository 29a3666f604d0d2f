/** The on-prem target's data-service modes (PostgreSQL, object storage): in the cluster, an existing server, or none. */

/** PostgreSQL on-prem: in the cluster, an existing server, or none. */
export type OnPremPostgres =
  | { readonly mode: "in-cluster"; /** nightly pg_dump into the object store when one is configured @default true */ readonly backups?: boolean }
  | {
      readonly mode: "external";
      readonly host: string;
      /** @default 5432 @integer @minimum 1 @maximum 65535 */
      readonly port?: number;
      /** Existing Secret in the pattern's namespace holding the password. @format dns-subdomain */
      readonly passwordSecretName: string;
      /** @default "password" */
      readonly passwordSecretKey?: string;
      /** CIDR of the database server, for the egress policy; `"0.0.0.0/0"` widens it to any address. @default `<host>/32` when host is an IPv4 address; required otherwise */
      readonly cidr?: string;
    }
  | { readonly mode: "none" };

/** Object storage on-prem: an S3 server in the cluster, an existing S3-compatible endpoint, or none. */
export type OnPremObjectStorage =
  | { readonly mode: "in-cluster" }
  | {
      readonly mode: "external";
      /** e.g. `https://s3.rz.example.de` */
      readonly endpoint: string;
      /** @default "onprem" */
      readonly region?: string;
      /** Existing Secret in the pattern's namespace with keys `access-key` and `secret-key`. @format dns-subdomain */
      readonly credentialsSecretName: string;
      /** CIDR of the endpoint, for the egress policy; `"0.0.0.0/0"` widens it to any address. @default `<host>/32` when the endpoint's host is an IPv4 address; required otherwise */
      readonly cidr?: string;
    }
  | { readonly mode: "none" };

/** IONOS sizing: one table mapping the standard sizes to node pools and DBaaS PostgreSQL tiers. */
import type { Size } from "../../core/profile";

/** IONOS node pool and database sizing of one standard size. */
export interface IonosSizing {
  /** Nodes per node pool (one pool per zone in production). */
  readonly nodesPerPool: number;
  readonly nodeCores: number;
  /** MB */
  readonly nodeRam: number;
  /** GB */
  readonly nodeStorage: number;
  readonly dbCores: number;
  /** MB */
  readonly dbRam: number;
  /** MB */
  readonly dbStorage: number;
}

// prettier-ignore
/** IONOS sizing per standard size. */
export const IONOS_SIZES: Readonly<Record<Size, IonosSizing>> = {
  S:  { nodesPerPool: 1, nodeCores: 2,  nodeRam: 4096,  nodeStorage: 50,  dbCores: 2,  dbRam: 4096,  dbStorage: 20480 },
  M:  { nodesPerPool: 2, nodeCores: 4,  nodeRam: 8192,  nodeStorage: 100, dbCores: 4,  dbRam: 8192,  dbStorage: 51200 },
  L:  { nodesPerPool: 3, nodeCores: 8,  nodeRam: 16384, nodeStorage: 100, dbCores: 8,  dbRam: 16384, dbStorage: 204800 },
  XL: { nodesPerPool: 5, nodeCores: 16, nodeRam: 32768, nodeStorage: 200, dbCores: 16, dbRam: 32768, dbStorage: 512000 },
};

/** Data-centre locations Stackwerk allows (Germany only). */
export const IONOS_LOCATIONS = ["de/fra", "de/txl"] as const;
/** An IONOS data-centre location in Germany. */
export type IonosLocation = (typeof IONOS_LOCATIONS)[number];

/** Object storage region and endpoint per location (IONOS S3, Germany). */
export const IONOS_OBJECT_STORAGE: Readonly<Record<IonosLocation, { region: string; endpoint: string }>> = {
  "de/fra": { region: "eu-central-3", endpoint: "https://s3.eu-central-3.ionoscloud.com" },
  "de/txl": { region: "eu-central-2", endpoint: "https://s3.eu-central-2.ionoscloud.com" },
};

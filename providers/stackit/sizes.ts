/** STACKIT sizing: one table mapping the standard sizes to SKE node pools and PostgresFlex flavors. */
import type { Size } from "../../core/profile";

/** STACKIT machine and database sizing of one standard size. */
export interface StackitSizing {
  /** Minimum/maximum nodes of the node pool (autoscaled by SKE). */
  readonly nodesMin: number;
  readonly nodesMax: number;
  /** SKE machine type. */
  readonly machineType: string;
  /** PostgresFlex flavor. */
  readonly dbCpu: number;
  /** GB */
  readonly dbRam: number;
  /** GB */
  readonly dbStorage: number;
}

// prettier-ignore
/** STACKIT sizing per standard size. */
export const STACKIT_SIZES: Readonly<Record<Size, StackitSizing>> = {
  S:  { nodesMin: 1, nodesMax: 3,  machineType: "c1.2", dbCpu: 2,  dbRam: 4,  dbStorage: 20 },
  M:  { nodesMin: 3, nodesMax: 6,  machineType: "c1.3", dbCpu: 4,  dbRam: 8,  dbStorage: 50 },
  L:  { nodesMin: 3, nodesMax: 12, machineType: "c1.4", dbCpu: 8,  dbRam: 16, dbStorage: 200 },
  XL: { nodesMin: 6, nodesMax: 24, machineType: "c1.5", dbCpu: 16, dbRam: 32, dbStorage: 500 },
};

/** Regions Stackwerk allows (Germany). */
export const STACKIT_REGIONS = ["eu01"] as const;
/** A STACKIT region. */
export type StackitRegion = (typeof STACKIT_REGIONS)[number];

/** Availability zones of eu01. */
export const STACKIT_ZONES: Readonly<Record<StackitRegion, readonly string[]>> = { eu01: ["eu01-1", "eu01-2", "eu01-3"] };

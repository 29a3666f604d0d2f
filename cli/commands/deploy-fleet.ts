/** `stackwerk deploy --fleet`: placeholder until the fleet deploy is written. */
export interface FleetDeployOptions {
  readonly catalogue: string;
  readonly jobs: number;
  readonly outdir: string;
  readonly parallelism?: number;
  log(line: string): void;
  print(line: string): void;
}
export async function deployFleet(_o: FleetDeployOptions): Promise<number> {
  throw new Error("not yet");
}

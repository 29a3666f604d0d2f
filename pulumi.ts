/** Pulumi entry point: `import { renderPulumi } from "stackwerk/pulumi"`. */
export { renderPulumi, PatternComponent } from "./engines/pulumi";
export type { RenderPulumiOptions } from "./engines/pulumi";

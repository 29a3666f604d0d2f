/**
 * Pulumi entry point: `import { PulumiModel, WebAppStack, targets, renderPulumi } from "stackwerk/pulumi"`.
 * Loads no Terraform engine: a model under a PulumiModel root gets engine-neutral layers.
 */
import "./engines/pulumi/peers"; // first: a missing Pulumi SDK is an error that says how to install it
export { renderPulumi, PatternComponent, PulumiModel, ZoneAddonsComponent } from "./engines/pulumi";
export type { RenderPulumiOptions } from "./engines/pulumi";
export * from "./patterns";
export { targets, targetByName, TARGET_NAMES } from "./providers";
export { IMAGE_CATALOGUE, catalogueRef } from "./core/images/catalogue";
export type { ImageKey, CatalogueImage } from "./core/images/catalogue";
export type { ImageMap } from "./core/images/map";
export { LandingZone } from "./core/landing-zone";
export type { LandingZoneProps } from "./core/landing-zone";

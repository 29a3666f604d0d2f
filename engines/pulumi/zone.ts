/**
 * A shared landing zone's add-ons (cluster-wide CRDs, operators and their RBAC, e.g. the
 * monitoring operator) as one Pulumi component per zone and program: rendered when the first
 * member is rendered, and every member's objects are ordered after all of them.
 */
import * as pulumi from "@pulumi/pulumi";
import type { LandingZone } from "../../core/landing-zone";
import { renderLayers } from "./layer";

/** The Pulumi component of a shared landing zone's add-ons layer. */
export class ZoneAddonsComponent extends pulumi.ComponentResource {
  /** Pulumi resources by object key (`Kind/namespace/name`). */
  readonly objects: Map<string, pulumi.CustomResource>;
  /** Per object key: protected from delete, and the keys it was ordered after. */
  readonly lifecycle: Map<string, { readonly protect: boolean; readonly dependsOn: readonly string[] }>;

  constructor(zone: LandingZone, opts?: pulumi.ComponentResourceOptions) {
    super("stackwerk:zone:addons", zone.node.id, {}, opts);
    const addons = zone.layers.filter((l) => l.role === "addons").map((l) => l.layer);
    const rendered = renderLayers(addons, {
      parent: this,
      providerName: `${zone.node.id}-addons-k8s`,
      access: zone.clusterAccess,
      preventDestroy: zone.preventDestroy,
    });
    this.objects = rendered.objects;
    this.lifecycle = rendered.lifecycle;
    this.registerOutputs({ objects: this.objects.size });
  }
}

/** Components by zone, per Pulumi program (one process runs one program). */
const RENDERED = new WeakMap<LandingZone, ZoneAddonsComponent>();

/** The zone's add-ons component (rendered on first call), or undefined when the zone has no add-ons. */
export function zoneAddons(zone: LandingZone): ZoneAddonsComponent | undefined {
  if (!zone.layers.some((l) => l.role === "addons")) return undefined;
  let component = RENDERED.get(zone);
  if (!component) {
    component = new ZoneAddonsComponent(zone);
    RENDERED.set(zone, component);
  }
  return component;
}

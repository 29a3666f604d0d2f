/**
 * Stackwerk public API: deployable patterns for IONOS, STACKIT and on-prem Kubernetes,
 * rendered by the Terraform engine (Terraform JSON for OpenTofu) or Pulumi.
 *
 *   import { App, WebAppStack, targets } from "stackwerk";
 *   const app = new App();
 *   new WebAppStack(app, "shop", { target: targets.stackit({ projectId }), image: "…:1.0.0", database: true });
 *   app.synth();
 */
export { App } from "./engines/cdktf/cdk";

// Patterns (importing registers them for the CLI and the conformance run)
export * from "./patterns";
export * as eventBusTopology from "./patterns/event-bus/topology";

// Targets
export { targets, targetByName, TARGET_NAMES, CAPABILITIES, OnPremTarget } from "./providers";
export { StackitTarget } from "./providers/stackit";
export { IonosTarget } from "./providers/ionos";
export type * from "./core/target";
export type { OnPremTargetProps, OnPremPostgres, OnPremObjectStorage, StackitTargetProps, IonosTargetProps } from "./providers";

// Images: the catalogue every pattern's images come from, and the air-gap image map (docs/air-gapped.md)
export { IMAGE_CATALOGUE, IMAGE_KEYS, TAG_ONLY_CATALOGUE_KEYS, catalogueRef, catalogueImage } from "./core/images/catalogue";
export type { CatalogueImage, DigestEvidence, ImageKey } from "./core/images/catalogue";
export { ImageResolver, imagesOf } from "./core/images/map";
export type { ImageMap, ImageResolverOptions, ImageSource, ResolvedImage } from "./core/images/map";

// Core: landing zones, the pattern base, the layer contract engines implement
export { Pattern, PATTERN_PROPS } from "./constructs/pattern";
export type { PatternProps } from "./constructs/pattern";
export { LandingZone } from "./core/landing-zone";
export type { LandingZoneProps } from "./core/landing-zone";
export { connect } from "./core/capabilities/connectable";
export { registerLayerEngine, NeutralPlatformLayer, InfraScope } from "./core/layers";
export type { LayerEngine, LayerRole, PlatformLayer, PlatformLayerProps } from "./core/layers";

// Building blocks
export { ZeroTrustNamespace, POD_SECURITY_LEVELS } from "./constructs/namespace";
export type { ZeroTrustNamespaceProps, PodSecurityLevel } from "./constructs/namespace";
export { Workload } from "./constructs/workload";
export type { WorkloadProps } from "./constructs/workload";
export { HttpExposure } from "./constructs/exposure";
export type { HttpExposureProps } from "./constructs/exposure";
export { StatefulService } from "./constructs/stateful-service";
export type { StatefulServiceProps } from "./constructs/stateful-service";
export {
  ADMISSION_POLICY_RULES,
  AdmissionPolicies,
  admissionPolicyName,
  admissionPolicyObjects,
  shipAdmissionPolicies,
  TAG_ONLY_PLATFORM_IMAGES,
} from "./constructs/admission-policies";
export type { AdmissionPoliciesProps, AdmissionPolicyRule, AdmissionPolicyScope } from "./constructs/admission-policies";
export { KubeManifest } from "./constructs/kube/manifest";
export type { KubeObject, KubeManifestProps, KubeObjectIdentity } from "./constructs/kube/manifest";
export { KubeSecret } from "./constructs/kube/secret";
export type { SecretKeyRef, SecretValue } from "./constructs/kube/secret";
export { PlatformInput } from "./core/context";
export type { DeploymentContext, ZoneContext, InfraLayer, FromInfraOptions } from "./core/context";
export type { InfraFunctions } from "./core/layers";
export type { NetworkPeer, PortSpec } from "./constructs/network";
export { SIZES, STAGES, WORKLOAD_SIZING, STAGE_DEFAULTS } from "./core/profile";
export type { Size, Stage } from "./core/profile";
export { StackwerkValidationError } from "./core/errors";

// Keycloak realm model (IAM): realms, clients, roles, groups, LDAP federation → realm import JSON
export * from "./patterns/iam/realm";

// Engines
export { synthesize, synthPattern, InfraStack, PlatformStack, stateBackend } from "./engines/cdktf";
export type {
  SynthesizedStack,
  SynthPatternOptions,
  StackRole,
  StateBackend,
  LocalStateBackend,
  KubernetesStateBackend,
  S3StateBackend,
} from "./engines/cdktf";
// The Pulumi engine is a separate entry point (`stackwerk/pulumi`) so users of the Terraform engine don't load Pulumi.

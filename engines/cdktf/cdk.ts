/**
 * The CDK for Terraform implementation, named once (ADR 0250). Stackwerk is written against the
 * `cdktf` API and runs on cdktf 0.21 or on cdktn 0.24 (CDK Terrain, the maintained fork of the
 * archived cdktf). Which one runs is decided by what the module name `cdktf` resolves to — a
 * user's `"overrides": { "cdktf": "npm:cdktn@0.24.0" }` — because the prebuilt @cdktf/provider-*
 * bindings and the generated IONOS/STACKIT bindings require `cdktf` by that name too, and a
 * process must load one implementation only (two would split the construct tree). Engine code
 * imports the CDK from here, so renaming the module is this one line.
 */
export * from "cdktf";

/**
 * The root of a model only the GitOps engine renders (no App of the Terraform engine): patterns under it get
 * engine-neutral layers (core/layers.ts), as under Pulumi.
 */
import { Construct } from "constructs";

/**
 * The root of a model the GitOps engine renders: no App of the Terraform engine, so patterns get engine-neutral
 * layers (core/layers.ts), as under Pulumi. Targets that create cloud resources are refused.
 */
export class GitOpsModel extends Construct {
  constructor() {
    super(undefined as unknown as Construct, "");
  }
}

/** The objectBucket capability: an S3-compatible bucket with credentials for one application. */
import type { SecretKeyRef } from "../secret-ref";
import type { CapabilityRequest, IConnectable } from "./connectable";

/** What a pattern asks for. */
export interface ObjectBucketRequest extends CapabilityRequest {
  /** Bucket name (DNS-compatible). */
  readonly bucketName: string;
}

/** An S3-compatible bucket as the workload sees it. */
export interface IObjectBucket extends IConnectable {
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKey: SecretKeyRef;
  readonly secretKey: SecretKeyRef;
}

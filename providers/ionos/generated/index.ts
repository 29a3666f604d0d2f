// Vendored by `npm run bindings` (tools/bindings/ionos.ts) from the PyPI wheel named in PROVENANCE.md. Do not edit.
export * as provider from "./provider";
export * as datacenter from "./datacenter";
export * as lan from "./lan";
export * as k8sCluster from "./k8s-cluster";
export * as dataIonoscloudK8sCluster from "./data-ionoscloud-k8s-cluster";
export * as k8sNodePool from "./k8s-node-pool";
export * as pgCluster from "./pg-cluster";
export * as pgDatabase from "./pg-database";
export * as pgUser from "./pg-user";
export * as s3Bucket from "./s3-bucket";
export * as s3Key from "./s3-key";
export * as objectStorageAccesskey from "./object-storage-accesskey";
export * as dnsZone from "./dns-zone";
export * as dnsRecord from "./dns-record";
export * as kafkaCluster from "./kafka-cluster";
export * as kafkaClusterTopic from "./kafka-cluster-topic";
export * as loggingPipeline from "./logging-pipeline";

/** Registers the web-app pattern with its reference instance (database, bucket, host name, TLS). */
import { registerPattern } from "../registry";
import { WebAppStack } from "./index";

registerPattern({
  name: WebAppStack.patternName,
  pattern: WebAppStack,
  summary: "containerised HTTP service with PostgreSQL, object storage, DNS and TLS, per stage",
  uses: ["kubernetesCluster", "postgres", "objectBucket", "dns"],
  create: (scope, id, { target, stage }) =>
    new WebAppStack(scope, id, {
      target,
      stage,
      image: "registry.example.de/stackwerk/hello-web:1.0.0",
      port: 8080,
      database: true,
      bucket: true,
      hostName: `${id}.apps.example.de`,
    }),
});

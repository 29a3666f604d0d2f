/**
 * One app, many tenants: a public IT service provider deploys the same web-app for several
 * municipalities and stages onto one on-prem cluster; each instance gets its own zero-trust
 * namespace (`<tenant>-<stage>`) and its own OpenTofu stack.
 */
import { App, Stage, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const TENANTS = ["erfurt", "jena", "gera", "weimar"];
const STAGES: Stage[] = ["test", "acceptance"];

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const cluster = targets.onprem({ kubeconfigPath: process.env.KUBECONFIG_PATH, registryMirror: "registry.rz.example.de" });
for (const tenant of TENANTS) {
  for (const stage of STAGES) {
    new WebAppStack(app, `${tenant}-${stage}`, {
      target: cluster,
      tenant,
      stage,
      image: "docker.io/library/nginx:1.27.3",
      env: { TENANT: tenant },
      database: true,
    });
  }
}
app.synth();

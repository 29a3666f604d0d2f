/**
 * Level-5 security checks the conformance asks the API server (split from kube.ts): Pod Security
 * rejects a privileged pod, the shipped admission policies deny what they should, and every
 * namespace has its default-deny NetworkPolicy. Each message quotes what the API server said.
 */
import type { Kube } from "./kube";
import type { CheckResult } from "./types";

/**
 * Level 5: Pod Security holds. A privileged pod is sent to the API server as a server-side
 * dry run into each namespace; it must be rejected by Pod Security. Namespaces that declare
 * `privileged` (an explicit, named opt-out) are reported, not failed.
 */
export async function podSecurityChecks(kube: Kube, namespaces: readonly string[]): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  for (const ns of namespaces) {
    const obj = await kube.get("Namespace", "v1", ns);
    const level = obj?.metadata.labels?.["pod-security.kubernetes.io/enforce"];
    const name = `pod security ${ns}`;
    if (!level) {
      checks.push({ name, ok: false, message: `namespace ${ns} has no pod-security.kubernetes.io/enforce label: nothing keeps privileged pods out` });
      continue;
    }
    if (level === "privileged") {
      checks.push({ name, ok: true, message: `explicit opt-out: namespace ${ns} enforces "privileged"` });
      continue;
    }
    const probe = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "stackwerk-conformance-privileged-probe", namespace: ns },
      spec: { containers: [{ name: "probe", image: "registry.invalid/stackwerk/probe:1", securityContext: { privileged: true } }] },
    };
    const r = await kube.kubectl(["create", "--dry-run=server", "-f", "-", "-o", "name"], { input: JSON.stringify(probe), check: false });
    const text = (r.stderr || r.stdout).trim();
    if (r.code === 0) {
      checks.push({ name, ok: false, message: `a privileged pod was admitted into ${ns} (enforce=${level}): Pod Security is not enforced` });
    } else if (/violates PodSecurity/.test(text)) {
      checks.push({
        name,
        ok: true,
        message: `privileged pod rejected (enforce=${level}): ${text.replace(/^Error from server \(Forbidden\): (error when creating "STDIN": )?/, "")}`,
      });
    } else {
      checks.push({ name, ok: false, message: `privileged probe pod rejected, but not by Pod Security (enforce=${level}): ${text}` });
    }
  }
  return checks;
}

/**
 * Level 5: the zone's admission policies hold (issue 26, ADR 0385). A pod that passes Pod Security
 * `restricted` but has a writable root filesystem is sent as a server-side dry run into each
 * namespace; it must be denied by a `stackwerk-…` ValidatingAdmissionPolicy. A cell that ships no
 * policies (`admissionPolicies: false`, a named opt-out) is reported, not failed.
 */
export async function admissionPolicyChecks(kube: Kube, namespaces: readonly string[], shipped: boolean): Promise<CheckResult[]> {
  if (!shipped) return [{ name: "admission policies", ok: true, message: "explicit opt-out: the cell ships no admission policies (admissionPolicies: false)" }];
  const checks: CheckResult[] = [];
  for (const ns of namespaces) {
    const name = `admission policies ${ns}`;
    const probe = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "stackwerk-conformance-writable-probe", namespace: ns },
      spec: {
        automountServiceAccountToken: false,
        securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: "RuntimeDefault" } },
        containers: [
          {
            name: "probe",
            image: "registry.invalid/stackwerk/probe:1",
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: false },
            resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "10m", memory: "16Mi" } },
          },
        ],
      },
    };
    const r = await kube.kubectl(["create", "--dry-run=server", "-f", "-", "-o", "name"], { input: JSON.stringify(probe), check: false });
    const text = (r.stderr || r.stdout).trim();
    const policy = /ValidatingAdmissionPolicy '(stackwerk-[a-z0-9-]+)'/.exec(text)?.[1];
    if (r.code === 0)
      checks.push({
        name,
        ok: false,
        message: `a pod with a writable root filesystem was admitted into ${ns}: the zone's admission policies are not enforced`,
      });
    else if (policy) checks.push({ name, ok: true, message: `writable-root pod denied by ${policy}` });
    else checks.push({ name, ok: false, message: `writable-root probe pod rejected, but not by a stackwerk admission policy: ${text}` });
  }
  return checks;
}

/** Level 5: every namespace has a default-deny NetworkPolicy for ingress and egress. */
export async function defaultDenyChecks(kube: Kube, namespaces: readonly string[]): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  for (const ns of namespaces) {
    const policies = await kube.json(["get", "networkpolicies.networking.k8s.io", "-n", ns]);
    const deny = policies.items.find((p) => {
      const sel = p.spec?.podSelector ?? {};
      const all = !sel.matchLabels && !sel.matchExpressions;
      const types: string[] = p.spec?.policyTypes ?? [];
      return all && types.includes("Ingress") && types.includes("Egress") && !p.spec?.ingress?.length && !p.spec?.egress?.length;
    });
    checks.push({
      name: `default-deny ${ns}`,
      ok: deny !== undefined,
      message: deny
        ? `NetworkPolicy ${deny.metadata.name} denies all ingress and egress by default (${policies.items.length} policies; declared and accepted, not enforced: the embedded cluster has no network plugin)`
        : `no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress+Egress, no rules) in ${ns}`,
    });
  }
  return checks;
}

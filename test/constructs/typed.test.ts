/**
 * Manifests are typed against the Kubernetes API types: a misspelt field is a compile error.
 * `npm run typecheck` (part of CI) fails if the `@ts-expect-error` lines below stop erroring.
 */
import type { Deployment } from "kubernetes-types/apps/v1";
import type { NetworkPolicy } from "kubernetes-types/networking/v1";
import { typed } from "../../constructs/kube/typed";

test("typed() passes valid objects through unchanged", () => {
  const object = {
    apiVersion: "apps/v1" as const,
    kind: "Deployment" as const,
    metadata: { name: "web", namespace: "shop" },
    spec: { replicas: 2, selector: {}, template: {} },
  };
  expect(typed<Deployment>(object)).toBe(object);
});

test("misspelt fields do not type-check", () => {
  const misspelt = () =>
    typed<Deployment>({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web" },
      // @ts-expect-error -- `replcas` is not a DeploymentSpec field
      spec: { replcas: 2, selector: {}, template: {} },
    });
  const wrongType = () =>
    typed<NetworkPolicy>({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: "p" },
      // @ts-expect-error -- policyTypes is a list, not a string
      spec: { podSelector: {}, policyTypes: "Ingress" },
    });
  expect([typeof misspelt, typeof wrongType]).toEqual(["function", "function"]);
});

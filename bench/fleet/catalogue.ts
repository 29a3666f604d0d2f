/** The fleet benchmark's catalogue: `n` web-app tenants (database, bucket, host name) on the on-prem target. */

/** Catalogue data for `n` tenants, as a YAML or JSON file would hold it. */
export function benchCatalogue(n: number): unknown {
  return {
    defaults: {
      pattern: "web-app",
      target: "onprem",
      props: { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true },
    },
    tenants: Array.from({ length: n }, (_, i) => ({ name: `tenant${i}`, props: { hostName: `tenant${i}.example.de` } })),
  };
}

/**
 * Managed services and cluster APIs on cloud targets are reachable only from the narrowest
 * working ranges: the cluster's egress ranges and the operators' admin CIDRs. Pods reach
 * managed endpoints only at their address range. Widening to any address is explicit and named
 * (`openToInternet`), and bad ranges fail at synth.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

const props = { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true };

describe("STACKIT", () => {
  test("SKE API allow-list and PostgresFlex ACL: cluster egress ranges and admin CIDRs only", () => {
    const out = synthApp((app) => new WebAppStack(app, "shop", { ...props, target: targets.stackit({ adminCidrs: ["203.0.113.0/24", "198.51.100.7/32"] }) }));
    const infra = out.json["shop-infra"];
    const admin = 'compact(split(",", replace(var.admin_cidrs, " ", "")))';
    expect(infra.variable.admin_cidrs.default).toBe("203.0.113.0/24,198.51.100.7/32");
    expect(infra.resource.stackit_ske_cluster.cluster.extensions.acl).toEqual({ enabled: true, allowed_cidrs: `\${${admin}}` });
    expect(infra.resource.stackit_postgresflex_instance.postgres.acl).toBe(`\${concat(stackit_ske_cluster.cluster.egress_address_ranges, ${admin}, [])}`);
  });

  test("without adminCidrs at synth, admin_cidrs is a required, validated variable", () => {
    const out = synthApp((app) => new WebAppStack(app, "shop", { ...props, target: targets.stackit() }));
    const variable = out.json["shop-infra"].variable.admin_cidrs;
    expect(variable.default).toBeUndefined();
    // Parsed, not literal (issue 26): no /0 prefix in any spelling, and no ranges that together cover every address.
    expect(variable.validation[0].condition).toContain(" > 0])");
    expect(variable.validation[0].condition).toContain("< pow(2, 32)");
  });

  test("widening is explicit and named: openToInternet", () => {
    const out = synthApp(
      (app) =>
        new WebAppStack(app, "shop", {
          ...props,
          target: targets.stackit({ openToInternet: ["kubernetesApi", "postgres", "egress"], postgresAcl: ["192.0.2.0/28"] }),
        }),
    );
    const infra = out.json["shop-infra"];
    expect(infra.resource.stackit_ske_cluster.cluster.extensions.acl.enabled).toBe(false);
    expect(infra.resource.stackit_postgresflex_instance.postgres.acl).toMatch(/, \["192\.0\.2\.0\/28", "0\.0\.0\.0\/0"\]\)\}$/);
    expect(infra.variable.postgres_cidr.default).toBe("0.0.0.0/0");
  });
});

describe("IONOS", () => {
  test("the Kubernetes API admits the admin CIDRs; the database is pinned to its address in the LAN's assigned range", () => {
    const out = synthApp((app) => new WebAppStack(app, "shop", { ...props, target: targets.ionos({ adminCidrs: ["203.0.113.0/24"] }) }));
    const infra = out.json["shop-infra"];
    expect(infra.resource.ionoscloud_k8s_cluster.cluster.api_subnet_allow_list).toBe('${compact(split(",", replace(var.admin_cidrs, " ", "")))}');
    // No hard-coded range: host 100 of whatever range IONOS assigns the LAN, with the LAN's prefix.
    expect(infra.resource.ionoscloud_pg_cluster.postgres.connections.cidr).toBe(
      '${format("%s/%s", cidrhost(ionoscloud_lan.private-lan.ipv4_cidr_block, 100), element(split("/", ionoscloud_lan.private-lan.ipv4_cidr_block), 1))}',
    );
    expect(infra.output.postgres_cidr.value).toBe('${format("%s/32", cidrhost(ionoscloud_lan.private-lan.ipv4_cidr_block, 100))}');
    const egress = manifestsOf(out.json["shop-platform"]).filter((o) => o.kind === "NetworkPolicy" && o.metadata.name === "web-allow-to-postgres");
    expect(egress.map((p) => p.spec.egress[0])).toEqual([{ to: [{ ipBlock: { cidr: "${var.postgres_cidr}" } }], ports: [{ port: 5432, protocol: "TCP" }] }]);
  });

  test("openToInternet kubernetesApi drops the allow-list; postgres cannot be opened", () => {
    const out = synthApp((app) => new WebAppStack(app, "shop", { ...props, target: targets.ionos({ openToInternet: ["kubernetesApi"] }) }));
    expect(out.json["shop-infra"].resource.ionoscloud_k8s_cluster.cluster).not.toHaveProperty("api_subnet_allow_list");
    expect(() => targets.ionos({ openToInternet: ["postgres"] })).toThrow(
      /^\[targets\.ionos\] openToInternet: "postgres" is not possible on IONOS.*Allowed: kubernetesApi, egress$/,
    );
  });
});

test.each<[string, () => unknown, RegExp]>([
  [
    "any address as admin CIDR",
    () => targets.stackit({ adminCidrs: ["0.0.0.0/0"] }),
    /^\[targets\.stackit\] adminCidrs\[0\]: "0\.0\.0\.0\/0" has prefix length 0: every IPv4 address\. Allowed: .*openToInternet/,
  ],
  [
    "an invalid admin CIDR",
    () => targets.ionos({ adminCidrs: ["203.0.113.0"] }),
    /^\[targets\.ionos\] adminCidrs\[0\]: "203\.0\.113\.0" is not a valid CIDR\. Allowed:/,
  ],
  [
    "any address in postgresAcl",
    () => targets.stackit({ postgresAcl: ["0.0.0.0/0"] }),
    /^\[targets\.stackit\] postgresAcl\[0\]: .*openToInternet: \["postgres"\]/,
  ],
  [
    "an unknown opening",
    () => targets.stackit({ openToInternet: ["everything" as never] }),
    /^\[targets\.stackit\] openToInternet\[0\]: "everything" is not allowed\. Allowed: kubernetesApi, postgres, egress$/,
  ],
  [
    "an unknown target property",
    () => targets.stackit({ projectID: "x" } as never),
    /^\[targets\.stackit\] projectID: is not a known property \(did you mean projectId\?\)/,
  ],
  [
    "an expression as version",
    () => targets.ionos({ kubernetesVersion: '${file("/etc/hostname")}' }),
    /^\[targets\.ionos\] kubernetesVersion: .* is not allowed\. Allowed: a version/,
  ],
])("%s is refused", (_name, build, message) => {
  expect(build).toThrow(message);
});

/**
 * The image catalogue: every container image a pattern, a target's in-cluster service, an add-on
 * or a backup job runs comes from this one table, with its upstream repository, version tag and
 * digest (`repository:tag@sha256:…`). Code asks `catalogueRef(key)` (through a target's
 * `ImageResolver`, which applies the air-gap image map); no pattern or target writes an image
 * reference or a registry host of its own (test/images/catalogue.test.ts synthesises every
 * pattern × target and fails on any image that is not from here or lacks a digest).
 *
 * Digests: no registry is reachable where Stackwerk is built, so none was resolved here. Each
 * digest is a published record of exactly that image and tag, found in public documents and code
 * (`evidence` says how strong; `provenance` says where, ADR 0350). A tag whose digest could not be
 * found stays tag-pinned and is said so (`evidence: "none"`): an invented digest is worse than a
 * tag. A wrong digest fails loudly at pull time, never silently; verify each once with registry
 * access (`crane digest <repository>:<tag>`) before a release.
 */

/**
 * How strongly a catalogue digest is backed by public records: `official-record` (Docker's own
 * published record of the tag, docker-library/repo-info: the index digest with its platforms),
 * `independent-pins` (the same digest pinned for the same tag by several independent public
 * projects), `single-pin` (one public project pins it; not corroborated), `none` (no digest found:
 * pinned by tag only, an explicit exception listed by `TAG_ONLY_CATALOGUE_KEYS`).
 */
export type DigestEvidence = "official-record" | "independent-pins" | "single-pin" | "none";

/** Keys of the catalogue, in catalogue order. */
export const IMAGE_KEYS = [
  "postgres",
  "pgvector",
  "versitygw",
  "rclone",
  "rabbitmq",
  "kafka",
  "keycloak",
  "oauth2Proxy",
  "envoy",
  "vllm",
  "llamaCpp",
  "prometheusOperator",
  "prometheusConfigReloader",
  "prometheus",
  "alertmanager",
  "alloy",
  "grafana",
  "loki",
  "kubeStateMetrics",
] as const;

/** Key of a catalogue image, e.g. `keycloak`. */
export type ImageKey = (typeof IMAGE_KEYS)[number];

/** One upstream image of the catalogue. */
export interface CatalogueImage {
  /** Fully qualified upstream repository, registry host included, e.g. `quay.io/keycloak/keycloak`. */
  readonly repository: string;
  /** Version tag, e.g. `26.7.3`. */
  readonly tag: string;
  /** Digest of the (multi-platform) image index, `sha256:<64 hex>`; absent only with `evidence: "none"`. */
  readonly digest?: string;
  /** What runs it, for `stackwerk list --images` and the docs. */
  readonly description: string;
  /** How strongly the digest is backed. */
  readonly evidence: DigestEvidence;
  /** Where the digest was found (or which searches found none), short; details in the ADR named. */
  readonly provenance: string;
}

/** Every image Stackwerk runs, by catalogue key. */
export const IMAGE_CATALOGUE: Readonly<Record<ImageKey, CatalogueImage>> = {
  postgres: {
    repository: "docker.io/library/postgres",
    tag: "17.2-alpine3.21",
    digest: "sha256:7e5df973a74872482e320dcbdeb055e178d6f42de0558b083892c50cda833c96",
    description: "in-cluster PostgreSQL server, and pg_dump/pg_restore of the backup and restore jobs",
    evidence: "official-record",
    provenance:
      "docker-library/repo-info record of postgres:17-alpine: this index (16 platforms), PG_VERSION 17.2 on alpine 3.21.2; pinned for 17.2-alpine3.21 by independent projects (ADR 0025, 0350). Another digest for the same tag exists (a rebuild): 17143ad8…",
  },
  pgvector: {
    repository: "docker.io/pgvector/pgvector",
    tag: "0.8.0-pg17",
    digest: "sha256:40b404964359299eefdd5f8518facf1886c562848cf4de13b6eaf91cb70c2b87",
    description: "in-cluster PostgreSQL with pgvector (AI pattern's vector store)",
    evidence: "independent-pins",
    provenance: "pinned identically by several public repositories (ADR 0070)",
  },
  versitygw: {
    repository: "docker.io/versity/versitygw",
    tag: "v1.8.0",
    digest: "sha256:30292fc2eeacc67a36993b01f7a7a5e3361a19cced0e80c1d71cfa2a4b0a2499",
    description: "in-cluster S3 object store and its setup job (versitygw admin)",
    evidence: "independent-pins",
    provenance: "pinned identically for v1.8.0 on docker.io and ghcr.io by ≥ 8 independent projects, one recording it as resolved (ADR 0091, 0350)",
  },
  rclone: {
    repository: "docker.io/rclone/rclone",
    tag: "1.75.1",
    digest: "sha256:45401ad7410db1d67ffdb58e19059ad20b0d8e0285a60e38bbec55cc1019c7a5",
    description: "S3 client of the PostgreSQL backup and restore jobs",
    evidence: "independent-pins",
    provenance: "pinned identically by ≥ 10 independent projects (ADR 0091, 0350)",
  },
  rabbitmq: {
    repository: "docker.io/library/rabbitmq",
    tag: "4-management-alpine",
    digest: "sha256:96827325bdd90cb6feecd35bd9e37276876359a092570550edc58ce234273c15",
    description: "in-cluster RabbitMQ broker (event bus, amqp); a major-version tag: the digest decides the release (a 4.3 build)",
    evidence: "official-record",
    provenance:
      "docker-library/repo-info record of rabbitmq:4-management-alpine (index, 16 platforms); pinned identically by independent projects (ADR 0051, 0350)",
  },
  kafka: {
    repository: "docker.io/apache/kafka",
    tag: "3.9.0",
    digest: "sha256:fbc7d7c428e3755cf36518d4976596002477e4c052d1f80b5b9eafd06d0fff2f",
    description: "in-cluster Apache Kafka broker in KRaft mode (event bus, kafka)",
    evidence: "independent-pins",
    provenance: "pinned identically by ≥ 10 independent projects, one a `docker rmi` log of apache/kafka:3.9.0 (ADR 0051, 0350)",
  },
  keycloak: {
    repository: "quay.io/keycloak/keycloak",
    tag: "26.7.3",
    digest: "sha256:ff4257d0d64efbe99ed1ddfaf07765cc3c36dc7518bf8324d41961327f441c54",
    description: "Keycloak (IAM pattern) and its realm settings job",
    evidence: "independent-pins",
    provenance: "pinned identically by ≥ 5 independent repositories (ADR 0041)",
  },
  oauth2Proxy: {
    repository: "quay.io/oauth2-proxy/oauth2-proxy",
    tag: "v7.15.3",
    digest: "sha256:10a1165743a192e1940b4708fb9647027185ce11a681a1c5519b442ff7f1f561",
    description: "oauth2-proxy behind `protect()` (IAM pattern)",
    evidence: "independent-pins",
    provenance: "multi-platform index digest pinned identically by ≥ 8 independent repositories (ADR 0041)",
  },
  envoy: {
    repository: "docker.io/envoyproxy/envoy",
    tag: "v1.38.0",
    digest: "sha256:8146b97ee61a42cd216514709e4e3198af75f014974e3d9f310aef9c901fcbdf",
    description: "the AI gateway (authentication, rate limits, request log)",
    evidence: "single-pin",
    provenance: "pinned in github.com/sablierapp/sablier-extproc (e2e test) (ADR 0070)",
  },
  vllm: {
    repository: "docker.io/vllm/vllm-openai",
    tag: "v0.14.0",
    digest: "sha256:1d6866b87630d94f5e0cdae55ab5abb4ce0b03fcb84d9d10612f9d518d19d4fd",
    description: "in-cluster model server on GPU nodes (AI pattern, serving: gpu)",
    evidence: "single-pin",
    provenance: "pinned in github.com/tinfoilsh/vllm-openai-audio (Dockerfile) (ADR 0070)",
  },
  llamaCpp: {
    repository: "ghcr.io/ggml-org/llama.cpp",
    tag: "server",
    digest: "sha256:092d1291f2bcf59ff727fa3af855fb9bd4759d6bff860f6fbfd5e3e377e12625",
    description: "in-cluster model server on CPU (AI pattern, serving: cpu); `server` is a moving tag, the digest decides",
    evidence: "independent-pins",
    provenance: "pinned identically by ≥ 4 public projects, one recording a successful run with it (ADR 0070, 0350)",
  },
  prometheusOperator: {
    repository: "quay.io/prometheus-operator/prometheus-operator",
    tag: "v0.85.0",
    description: "prometheus-operator (monitoring pattern), the version of the vendored CRDs",
    evidence: "none",
    provenance:
      "no published record of the v0.85.0 multi-platform index digest found (ADR 0061 lists the searches; repeated for ADR 0350). The only digest seen (a84aefea…f873) is an amd64 platform manifest from one script: pinning it would break other architectures. Searched again in issue 26's second round (docs/security-review-2.md): no v0.85.0 index digest; published ones exist only for later releases (v0.93.0, v0.94.0), which need the vendored CRDs moved too",
  },
  prometheusConfigReloader: {
    repository: "quay.io/prometheus-operator/prometheus-config-reloader",
    tag: "v0.85.0",
    description: "the operator's config reloader sidecar (same release as the operator)",
    evidence: "none",
    provenance: "as prometheusOperator: only an amd64 platform digest (e8834bee…) from one script was found (searched again in issue 26's second round)",
  },
  prometheus: {
    repository: "quay.io/prometheus/prometheus",
    tag: "v3.5.0",
    digest: "sha256:63805ebb8d2b3920190daf1cb14a60871b16fd38bed42b857a3182bc621f4996",
    description: "the zone's Prometheus (monitoring pattern, LTS release)",
    evidence: "single-pin",
    provenance: "pinned in a public CI gate script (ADR 0061)",
  },
  alertmanager: {
    repository: "quay.io/prometheus/alertmanager",
    tag: "v0.28.1",
    digest: "sha256:27c475db5fb156cab31d5c18a4251ac7ed567746a2483ff264516437a39b15ba",
    description: "Alertmanager (monitoring pattern)",
    evidence: "single-pin",
    provenance: "pinned in a public deployment script (ADR 0061)",
  },
  alloy: {
    repository: "docker.io/grafana/alloy",
    tag: "v1.10.2",
    digest: "sha256:bcf27f18c4402869af112fb39e35e1db3804a404686f4caa20bdf77814219223",
    description: "Grafana Alloy: log shipper and metrics relay (monitoring pattern)",
    evidence: "independent-pins",
    provenance: "pinned identically by three public repositories (ADR 0061)",
  },
  grafana: {
    repository: "docker.io/grafana/grafana",
    tag: "12.0.2",
    digest: "sha256:b5b59bfc7561634c2d7b136c4543d702ebcc94a3da477f21ff26f89ffd4214fa",
    description: "on-prem Grafana, and the dashboard import job's client (curl + sh)",
    evidence: "independent-pins",
    provenance: "two public repositories' image lists agree (ADR 0061)",
  },
  loki: {
    repository: "docker.io/grafana/loki",
    tag: "3.5.0",
    digest: "sha256:4c431d2e6b9b38718694b31c5d56be7c80dc69c513215fde1aeb5b02cd4e2665",
    description: "on-prem log store (single-binary Loki)",
    evidence: "independent-pins",
    provenance: "two public deployments agree (ADR 0061)",
  },
  kubeStateMetrics: {
    repository: "registry.k8s.io/kube-state-metrics/kube-state-metrics",
    tag: "v2.15.0",
    digest: "sha256:db384bf43222b066c378e77027a675d4cd9911107adba46c2922b3a55e10d6fb",
    description: "kube-state-metrics (monitoring pattern, on-prem and IONOS)",
    evidence: "independent-pins",
    provenance: "pinned in public repositories and seen as a running pod's image id in a published metrics dump (ADR 0061)",
  },
};

/** The catalogue entry of `key`. */
export function catalogueImage(key: ImageKey): CatalogueImage {
  return IMAGE_CATALOGUE[key];
}

/** The upstream reference of `key`: `repository:tag@sha256:…` (`repository:tag` for a tag-only entry). */
export function catalogueRef(key: ImageKey): string {
  const image = IMAGE_CATALOGUE[key];
  return `${image.repository}:${image.tag}${image.digest ? `@${image.digest}` : ""}`;
}

/** Catalogue keys pinned by tag only (no published digest): the explicit exceptions of the digest rule. */
export const TAG_ONLY_CATALOGUE_KEYS: readonly ImageKey[] = IMAGE_KEYS.filter((key) => !IMAGE_CATALOGUE[key].digest);

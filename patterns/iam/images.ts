/**
 * Container images of the IAM pattern: official upstream images pinned by digest. Nothing on
 * this machine can pull images, so each digest comes from published pins of exactly that image
 * and tag in independent public repositories (provenance in docs/adr/0041-iam-identity-stack.md).
 */

/**
 * Keycloak 26.7.3 (the version `tools/keycloak` tests against), `quay.io/keycloak/keycloak`.
 * Digest: the one pinned identically for `26.7.3` in at least five independent public
 * repositories (Dockerfiles, compose and deployment code) found through the stored code index.
 */
export const KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3@sha256:ff4257d0d64efbe99ed1ddfaf07765cc3c36dc7518bf8324d41961327f441c54";

/**
 * oauth2-proxy v7.15.3 (distroless), `quay.io/oauth2-proxy/oauth2-proxy`. Digest: the
 * multi-platform manifest digest pinned identically for `v7.15.3` in at least eight independent
 * public repositories found through the stored code index.
 */
export const OAUTH2_PROXY_IMAGE = "quay.io/oauth2-proxy/oauth2-proxy:v7.15.3@sha256:10a1165743a192e1940b4708fb9647027185ce11a681a1c5519b442ff7f1f561";

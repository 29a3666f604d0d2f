/**
 * Container images of the IAM pattern: official upstream images from the image catalogue
 * (core/images/catalogue.ts; provenance there and in docs/adr/0041-iam-identity-stack.md).
 */
import { catalogueRef } from "../../core/images/catalogue";

/** Keycloak (catalogue key `keycloak`), the version `tools/keycloak` tests against. */
export const KEYCLOAK_IMAGE: string = catalogueRef("keycloak");

/** oauth2-proxy, distroless (catalogue key `oauth2Proxy`). */
export const OAUTH2_PROXY_IMAGE: string = catalogueRef("oauth2Proxy");

/**
 * The pinned Keycloak distribution the real-client tests run: the Quarkus distribution from
 * Maven Central, verified by its sha256 (the value Central publishes next to the artifact).
 * Keycloak 26.7.3 runs on Java 17, 21 and 25; the machine's default `java` (17) is enough.
 */

/** Keycloak version (keep in step with the realm model's pinned defaults, patterns/iam/realm/otp.ts). */
export const KEYCLOAK_VERSION = "26.7.3";

/** Maven coordinates of the distribution archive. */
export const KEYCLOAK_ARTIFACT = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:tar.gz`;

/** sha256 of keycloak-quarkus-dist-26.7.3.tar.gz (Maven Central's .sha256 file). */
export const KEYCLOAK_SHA256 = "77657f30b7e90d70f727712ce1c967f430fd6a5e9f458d32d8c6df0635345f47";

/** Oldest Java feature release Keycloak 26 runs on. */
export const MIN_JAVA_MAJOR = 17;

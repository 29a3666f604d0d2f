/**
 * RabbitMQ's salted password hash for definitions files (`rabbit_password_hashing_sha256`, the
 * default): base64(salt ‖ SHA-256(salt ‖ UTF-8 password)) with a 4-byte random salt
 * (https://www.rabbitmq.com/docs/passwords#computing-password-hash). The rendered definitions
 * carry a placeholder instead of a hash; whatever substitutes it at deploy time (an init step
 * that reads the client's Secret) computes the hash with this function, so no password or hash
 * is ever in synth output.
 */
import { createHash, randomBytes } from "node:crypto";

/** The `hashing_algorithm` value matching passwordHash(). */
export const RABBIT_HASHING_ALGORITHM = "rabbit_password_hashing_sha256";

/** The `password_hash` RabbitMQ stores for `password`; `salt` (4 bytes) is random unless given. */
export function rabbitPasswordHash(password: string, salt: Buffer = randomBytes(4)): string {
  if (salt.length !== 4) throw new Error(`salt must be 4 bytes (got ${salt.length})`);
  const digest = createHash("sha256")
    .update(Buffer.concat([salt, Buffer.from(password, "utf8")]))
    .digest();
  return Buffer.concat([salt, digest]).toString("base64");
}

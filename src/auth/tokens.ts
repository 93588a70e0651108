import { createHash, randomBytes } from "node:crypto";

/** API tokens start with this, so they are easy to tell from JWTs (and to find when leaked). */
export const TOKEN_PREFIX = "nk_";

/** A new API token: the prefix and 32 random bytes (256 bits), base64url. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What is stored for a token: the hex SHA-256 (the token has 256 bits of entropy, so no salt or KDF is needed). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `value` has the shape of an API token (not a JWT). */
export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && /^[A-Za-z0-9_-]{20,100}$/.test(value);
}

import type { PrismaClient } from "../db/client";
import { findApiKey } from "./api-keys";
import { UnauthenticatedError } from "./errors";
import { JwtRejected, type VerifiedJwt } from "./jwt";
import type { Principal } from "./principal";
import { looksLikeApiToken } from "./tokens";

export interface Authenticator {
  prisma: PrismaClient;
  /** Null when no JWKS is configured: JWTs are then refused. */
  verifyJwt: ((token: string) => Promise<VerifiedJwt>) | null;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * The principal an Authorization header names: `Bearer <API token>` or `Bearer <JWT>`. Null without a
 * header. Throws UNAUTHENTICATED for anything else (another scheme, an unknown or revoked key, a JWT that
 * fails verification or expired); messages never contain the credentials.
 */
export async function authenticate(header: string | null, deps: Authenticator): Promise<Principal | null> {
  if (header === null || header.trim() === "") return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!match) throw new UnauthenticatedError("The Authorization header must be `Bearer <token>`.");
  const token = match[1];
  if (looksLikeApiToken(token)) {
    const key = await findApiKey(deps.prisma, token);
    if (!key) throw new UnauthenticatedError("Unknown API key.");
    if (key.revoked) throw new UnauthenticatedError("This API key has been revoked.");
    return { kind: "key", actor: `key:${key.id}`, scopes: new Set(key.scopes) };
  }
  if (JWT_SHAPE.test(token) && token.length <= 8192) {
    if (!deps.verifyJwt) throw new UnauthenticatedError("JWTs are not accepted here (no JWKS is configured); use an API key.");
    try {
      const jwt = await deps.verifyJwt(token);
      return { kind: "jwt", actor: `jwt:${jwt.subject}`, scopes: new Set(jwt.scopes) };
    } catch (error) {
      if (error instanceof JwtRejected) throw new UnauthenticatedError(`Invalid token: ${error.message}.`);
      throw error;
    }
  }
  throw new UnauthenticatedError("The bearer token is neither an API key nor a JWT.");
}

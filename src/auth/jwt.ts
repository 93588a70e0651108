import fs from "node:fs";
import { createLocalJWKSet, createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import { ConfigError } from "../config";
import type { JwtConfig } from "./config";
import { isScope, type Scope } from "./scopes";

/** A verified token's subject and scopes. */
export interface VerifiedJwt {
  subject: string;
  scopes: Scope[];
}

/** Why a JWT was refused, in words safe to show the client (never the token). */
export class JwtRejected extends Error {}

/** The scopes a token grants: its `scope` claim (space-separated, OAuth 2) or `scp` (an array); unknown ones are ignored. */
export function scopesOf(payload: JWTPayload): Scope[] {
  const claim = payload.scope ?? payload.scp;
  const words = typeof claim === "string" ? claim.split(/\s+/) : Array.isArray(claim) ? claim.map(String) : [];
  return [...new Set(words.filter(isScope))];
}

/**
 * A verifier of JWTs signed by a key of the configured JWKS (a file read once, or a URL fetched and
 * cached by jose), checking signature, `exp`/`nbf`, and `iss`/`aud` when configured.
 */
export function createJwtVerifier(config: JwtConfig): (token: string) => Promise<VerifiedJwt> {
  let keys: ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;
  if (config.jwksFile) {
    try {
      keys = createLocalJWKSet(JSON.parse(fs.readFileSync(config.jwksFile, "utf8")));
    } catch (error) {
      throw new ConfigError(`JWT_JWKS_FILE ${config.jwksFile}: not a readable JWKS (${(error as Error).message})`);
    }
  } else {
    keys = createRemoteJWKSet(new URL(config.jwksUrl!));
  }
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        ...(config.issuer ? { issuer: config.issuer } : {}),
        ...(config.audience ? { audience: config.audience } : {}),
      });
      if (typeof payload.sub !== "string" || !payload.sub) throw new JwtRejected("the token has no subject (sub)");
      return { subject: payload.sub, scopes: scopesOf(payload) };
    } catch (error) {
      if (error instanceof JwtRejected) throw error;
      if (error instanceof errors.JWTExpired) throw new JwtRejected("the token has expired");
      if (error instanceof errors.JWTClaimValidationFailed) throw new JwtRejected(`the token's ${error.claim} claim is not accepted`);
      if (error instanceof errors.JOSEError) throw new JwtRejected("the token's signature or format is not valid");
      throw error;
    }
  };
}

import type { PrismaClient } from "../db/client";
import { parseScopes, type Scope } from "./scopes";
import { generateToken, hashToken, TOKEN_PREFIX } from "./tokens";
import { primaryOf } from "../db/dialect";

/** A stored key as `keys list` shows it: never the token or its hash. */
export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: Date;
  revokedAt: Date | null;
}

const PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

const info = (row: { id: number; name: string; prefix: string; scopes: string; createdAt: Date; revokedAt: Date | null }): ApiKeyInfo => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: parseScopes(row.scopes),
  createdAt: row.createdAt,
  revokedAt: row.revokedAt,
});

/** Creates a key with `scopes`; the token is returned here only (only its SHA-256 is stored). */
export async function createApiKey(prisma: PrismaClient, name: string, scopes: Scope[]): Promise<{ key: ApiKeyInfo; token: string }> {
  if (!name.trim()) throw new Error("a key needs a name");
  if (scopes.length === 0) throw new Error("a key needs at least one scope");
  const token = generateToken();
  const row = await prisma.apiKey.create({
    data: { name: name.trim(), tokenHash: hashToken(token), prefix: token.slice(0, PREFIX_LENGTH), scopes: scopes.join(" ") },
  });
  return { key: info(row), token };
}

/** Every key, oldest first, revoked ones included. */
export async function listApiKeys(prisma: PrismaClient): Promise<ApiKeyInfo[]> {
  return (await prisma.apiKey.findMany({ orderBy: { id: "asc" } })).map(info);
}

/** Revokes key `id`; false when there is no such key. Revoking twice keeps the first revocation time. */
export async function revokeApiKey(prisma: PrismaClient, id: number): Promise<boolean> {
  const key = await prisma.apiKey.findUnique({ where: { id } });
  if (!key) return false;
  if (!key.revokedAt) await prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  return true;
}

/** The key a token belongs to, or null when it is unknown; `revoked` tells a revoked one apart. */
export async function findApiKey(prisma: PrismaClient, token: string): Promise<(ApiKeyInfo & { revoked: boolean }) | null> {
  // From the primary, not a read replica: a revoked key must stop working at once.
  const row = await primaryOf(prisma).apiKey.findUnique({ where: { tokenHash: hashToken(token) } });
  return row ? { ...info(row), revoked: row.revokedAt !== null } : null;
}

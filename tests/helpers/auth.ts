import assert from "node:assert/strict";
import { createApiKey } from "../../src/auth/api-keys";
import type { Scope } from "../../src/auth/scopes";
import type { PrismaClient } from "../../src/db/client";
import type { AppServer } from "../../src/server";
import type { Result } from "./graphql";

/** Creates an API key with `scopes` and returns its token (as `npm run keys -- create` prints it). */
export async function createToken(prisma: PrismaClient, scopes: Scope[], name = scopes.join("+")): Promise<string> {
  return (await createApiKey(prisma, name, scopes)).token;
}

/** Runs an operation through Apollo's pipeline as a request with `Authorization: Bearer <token>` would. */
export async function executeAs<T = any>(
  server: AppServer,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Result<T> & { status?: number }> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    { contextValue: server.createContext({ authorization: token === null ? null : `Bearer ${token}` }) },
  );
  assert(response.body.kind === "single");
  return { ...(response.body.singleResult as Result<T>), status: response.http.status };
}

/** The data of a result that must have no errors. */
export function dataOf<T = any>(result: Result<T>): T {
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

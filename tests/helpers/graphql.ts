import assert from "node:assert/strict";
import type { AppServer } from "../../src/server";

/** The data and errors of a single (non-incremental) GraphQL result. */
export interface Result<T = any> {
  data?: T | null;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Runs an operation through Apollo's request pipeline with a fresh per-request context. */
export async function execute<T = any>(
  server: AppServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Result<T>> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    { contextValue: server.createContext() },
  );
  assert(response.body.kind === "single");
  return response.body.singleResult as Result<T>;
}

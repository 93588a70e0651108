import os from "node:os";
import type { MessagePort } from "node:worker_threads";
import { createPrismaClient } from "../db/client";
import type { QueryLimits } from "../limits/defaults";
import { createServer } from "../server";

/** Nice value of an operation worker's thread (0 normal, 19 lowest): below the event loop serving short requests. */
const WORKER_NICE = 10;

/** What an operation worker needs to build its own server (see operation-pool.ts). */
export interface OperationWorkerData {
  databaseUrl: string;
  limits: QueryLimits;
  stacktrace: boolean;
}

/** One operation for a worker: a query already validated and priced by the server thread. */
export interface OperationTask {
  id: number;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** The answer: the HTTP status and the JSON body as the server thread would send it, or why it failed. */
export type OperationReply = { id: number; status: number; body: string } | { id: number; error: string };

/**
 * The body of an operation worker: its own Prisma client on the database, its own server (same schema,
 * limits, error formatting, no read pool: its statements already run off the event loop), answering each
 * task with the JSON text of the response, so that the server thread only relays a string. Built once;
 * tasks are answered in order of arrival, as their executions end.
 */
export async function serveOperations(port: MessagePort, data: OperationWorkerData): Promise<void> {
  try {
    os.setPriority(0, WORKER_NICE);
  } catch {
    // Not permitted here: same priority as the server thread.
  }
  const prisma = createPrismaClient(data.databaseUrl);
  const server = await createServer(prisma, { limits: data.limits, readWorkers: 0, stacktrace: data.stacktrace, landingPage: false });
  port.on("message", (task: OperationTask) => {
    server.apollo
      .executeOperation({ query: task.query, variables: task.variables, operationName: task.operationName }, { contextValue: server.createContext() })
      .then(
        (response) => {
          if (response.body.kind !== "single") throw new Error("an incremental response cannot be relayed");
          // As Apollo's own HTTP answer writes it (errors, data, extensions; a newline).
          const { errors, data: result, extensions } = response.body.singleResult;
          const body = `${JSON.stringify({ errors, data: result, extensions })}\n`;
          port.postMessage({ id: task.id, status: response.http.status ?? 200, body } satisfies OperationReply);
        },
      )
      .catch((error: unknown) => port.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies OperationReply));
  });
  port.postMessage({ ready: true });
}

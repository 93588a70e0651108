import os from "node:os";
import type { MessagePort } from "node:worker_threads";
import { PrismaClient } from "../generated/prisma/client";
import { CachingSqliteAdapterFactory } from "./statement-cache";

/** Nice value of a read worker's thread (0 normal, 19 lowest). */
const WORKER_NICE = 10;

/** A statement for a read worker: Prisma.Sql's text (`?` placeholders) and values. */
export interface ReadTask {
  id: number;
  sql: string;
  values: unknown[];
}

/** A read worker's answer to one task: the rows, or the error's message. */
export type ReadReply = { id: number; rows: unknown[] } | { id: number; error: string };

/**
 * The body of a read worker (see read-pool.ts): its own read-only Prisma client on `file`, answering each
 * task with `$queryRawUnsafe`, so that rows come back with exactly the types the server thread's `$queryRaw`
 * gives (BigInt, Date, numbers, strings). Tasks are answered one at a time, in order.
 */
export function serveReads(port: MessagePort, file: string, busyTimeoutMs: number): void {
  // Below the server thread's priority (Linux nice values are per thread): when the cores are busy, the
  // event loop serving short requests gets them first and the long statements here wait.
  try {
    os.setPriority(0, WORKER_NICE);
  } catch {
    // Not permitted here: same priority as the server thread.
  }
  const prisma = new PrismaClient({ adapter: new CachingSqliteAdapterFactory({ url: file, readonly: true, timeout: busyTimeoutMs }) });
  port.on("message", (task: ReadTask) => {
    prisma.$queryRawUnsafe<unknown[]>(task.sql, ...task.values).then(
      (rows) => port.postMessage({ id: task.id, rows } satisfies ReadReply),
      (error: unknown) => port.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) } satisfies ReadReply),
    );
  });
  port.postMessage({ ready: true });
}

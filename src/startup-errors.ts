import { ConfigError } from "./config";
import { StartupError } from "./db/preflight";

/**
 * One line for a start-up failure, with its cause and the fix, never a stack trace: configuration errors,
 * database checks (StartupError), a busy or forbidden port, a failed migration; anything else by the first
 * line of its message.
 */
export function describeStartupError(error: unknown, databaseUrl?: string): string {
  if (error instanceof ConfigError) return `configuration error: ${error.message}`;
  if (error instanceof StartupError) return error.message;
  const e = error as NodeJS.ErrnoException & { port?: number };
  if (e?.code === "EADDRINUSE") return `port ${e.port ?? ""} is already in use; stop the other process or set PORT to a free port (PORT=0 picks one)`.replace("port  is", "the port is");
  if (e?.code === "EACCES" && e.syscall === "listen") return `port ${e.port ?? ""} needs privileges; set PORT to 1024 or above`;
  const message = error instanceof Error ? error.message : String(error);
  if (/prisma migrate deploy failed/.test(message)) {
    const detail = message
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !/^(Prisma schema loaded|Datasource|Environment variables|prisma migrate deploy failed)/.test(l))
      .slice(0, 2)
      .join(" ");
    const postgres = databaseUrl !== undefined && /^postgres(ql)?:/i.test(databaseUrl);
    const shown = databaseUrl?.replace(/^(postgres(?:ql)?:\/\/[^:/@\s]*):[^@\s]*@/i, "$1:***@");
    const fix = postgres ? "check that DATABASE_URL names a PostgreSQL database this user may change" : "check that DATABASE_URL names a writable SQLite file";
    return `database migration failed${shown ? ` for ${shown}` : ""}: ${detail.slice(0, 300)}; ${fix}`;
  }
  return `start-up failed: ${message.split("\n")[0].slice(0, 300)}`;
}

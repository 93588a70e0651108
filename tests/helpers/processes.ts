import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
const REGISTER = path.join(__dirname, "ts-register.js");

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a TypeScript entry point of this repository (e.g. "prisma/seed.ts") in its own Node process. */
export type Running = Promise<Finished> & { pid: number; stdoutSoFar(): string };

export function runTs(entry: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Running {
  const started = performance.now();
  const child = spawn(process.execPath, ["-r", REGISTER, path.join(ROOT, entry), ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const done = new Promise<Finished>((resolve) => {
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      // let the pipes drain
      setImmediate(() => resolve({ code, signal, stdout, stderr, ms: performance.now() - started }));
    });
  }) as Running;
  done.pid = child.pid!;
  done.stdoutSoFar = () => stdout;
  return done;
}

import "reflect-metadata";
import { loadConfig } from "../../config";
import { createPrismaClient, type PrismaClient } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { createApiKey, listApiKeys, revokeApiKey } from "../api-keys";
import { parseScopes } from "../scopes";

const USAGE = [
  "usage: npm run keys -- create --name NAME --scopes read,write,admin",
  "       npm run keys -- list",
  "       npm run keys -- revoke ID",
].join("\n");

export interface KeysOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The value after `--flag` (or in `--flag=value`), or null. */
function option(argv: string[], flag: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag) return argv[i + 1] ?? null;
    if (argv[i].startsWith(`${flag}=`)) return argv[i].slice(flag.length + 1);
  }
  return null;
}

/**
 * `npm run keys -- create|list|revoke`: creates a key (printing its token once: only its SHA-256 is
 * stored), lists keys (never tokens), revokes one. Returns the exit code: 0 done, 1 failed, 2 usage.
 */
export async function runKeys(argv: string[], prisma: PrismaClient, io: KeysOutput): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "create": {
      const name = option(rest, "--name");
      const scopeText = option(rest, "--scopes") ?? option(rest, "--scope");
      if (!name || !scopeText) {
        io.err(`create needs --name and --scopes\n${USAGE}`);
        return 2;
      }
      let scopes;
      try {
        scopes = parseScopes(scopeText);
      } catch (error) {
        io.err(`${(error as Error).message}\n${USAGE}`);
        return 2;
      }
      const { key, token } = await createApiKey(prisma, name, scopes);
      io.out(`created key ${key.id} "${key.name}" with scopes ${key.scopes.join(" ")}`);
      io.out(`token (shown only now; store it safely): ${token}`);
      io.out(`use it as: Authorization: Bearer ${key.prefix}…`);
      return 0;
    }
    case "list": {
      const keys = await listApiKeys(prisma);
      if (keys.length === 0) io.out("no keys");
      for (const key of keys) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active";
        io.out(`${key.id}\t${key.prefix}…\t${key.scopes.join(" ")}\t${key.createdAt.toISOString()}\t${state}\t${key.name}`);
      }
      return 0;
    }
    case "revoke": {
      const id = Number(rest[0]);
      if (!Number.isInteger(id) || id < 1) {
        io.err(`revoke needs a key id (see keys list)\n${USAGE}`);
        return 2;
      }
      if (!(await revokeApiKey(prisma, id))) {
        io.err(`no key ${id}`);
        return 1;
      }
      io.out(`revoked key ${id}: requests with it now answer UNAUTHENTICATED`);
      return 0;
    }
    default:
      io.err(command ? `unknown command ${command}\n${USAGE}` : USAGE);
      return 2;
  }
}

if (require.main === module) {
  const config = loadConfig();
  migrateDatabase(config.databaseUrl);
  const prisma = createPrismaClient(config.databaseUrl);
  runKeys(process.argv.slice(2), prisma, { out: (l) => console.log(l), err: (l) => console.error(l) })
    .then(
      (code) => (process.exitCode = code),
      (error) => {
        console.error(`keys failed: ${(error as Error).message}`);
        process.exitCode = 1;
      },
    )
    .finally(() => prisma.$disconnect());
}

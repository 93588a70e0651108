// PostGraphile v4 over the PostgreSQL copy, as the benchmark runs it:
//   node bench/postgraphile-server.mjs --port P --database postgres://…
// Read-only (no mutations), no GraphiQL, no query log, production mode. Counts the SQL statements its
// pg clients send and prints `sql-statements <count>` on SIGUSR2, like bench/sql-counter.cjs for ours.
import http from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";

const args = process.argv.slice(2);
const option = (name) => args[args.indexOf(name) + 1];
const port = Number(option("--port"));
const database = option("--database");

let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...a) {
  count++;
  return query.apply(this, a);
};
process.on("SIGUSR2", () => process.stdout.write(`sql-statements ${count}\n`));

const pool = new pg.Pool({ connectionString: database, max: 10 });
const middleware = postgraphile(pool, "public", {
  disableDefaultMutations: true,
  graphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  ignoreRBAC: true,
  setofFunctionsContainNulls: false,
});
http.createServer(middleware).listen(port, "127.0.0.1", () => console.log(`postgraphile ready on ${port}`));

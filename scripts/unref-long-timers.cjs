// Preloaded (node -r) into `prisma migrate deploy` on PostgreSQL by src/db/migrate.ts: Prisma 6.19's wasm
// schema engine leaves a 10 s timer behind after the migrations are applied, which keeps the CLI alive
// 10 s longer than its work. Timers of 10 s or more no longer hold the process open; open connections
// and shorter timers still do, so the CLI exits as soon as it is done.
"use strict";
const original = global.setTimeout;
global.setTimeout = function setTimeout(callback, ms, ...args) {
  const timer = original.call(this, callback, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};

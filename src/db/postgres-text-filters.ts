/** The Prisma string filters SQLite answers with LIKE, which ignores the case of ASCII letters. */
const LIKE_FILTERS = ["contains", "startsWith", "endsWith"] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of Prisma query arguments where every contains/startsWith/endsWith filter inside a `where` (at any
 * depth, nested relation filters and `where`s of included relations too) is case-insensitive
 * (`mode: "insensitive"`, ILIKE), unless it says its mode. SQLite's LIKE already ignores ASCII case, so the
 * same service code filters the same way on both engines. Written data (`data`, `create`, `update`) is not
 * inside a `where` and is left alone.
 */
export function insensitiveTextFilters<T>(args: T, inWhere = false): T {
  if (Array.isArray(args)) return args.map((item) => insensitiveTextFilters(item, inWhere)) as T;
  if (!isPlainObject(args)) return args;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) out[key] = insensitiveTextFilters(value, inWhere || key === "where");
  if (inWhere && out.mode === undefined && LIKE_FILTERS.some((filter) => typeof out[filter] === "string")) out.mode = "insensitive";
  return out as T;
}

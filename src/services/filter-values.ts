import type { PrismaClient } from "../db/client";
import { type NodeType, parseGlobalIds } from "./global-id";

/**
 * The values a filter field allows: its list form and its deprecated single form together (both must
 * hold when both are given), or undefined when neither is given. An empty list allows nothing.
 */
export function anyOf<T>(values: readonly T[] | null | undefined, single: T | null | undefined): T[][] {
  const conditions: T[][] = [];
  if (values) conditions.push([...new Set(values)]);
  if (single !== null && single !== undefined) conditions.push([single]);
  return conditions;
}

/** Like anyOf for id filters: each condition's global IDs decoded to row ids of `type` (see parseGlobalIds). */
export function anyOfIds(
  values: readonly string[] | null | undefined,
  single: string | null | undefined,
  type: NodeType,
  field: string,
  singleField: string,
): number[][] {
  const conditions: number[][] = [];
  if (values) conditions.push([...new Set(parseGlobalIds(values, type, `filter.${field}`))]);
  if (single !== null && single !== undefined) conditions.push(parseGlobalIds([single], type, `filter.${singleField}`));
  return conditions;
}

const fold = (text: string) => text.normalize("NFC").trim().toLowerCase();

/**
 * The stored source names equal to any of `names` ignoring case (and surrounding blanks), for an exact
 * `source IN (...)`: SQLite compares case-sensitively, so the few distinct source names are read first.
 */
export async function matchingSources(prisma: PrismaClient, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const wanted = new Set(names.map(fold));
  const stored = await prisma.article.groupBy({ by: ["source"] });
  return stored.map((row) => row.source).filter((source) => wanted.has(fold(source)));
}

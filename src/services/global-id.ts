import { BadUserInputError } from "../errors";

/** The object types that carry a global ID (and implement `Node`). */
export const NODE_TYPES = ["Article", "Person", "Event", "Quote", "Organization", "Role"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const isNodeType = (value: string): value is NodeType => (NODE_TYPES as readonly string[]).includes(value);

/** The most ids a `node`-style lookup or a filter list takes in one argument. */
export const MAX_IDS_PER_ARGUMENT = 100;

/**
 * The global ID of the row `id` of `type`: base64url (no padding) of "Type:id", e.g. Article 1 →
 * "QXJ0aWNsZTox". Opaque to clients; unique across every type; what `id` fields, `node(id:)`, filters
 * and federation `@key(fields: "id")` all use.
 */
export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/**
 * The type and row id inside a global ID issued by toGlobalId, or null for anything else (not a string,
 * not canonical base64url, an unknown type, an id that is not a positive integer).
 */
export function fromGlobalId(value: unknown): { type: NodeType; id: number } | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return null;
  const match = /^([A-Za-z]+):([1-9]\d{0,14})$/.exec(Buffer.from(value, "base64url").toString("utf8"));
  if (!match || !isNodeType(match[1])) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || toGlobalId(match[1], id) !== value) return null;
  return { type: match[1], id };
}

/** The row id of a global ID of `type`; null when it is malformed or names another type. */
export function decodeGlobalId(value: unknown, type: NodeType): number | null {
  const decoded = fromGlobalId(value);
  return decoded && decoded.type === type ? decoded.id : null;
}

/**
 * The row ids of the global IDs an id filter lists, all of `type`. An id that is not a global ID of that
 * type cannot mean anything there: BAD_USER_INPUT naming `argumentName` (e.g. "filter.personIds").
 * An id of the right type that names no row is kept: it simply matches nothing.
 */
export function parseGlobalIds(values: readonly string[], type: NodeType, argumentName: string): number[] {
  return values.map((value) => {
    const id = decodeGlobalId(value, type);
    if (id === null) {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      throw new BadUserInputError(`${argumentName} must list ${type} IDs (got "${shown}")`, argumentName);
    }
    return id;
  });
}

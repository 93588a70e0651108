import type { Context } from "../context";
import { decodeGlobalId } from "../services/global-id";

/**
 * Federation: resolves a Quote representation ({ __typename, id }, `id` the global ID) through the
 * request's DataLoader; null for an ID that is malformed, of another type, or unknown.
 */
export function resolveQuoteReference(reference: { id: unknown }, { loaders }: Context) {
  const id = decodeGlobalId(reference.id, "Quote");
  return id === null ? null : loaders.quote.load(id);
}

import type { Context } from "../context";
import { decodeGlobalId } from "../services/global-id";

/**
 * Federation: resolves a Person representation ({ __typename, id }, `id` the global ID) through the
 * request's DataLoader; null for an ID that is malformed, of another type, or unknown.
 */
export function resolvePersonReference(reference: { id: unknown }, { loaders }: Context) {
  const id = decodeGlobalId(reference.id, "Person");
  return id === null ? null : loaders.personOrRedirect.load(id);
}

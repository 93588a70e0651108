import type { Context } from "../context";
import { tryParseId } from "../services/ids";

/** Federation: resolves a Event representation ({ __typename, id }) through the request's DataLoader. */
export function resolveEventReference(reference: { id: unknown }, { loaders }: Context) {
  const id = tryParseId(reference.id);
  return id === null ? null : loaders.event.load(id);
}

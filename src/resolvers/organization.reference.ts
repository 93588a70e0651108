import type { Context } from "../context";
import { tryParseId } from "../services/ids";

/** Federation: resolves an Organization representation ({ __typename, id }) through the request's DataLoader. */
export function resolveOrganizationReference(reference: { id: unknown }, { loaders }: Context) {
  const id = tryParseId(reference.id);
  return id === null ? null : loaders.organization.load(id);
}

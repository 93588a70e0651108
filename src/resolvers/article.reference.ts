import type { Context } from "../context";
import { tryParseId } from "../services/ids";

/** Federation: resolves a Article representation ({ __typename, id }) through the request's DataLoader. */
export function resolveArticleReference(reference: { id: unknown }, { loaders }: Context) {
  const id = tryParseId(reference.id);
  return id === null ? null : loaders.article.load(id);
}

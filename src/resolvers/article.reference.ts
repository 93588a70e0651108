import type { Context } from "../context";
import { decodeGlobalId } from "../services/global-id";

/**
 * Federation: resolves an Article representation ({ __typename, id }, `id` the global ID) through the
 * request's DataLoader; null for an ID that is malformed, of another type, or unknown.
 */
export function resolveArticleReference(reference: { id: unknown }, { loaders }: Context) {
  const id = decodeGlobalId(reference.id, "Article");
  return id === null ? null : loaders.article.load(id);
}

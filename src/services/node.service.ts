import type { TaggedNode } from "../models/node.interface";
import { fromGlobalId, type NodeType } from "./global-id";
import type { Loaders } from "./loaders";

/** The loader of each Node type, by row id. */
function loaderOf(loaders: Loaders, type: NodeType) {
  switch (type) {
    case "Article":
      return loaders.article;
    case "Person":
      return loaders.personOrRedirect;
    case "Event":
      return loaders.event;
    case "Quote":
      return loaders.quote;
    case "Organization":
      return loaders.organization;
    case "Role":
      return loaders.role;
  }
}

/**
 * The object a global ID names, tagged with its type, through the request's DataLoaders (ids of one type
 * batch into one query); null for a malformed ID, an unknown type, or a row that does not exist.
 */
export async function loadNode(loaders: Loaders, globalId: unknown): Promise<TaggedNode | null> {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return null;
  const row = await (loaderOf(loaders, decoded.type) as { load(id: number): Promise<object | null> }).load(decoded.id);
  return row ? { id: decoded.id, ...row, __typename: decoded.type } : null; // a redirect keeps the survivor's id
}


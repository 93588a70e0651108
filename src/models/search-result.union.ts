import { createUnionType } from "type-graphql";
import type { ArticleRow, QuoteView } from "../services/records";
import { Article } from "./article.type";
import { Quote } from "./quote.type";

/** What a search result's node holds: the stored article or quote, as the other queries return them. */
export type SearchNode = ArticleRow | QuoteView;

/** Tells an article node from a quote node (nodes are stored rows, not class instances). */
export function isArticleNode(node: SearchNode): node is ArticleRow {
  return "externalId" in node;
}

/** An article or a quote found by `search`. */
export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "What `search` finds: an article or a quote.",
  types: () => [Article, Quote] as const,
  resolveType: (value) => (isArticleNode(value as SearchNode) ? Article : Quote),
});

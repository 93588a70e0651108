import { registerEnumType } from "type-graphql";

/** What a search result is: an article (title and body are searched) or a quote (its text). */
export enum SearchKind {
  ARTICLE = "ARTICLE",
  QUOTE = "QUOTE",
}

registerEnumType(SearchKind, {
  name: "SearchKind",
  description: "ARTICLE: an article, matched on its title and body. QUOTE: a quote, matched on its text.",
});

import { Field, Float, Int, ObjectType } from "type-graphql";
import { PageInfo } from "./page-info.type";
import { type SearchNode, SearchResult } from "./search-result.union";
import { Snippet } from "./snippet.type";

@ObjectType({ simpleResolvers: true, description: "One search result with its rank and the excerpt that matched." })
export class SearchEdge {
  @Field(() => SearchResult)
  node!: SearchNode;

  @Field(() => String, { description: "Opaque cursor of this edge; pass it as `after` to continue after it." })
  cursor!: string;

  @Field(() => Float, {
    description:
      "Relevance (BM25; higher is better, title matches count more than body matches). Comparable only " +
      "within one search: it depends on the query and on everything indexed.",
  })
  score!: number;

  @Field(() => Snippet, { description: "An excerpt around the matched words, with the words marked." })
  snippet!: Snippet;
}

@ObjectType({ simpleResolvers: true, description: "A page of search results, best first." })
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of results across all pages." })
  totalCount!: number;
}

import { isArticleNode, type SearchNode } from "../models/search-result.union";
import type { SearchEdge } from "../models/search.type";
import { SearchKind } from "../models/search-kind.enum";
import type { Loaders } from "./loaders";
import { type Count, type PageWindow, withTotalCount } from "./paginate";
import { encodeSearchCursor } from "./search-cursor";
import type { SearchPage } from "./search.service";
import { snippetFromMarked } from "./search-snippet";

/** One ranked match as either engine's statement returns it, its snippet marked with MATCH_OPEN/MATCH_CLOSE. */
export interface RankedHit {
  kind: string;
  refId: number | bigint;
  rankKey: number | bigint | string;
  score: number;
  snippet: string;
}

/**
 * The connection for the rows of a search page, whichever engine ranked them: `rows` are up to
 * window.size + 1 matches in the statement's order (reversed for a backward page), `beyond` whether anything
 * lies on the other side of the cursor. Nodes load through the request's DataLoaders (one query per kind);
 * a row deleted since it was ranked is left out rather than answered as null.
 */
export async function searchPageOf(
  loaders: Loaders,
  scope: string,
  window: PageWindow,
  rows: readonly RankedHit[],
  beyond: boolean,
  count: Count,
): Promise<SearchPage> {
  const more = rows.length > window.size;
  const hits = rows.slice(0, window.size);
  if (window.backward) hits.reverse();

  const page = hits.map((hit) => ({
    position: { kind: hit.kind as SearchKind, id: Number(hit.refId), rankKey: Number(hit.rankKey) },
    score: Number(hit.score),
    snippet: hit.snippet,
  }));
  const idsOf = (kind: SearchKind) => page.filter((hit) => hit.position.kind === kind).map((hit) => hit.position.id);
  const [articles, quotes] = await Promise.all([
    loaders.article.loadMany(idsOf(SearchKind.ARTICLE)),
    loaders.quote.loadMany(idsOf(SearchKind.QUOTE)),
  ]);
  const nodes = new Map<string, SearchNode>();
  for (const node of [...articles, ...quotes]) {
    if (node instanceof Error) throw node;
    if (node) nodes.set(`${isArticleNode(node) ? SearchKind.ARTICLE : SearchKind.QUOTE}:${node.id}`, node);
  }

  const edges: SearchEdge[] = [];
  for (const { position, score, snippet } of page) {
    const node = nodes.get(`${position.kind}:${position.id}`);
    if (!node) continue;
    edges.push({ node, cursor: encodeSearchCursor(scope, position), score, snippet: snippetFromMarked(snippet) });
  }
  const pageInfo = {
    hasNextPage: window.backward ? beyond : more,
    hasPreviousPage: window.backward ? more : beyond,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return withTotalCount({ edges, pageInfo }, count);
}

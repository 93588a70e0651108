import type { RunningServer } from "../helpers/http";

/** An HTTP answer read as text, with its status, size and how long it took. */
export interface RawAnswer {
  status: number;
  text: string;
  body: any;
  ms: number;
  headers: Headers;
}

/** POSTs `body` (a JSON string) to `url` and reads the answer as text (parsed when it is JSON). */
export async function postRaw(url: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed, ms: performance.now() - started, headers: response.headers };
}

/** POSTs an operation and its variables. */
export function postQuery(http: RunningServer, query: string, variables?: unknown, headers?: Record<string, string>): Promise<RawAnswer> {
  return postRaw(http.url, JSON.stringify({ query, variables }), headers);
}

/** `fragment F1 on Query { ...F2 ...F2 }` … `levels` levels, the last one selecting `leaf`: 2^levels fields once expanded. */
export function fragmentDiamond(levels: number, leaf = "articles { totalCount }"): string {
  let doc = "query Diamond { ...F1 }\n";
  for (let i = 1; i < levels; i++) doc += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${levels} on Query { ${leaf} }\n`;
}

/** A chain of `length` fragments, each spreading the next one (no field nesting). */
export function fragmentChain(length: number): string {
  let doc = "query Chain { ...F1 }\n";
  for (let i = 1; i < length; i++) doc += `fragment F${i} on Query { ...F${i + 1} }\n`;
  return `${doc}fragment F${length} on Query { articles { totalCount } }\n`;
}

/** A chain of `length` fragments on Person, each nesting the next one three fields deeper. */
export function nestedFragmentChain(length: number): string {
  let doc = "query Nested { people(first: 1) { edges { node { ...P1 } } } }\n";
  for (let i = 1; i < length; i++) doc += `fragment P${i} on Person { quotes(first: 1) { edges { node { speaker { ...P${i + 1} } } } } }\n`;
  return `${doc}fragment P${length} on Person { name }\n`;
}

/** The id of the first article the API lists (ids are opaque: never written into tests). */
export async function firstArticleId(http: RunningServer): Promise<string> {
  const { body } = await postQuery(http, "{ articles(first: 1) { edges { node { id } } } }");
  return body.data.articles.edges[0].node.id as string;
}

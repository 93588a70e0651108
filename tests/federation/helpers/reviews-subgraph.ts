import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTrace } from "@apollo/server/plugin/inlineTrace";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { toGlobalId } from "../../../src/services/global-id";

/**
 * The SDL of the "reviews" subgraph: another team's service that owns reader comments. It contributes
 * `Article.readerComments` and `Person.wikidataId` to our entities through `@key(fields: "id")`, and has
 * root fields of its own that return Article and Person references for our subgraph to complete.
 */
export const REVIEWS_TYPE_DEFS = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

type Article @key(fields: "id") {
  id: ID!
  "What readers wrote under the article, oldest first."
  readerComments: [ReaderComment!]!
}

type Person @key(fields: "id") {
  id: ID!
  "The person's Wikidata item, e.g. Q1001; null when not linked."
  wikidataId: String
}

type ReaderComment {
  id: ID!
  author: String!
  body: String!
  article: Article!
  "People the comment is about."
  mentions: [Person!]!
}

type Query {
  "Comments, newest first."
  latestComments: [ReaderComment!]!
  "Articles with the most comments first."
  mostDiscussed: [Article!]!
}
`;

interface CommentRecord {
  id: string;
  articleId: string;
  author: string;
  body: string;
  mentions: string[];
}

const article = (n: number) => toGlobalId("Article", n);
const person = (n: number) => toGlobalId("Person", n);

/**
 * The comments the reviews subgraph holds, oldest first; ids are the content subgraph's global IDs of
 * the synthetic test articles and people (what its `@key(fields: "id")` carries).
 */
export const READER_COMMENTS: readonly CommentRecord[] = [
  { id: "c1", articleId: article(1), author: "ana", body: "Clear account of the summit.", mentions: [person(1)] },
  { id: "c2", articleId: article(1), author: "bo", body: "Who asked the reporter?", mentions: [person(2), person(1)] },
  { id: "c3", articleId: article(2), author: "ana", body: "The minister again.", mentions: [person(1)] },
];

/** Wikidata items by person global ID; people without one answer null. */
export const WIKIDATA_IDS: Readonly<Record<string, string>> = { [person(1)]: "Q1001", [person(3)]: "Q1003" };

function personReference(id: string) {
  return { id, wikidataId: WIKIDATA_IDS[id] ?? null };
}

function commentObject(comment: CommentRecord) {
  return { ...comment, article: { id: comment.articleId }, mentions: comment.mentions.map(personReference) };
}

/** One GraphQL operation the reviews subgraph received. */
export interface ReceivedOperation {
  query: string;
  variables: Record<string, unknown> | undefined;
}

/** A running reviews subgraph. */
export interface ReviewsSubgraph {
  /** Where it serves GraphQL over HTTP. */
  url: string;
  /** Every operation it received, in order (the gateway's fetches); clear it between tests. */
  received: ReceivedOperation[];
  stop(): Promise<void>;
}

/** Starts the reviews subgraph over HTTP on a free port, with its data in memory. */
export async function startReviewsSubgraph(): Promise<ReviewsSubgraph> {
  const received: ReceivedOperation[] = [];
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(REVIEWS_TYPE_DEFS),
      resolvers: {
        Query: {
          latestComments: () => [...READER_COMMENTS].reverse().map(commentObject),
          mostDiscussed: () => {
            const counts = new Map<string, number>();
            for (const { articleId } of READER_COMMENTS) counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
            return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => ({ id }));
          },
        },
        Article: {
          __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
          readerComments: (article: { id: string }) =>
            READER_COMMENTS.filter((comment) => comment.articleId === article.id).map(commentObject),
        },
        Person: {
          __resolveReference: (reference: { id: string }) => personReference(reference.id),
        },
      },
    },
  ]);
  const server = new ApolloServer({
    schema,
    plugins: [
      ApolloServerPluginInlineTrace(),
      {
        async requestDidStart({ request }) {
          received.push({ query: request.query ?? "", variables: request.variables });
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0 } });
  return { url, received, stop: () => server.stop() };
}

// The in-memory ceiling: a plain Apollo Server 5 answering query (b) from JavaScript maps loaded once from
// our SQLite file (same data, same response shape as ours):
//   node bench/inmemory-server.mjs --port P --sqlite FILE
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const { ApolloServer } = require("@apollo/server");
const { startStandaloneServer } = require("@apollo/server/standalone");
const Database = require("better-sqlite3");

const args = process.argv.slice(2);
const option = (name) => args[args.indexOf(name) + 1];
const db = new Database(option("--sqlite"), { readonly: true });

const people = new Map(db.prepare(`SELECT id, name FROM "Person"`).all().map((p) => [p.id, p]));
const articles = db.prepare(`SELECT id, title, "publishedAt", source FROM "Article" ORDER BY "publishedAt" DESC, id DESC`).all();
const mentions = new Map();
for (const m of db.prepare(`SELECT "articleId", "personId" FROM "ArticlePerson" ORDER BY "personId"`).iterate()) {
  if (!mentions.has(m.articleId)) mentions.set(m.articleId, []);
  mentions.get(m.articleId).push(people.get(m.personId));
}
const quotes = new Map();
for (const x of db.prepare(`SELECT "articleId", "speakerId", text FROM "Quote" ORDER BY "articleId", start`).iterate()) {
  if (!quotes.has(x.articleId)) quotes.set(x.articleId, []);
  quotes.get(x.articleId).push({ text: x.text, speaker: x.speakerId == null ? null : people.get(x.speakerId) });
}
db.close();

const typeDefs = `#graphql
  type Person { id: ID! name: String! }
  type Quote { text: String! speaker: Person }
  type Article { id: ID! title: String! publishedAt: String! source: String! people: [Person!]! quotes: [Quote!]! }
  type ArticleEdge { node: Article! }
  type ArticleConnection { edges: [ArticleEdge!]! }
  type Query { articles(first: Int! = 20): ArticleConnection! }
`;
const resolvers = {
  Query: { articles: (_, { first }) => ({ edges: articles.slice(0, first).map((node) => ({ node })) }) },
  Article: {
    publishedAt: (a) => String(a.publishedAt).slice(0, 10),
    people: (a) => mentions.get(a.id) ?? [],
    quotes: (a) => quotes.get(a.id) ?? [],
  },
};
const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: Number(option("--port")), host: "127.0.0.1" } });
console.log(`in-memory apollo ready at ${url}`);

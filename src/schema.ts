import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse, print } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import type { Context } from "./context";
import { withDemandControl } from "./limits/demand-control";
import { ArticleResolver } from "./resolvers/article.resolver";
import { resolveArticleReference } from "./resolvers/article.reference";
import { EventResolver } from "./resolvers/event.resolver";
import { NodeResolver } from "./resolvers/node.resolver";
import { OrganizationResolver } from "./resolvers/organization.resolver";
import { resolveEventReference } from "./resolvers/event.reference";
import { resolveOrganizationReference } from "./resolvers/organization.reference";
import { PersonResolver } from "./resolvers/person.resolver";
import { resolvePersonReference } from "./resolvers/person.reference";
import { QuoteResolver } from "./resolvers/quote.resolver";
import { resolveQuoteReference } from "./resolvers/quote.reference";
import { SearchResolver } from "./resolvers/search.resolver";
// Writes (issue 11)
import { ArticleMutationResolver } from "./resolvers/article.mutation";
import { AuditResolver } from "./resolvers/audit.resolver";
import { IngestMutationResolver } from "./resolvers/ingest.mutation";
import { PersonMutationResolver } from "./resolvers/person.mutation";
import { QuoteMutationResolver } from "./resolvers/quote.mutation";

/** The Federation 2 link this subgraph declares (composition 2.14 accepts up to v2.14). */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", ' +
  'import: ["@key", "@shareable", "@tag", "@inaccessible", "@cost", "@listSize"])';

/** Federation entity resolvers: each batches a set of representations through the request's DataLoader. */
const referenceResolvers: GraphQLResolverMap<Context> = {
  Article: { __resolveReference: resolveArticleReference },
  Person: { __resolveReference: resolvePersonReference },
  Event: { __resolveReference: resolveEventReference },
  Quote: { __resolveReference: resolveQuoteReference },
  Organization: { __resolveReference: resolveOrganizationReference },
};

export interface Subgraph {
  /** The executable Federation 2 subgraph schema (with _service and _entities). */
  schema: GraphQLSchema;
  /** The subgraph SDL with its directives, as committed in schema/schema.graphql. */
  sdl: string;
}

/**
 * Builds the TypeGraphQL schema and turns it into a Federation 2 subgraph. Needs no database:
 * resolvers reach data only through the per-request context.
 */
export async function buildSubgraph(): Promise<Subgraph> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: [
      NodeResolver, ArticleResolver, PersonResolver, EventResolver, QuoteResolver, OrganizationResolver, SearchResolver,
      IngestMutationResolver, ArticleMutationResolver, QuoteMutationResolver, PersonMutationResolver, AuditResolver,
    ],
    validate: true,
    skipCheck: true,
  });
  // Demand control: @cost/@listSize from the service's cost model, so a router enforces the same budget.
  const typeDefs = withDemandControl(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`));
  const sdl = `${print(typeDefs)}\n`;
  const resolvers = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<Context>;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  return { schema, sdl };
}

// Every GraphQL text the benchmark sends, in one place so they are easy to adapt when the API changes.
//
// Each server has `discover` queries (run once, to find the ids the benchmark queries need — ids are
// never assumed to be integers for our server) and `queries`: name → { query, variables(ids) } where
// `variables` returns one variables object or an array of them (requests then rotate through them).
// The same name means the same question on every server; a server without a name does not run it.

/** The benchmark queries, in the order the table prints them, with their labels. */
export const QUERY_LABELS = {
  a: "(a) article(id) { title }",
  b: "(b) articles(first: 20) + people, quotes + speaker",
  c: "(c) search(\"government\", first: 20) + snippets",
  d: "(d) _entities, 100 Person representations",
  e: "(e) people(first: 20) + quotes(first: 5)",
  filterText: "articles(filter.text: common word, first: 20)",
  personQuotes: "Person.quotes(first: 20), most-quoted people",
  personArticles: "Person.articles(first: 20), most-quoted people",
  eventArticles: "Event.articles(first: 20), most-covered events",
  coMentioned: "Person.coMentioned(first: 10), most-quoted people",
  contended: "(a) while 2 connections run search(first: 100)",
};

/**
 * `contended` is not a query of its own: it loads query `a` while two more connections run `searchHeavy`
 * (the heaviest search a client may send) against the same server; the row reports query a.
 */
export const CONTENDED = { query: "a", background: "searchHeavy", backgroundConnections: 2 };

// ---------------------------------------------------------------------------------------------------
// Our server (TypeGraphQL subgraph).

export const ours = {
  discover: {
    /** → the newest article's id. */
    article: `query { articles(first: 1) { edges { node { id } } } }`,
    /** → 100 people's ids, for the _entities representations. */
    people: `query { people(first: 100) { edges { node { id } } } }`,
    /** $name → a person's id (the exact name is picked out of the prefix matches). */
    personByName: `query ($name: String!) { people(filter: { namePrefix: $name }, first: 20) { edges { node { id name } } } }`,
    /** $name → an event's id. */
    eventByName: `query ($name: String!) { events(filter: { nameContains: $name }, first: 20) { edges { node { id name } } } }`,
  },
  /** Reads the discovery answers: `data` is the `data` of the query of the same name. */
  pick: {
    article: (data) => data.articles.edges[0]?.node.id,
    people: (data) => data.people.edges.map((e) => e.node.id),
    personByName: (data, name) => data.people.edges.find((e) => e.node.name === name)?.node.id,
    eventByName: (data, name) => data.events.edges.find((e) => e.node.name === name)?.node.id,
  },
  queries: {
    a: {
      query: `query A($id: ID!) { article(id: $id) { title } }`,
      variables: (ids) => ({ id: ids.article }),
    },
    b: {
      query: `query B { articles(first: 20) { edges { node { id title publishedAt source people { name } quotes { text speaker { name } } } } } }`,
      variables: () => ({}),
    },
    c: {
      query:
        `query C($q: String!) { search(query: $q, first: 20) { edges { score snippet { text html highlights { start end } } ` +
        `node { __typename ... on Article { id title } ... on Quote { id text } } } } }`,
      variables: (ids) => ({ q: ids.searchWord }),
    },
    searchHeavy: {
      query:
        `query CH($q: String!) { search(query: $q, first: 100) { edges { score snippet { text html highlights { start end } } ` +
        `node { __typename ... on Article { id title } ... on Quote { id text } } } } }`,
      variables: (ids) => ({ q: ids.searchWord }),
    },
    d: {
      query: `query D($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id name } } }`,
      variables: (ids) => ({ reps: ids.people.map((id) => ({ __typename: "Person", id })) }),
    },
    e: {
      query: `query E { people(first: 20) { edges { node { name quotes(first: 5) { edges { node { text } } } } } } }`,
      variables: () => ({}),
    },
    filterText: {
      query: `query F($text: String!) { articles(filter: { text: $text }, first: 20) { edges { node { id title } } } }`,
      variables: (ids) => ({ text: ids.filterWord }),
    },
    personQuotes: {
      query: `query PQ($id: ID!) { person(id: $id) { quotes(first: 20) { edges { node { text kind article { title } } } } } }`,
      variables: (ids) => ids.topPeople.map((id) => ({ id })),
    },
    personArticles: {
      query: `query PA($id: ID!) { person(id: $id) { articles(first: 20) { edges { node { title publishedAt } } } } }`,
      variables: (ids) => ids.topPeople.map((id) => ({ id })),
    },
    eventArticles: {
      query: `query EA($id: ID!) { event(id: $id) { articles(first: 20) { edges { node { title publishedAt } } } } }`,
      variables: (ids) => ids.topEvents.map((id) => ({ id })),
    },
    coMentioned: {
      query: `query CM($id: ID!) { person(id: $id) { coMentioned(first: 10) { articleCount person { name } } } }`,
      variables: (ids) => ids.topPeople.map((id) => ({ id })),
    },
  },
};

// ---------------------------------------------------------------------------------------------------
// PostGraphile v4 over the PostgreSQL copy (tables keep their names: "Article" → allArticles, articleById;
// foreign keys give quotesByArticleId, personBySpeakerId, …). search, peopleByIds, articlesMatching and
// coMentioned are SQL functions bench/pg-copy.mjs creates (one SQL statement each, unranked ILIKE).

export const postgraphile = {
  discover: {
    article: `query { allArticles(first: 1, orderBy: [PUBLISHED_AT_DESC, ID_DESC]) { nodes { id } } }`,
    people: `query { allPeople(first: 100, orderBy: [NAME_ASC]) { nodes { id } } }`,
    personByName: `query ($name: String!) { allPeople(condition: { name: $name }) { nodes { id name } } }`,
    eventByName: `query ($name: String!) { allEvents(condition: { name: $name }) { nodes { id name } } }`,
  },
  pick: {
    article: (data) => data.allArticles.nodes[0]?.id,
    people: (data) => data.allPeople.nodes.map((n) => n.id),
    personByName: (data, name) => data.allPeople.nodes.find((n) => n.name === name)?.id,
    eventByName: (data, name) => data.allEvents.nodes.find((n) => n.name === name)?.id,
  },
  queries: {
    a: {
      query: `query A($id: Int!) { articleById(id: $id) { title } }`,
      variables: (ids) => ({ id: ids.article }),
    },
    b: {
      query:
        `query B { allArticles(first: 20, orderBy: [PUBLISHED_AT_DESC, ID_DESC]) { nodes { id title publishedAt source ` +
        `articlePeopleByArticleId { nodes { personByPersonId { name } } } ` +
        `quotesByArticleId(orderBy: [START_ASC]) { nodes { text personBySpeakerId { name } } } } } }`,
      variables: () => ({}),
    },
    c: {
      query: `query C($q: String!) { search(q: $q, first: 20) { nodes { kind id title snippet } } }`,
      variables: (ids) => ({ q: ids.searchWord }),
    },
    searchHeavy: {
      query: `query CH($q: String!) { search(q: $q, first: 100) { nodes { kind id title snippet } } }`,
      variables: (ids) => ({ q: ids.searchWord }),
    },
    d: {
      query: `query D($ids: [Int]!) { peopleByIds(ids: $ids) { nodes { id name } } }`,
      variables: (ids) => ({ ids: ids.people }),
    },
    e: {
      query: `query E { allPeople(first: 20, orderBy: [NAME_ASC]) { nodes { name quotesBySpeakerId(first: 5, orderBy: [ID_DESC]) { nodes { text } } } } }`,
      variables: () => ({}),
    },
    filterText: {
      query: `query F($text: String!) { articlesMatching(word: $text, first: 20) { nodes { id title } } }`,
      variables: (ids) => ({ text: ids.filterWord }),
    },
    personQuotes: {
      query:
        `query PQ($id: Int!) { personById(id: $id) { quotesBySpeakerId(first: 20, orderBy: [ID_DESC]) ` +
        `{ nodes { text kind articleByArticleId { title } } } } }`,
      variables: (ids) => ids.topPeople.map((id) => ({ id })),
    },
    personArticles: {
      query:
        `query PA($id: Int!) { personById(id: $id) { articlePeopleByPersonId(first: 20, orderBy: [ARTICLE_ID_DESC]) ` +
        `{ nodes { articleByArticleId { title publishedAt } } } } }`,
      variables: (ids) => ids.topPeople.map((id) => ({ id })),
    },
    eventArticles: {
      query:
        `query EA($id: Int!) { eventById(id: $id) { articleEventsByEventId(first: 20, orderBy: [ARTICLE_ID_DESC]) ` +
        `{ nodes { articleByArticleId { title publishedAt } } } } }`,
      variables: (ids) => ids.topEvents.map((id) => ({ id })),
    },
    coMentioned: {
      query: `query CM($id: Int!) { coMentioned(personId: $id, first: 10) { nodes { name articleCount } } }`,
      variables: (ids) => ids.topPeople.map((id) => ({ id })),
    },
  },
};

// ---------------------------------------------------------------------------------------------------
// The in-memory Apollo Server 5 baseline (bench/inmemory-server.mjs): query (b) only, same shape as ours.

export const inmemory = {
  discover: {},
  pick: {},
  queries: {
    b: ours.queries.b,
  },
};

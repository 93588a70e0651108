// The limits' shape and defaults only: config.ts (and through it the seed command) imports this without
// loading GraphQL or the schema.

/** Per-operation limits, beyond the page-size limit every list argument has. */
export interface QueryLimits {
  /** Deepest field nesting allowed (MAX_QUERY_DEPTH). */
  maxDepth: number;
  /** Largest estimated cost allowed (MAX_QUERY_COMPLEXITY; see estimateField). */
  maxComplexity: number;
  /** Most fields an operation may select once its fragments are expanded (MAX_QUERY_FIELDS). */
  maxFields: number;
  /** Most top-level fields an operation may select (MAX_ROOT_FIELDS). */
  maxRootFields: number;
  /** Most aliases (MAX_QUERY_ALIASES). */
  maxAliases: number;
  /** Most directives (MAX_QUERY_DIRECTIVES). */
  maxDirectives: number;
  /** Most lexical tokens in the document (MAX_QUERY_TOKENS); checked while parsing. */
  maxTokens: number;
  /** Wall-clock budget of one operation in milliseconds (REQUEST_TIMEOUT_MS). */
  timeoutMs: number;
  /**
   * `search` ranks the most recently added matches of each kind, at most this many (SEARCH_CANDIDATES; 0:
   * every match): its work is bounded by this, not by how common the words are.
   */
  searchCandidates: number;
}

/** Default of QueryLimits.searchCandidates. */
export const DEFAULT_SEARCH_CANDIDATES = 2_000;

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxComplexity: 20_000,
  maxFields: 1_000,
  maxRootFields: 20,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3_000,
  timeoutMs: 5_000,
  searchCandidates: DEFAULT_SEARCH_CANDIDATES,
};

/** Estimated cost from which a query runs whole on an operation worker (OFFLOAD_MIN_COST; see src/offload/). */
export const DEFAULT_OFFLOAD_MIN_COST = 5_000;

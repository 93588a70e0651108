/** What a key or token may do. Each scope includes the ones before it: admin ⊇ write ⊇ read. */
export const SCOPES = ["read", "write", "admin"] as const;
export type Scope = (typeof SCOPES)[number];

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);

/** Whether `granted` scopes allow what `required` needs (admin allows everything, write allows read). */
export function allows(granted: ReadonlySet<Scope>, required: Scope): boolean {
  const rank = SCOPES.indexOf(required);
  return [...granted].some((scope) => SCOPES.indexOf(scope) >= rank);
}

/**
 * The scope each mutation needs: `write` for ingesting and correcting, `admin` for what removes data or
 * identities (deletes, merges, splits). A mutation not listed needs `admin`, so a new one is closed until
 * it is placed here.
 */
export const MUTATION_SCOPES: Readonly<Record<string, Scope>> = {
  ingestDocuments: "write",
  updateArticle: "write",
  correctQuote: "write",
  addQuote: "write",
  renamePerson: "write",
  deleteArticle: "admin",
  deleteQuote: "admin",
  mergePeople: "admin",
  splitPerson: "admin",
};

/** Query fields that need more than `read`. */
export const QUERY_SCOPES: Readonly<Record<string, Scope>> = {
  auditLog: "admin",
};

/** Parses a space- or comma-separated scope list; throws naming the first unknown scope. */
export function parseScopes(text: string): Scope[] {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const unknown = words.find((w) => !isScope(w));
  if (unknown !== undefined) throw new Error(`unknown scope "${unknown}" (scopes: ${SCOPES.join(", ")})`);
  return [...new Set(words as Scope[])].sort((a, b) => SCOPES.indexOf(a) - SCOPES.indexOf(b));
}

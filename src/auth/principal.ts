import type { Scope } from "./scopes";

/** Who sent a request: an API key or the subject of a verified JWT, with what it may do. */
export interface Principal {
  kind: "key" | "jwt";
  /** What the audit trail records: "key:<id>" or "jwt:<sub>". */
  actor: string;
  scopes: ReadonlySet<Scope>;
}

/** The credentials of one request: the raw Authorization header, and the principal once verified. */
export interface RequestAuth {
  /** The Authorization header as sent, or null. Never logged. */
  header: string | null;
  /** Set by the auth plugin before execution when the header carried valid credentials. */
  principal: Principal | null;
}

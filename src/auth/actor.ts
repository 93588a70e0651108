import type { Context } from "../context";
import { UnauthenticatedError } from "./errors";

/**
 * Who is making a change, for the audit trail: the principal the auth plugin verified. Throws
 * UNAUTHENTICATED when there is none (the plugin refuses such mutations first; this is the second lock).
 */
export function actorOf(ctx: Context): string {
  const principal = ctx.auth.principal;
  if (!principal) throw new UnauthenticatedError("This mutation needs credentials: send `Authorization: Bearer <API key or JWT>`.");
  return principal.actor;
}

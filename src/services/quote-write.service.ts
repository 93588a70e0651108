import { type AuditFields, changedFields, recordAudit } from "../audit/audit";
import type { PrismaClient } from "../db/client";
import { BadUserInputError } from "../errors";
import type { Prisma, Quote as QuoteRow } from "../generated/prisma/client";
import { applyEditorialDecisions } from "../ingest/store/editorial";
import { toGlobalId } from "./global-id";
import { type QuoteView, toQuote } from "./records";
import { NotFoundError, requireId } from "./write-errors";
import { withWriteLock } from "./write-lock";
import { takeSharedWriteLock } from "../db/dialect";

type Tx = Prisma.TransactionClient;

/** Who said a quote, as an editor decides it: exactly one of these. */
export interface SpeakerChoice {
  personId?: string | null;
  organizationId?: string | null;
  description?: string | null;
  /** True: the article names no speaker for it. */
  none?: boolean | null;
}

/** What an editorial decision about a quote sets; absent parts keep what extraction found. */
export interface QuoteDecision {
  speaker?: SpeakerChoice | null;
  kind?: "DIRECT" | "INDIRECT" | null;
  start?: number | null;
  end?: number | null;
}

type DecidedSpeaker = {
  speakerType: string;
  speakerId: number | null;
  speakerOrganizationId: number | null;
  speakerDescription: string | null;
};

/** The decided speaker columns; BAD_USER_INPUT naming `argumentName` unless exactly one choice is given and exists. */
async function decideSpeaker(tx: Tx, choice: SpeakerChoice, argumentName: string): Promise<DecidedSpeaker> {
  const given = [choice.personId, choice.organizationId, choice.description, choice.none ? true : null].filter((v) => v != null);
  if (given.length !== 1) {
    throw new BadUserInputError(`${argumentName} must give exactly one of personId, organizationId, description, none`, argumentName);
  }
  if (choice.personId != null) {
    const id = requireId(choice.personId, "Person", `${argumentName}.personId`);
    if (!(await tx.person.findUnique({ where: { id }, select: { id: true } }))) {
      throw new NotFoundError(`${argumentName}.personId names no person`, `${argumentName}.personId`);
    }
    return { speakerType: "PERSON", speakerId: id, speakerOrganizationId: null, speakerDescription: null };
  }
  if (choice.organizationId != null) {
    const id = requireId(choice.organizationId, "Organization", `${argumentName}.organizationId`);
    if (!(await tx.organization.findUnique({ where: { id }, select: { id: true } }))) {
      throw new NotFoundError(`${argumentName}.organizationId names no organisation`, `${argumentName}.organizationId`);
    }
    return { speakerType: "ORGANIZATION", speakerId: null, speakerOrganizationId: id, speakerDescription: null };
  }
  if (choice.description != null) {
    const description = choice.description.trim();
    if (!description || description.length > 200) {
      throw new BadUserInputError(`${argumentName}.description must be 1 to 200 characters`, `${argumentName}.description`);
    }
    return { speakerType: "DESCRIPTION", speakerId: null, speakerOrganizationId: null, speakerDescription: description };
  }
  return { speakerType: "NONE", speakerId: null, speakerOrganizationId: null, speakerDescription: null };
}

/** Checks a span against the body: both ends or neither, 0 ≤ start < end ≤ body length, not only white space. */
function checkSpan(body: string, start: number | null | undefined, end: number | null | undefined, prefix: string): { start: number; end: number } | null {
  if (start == null && end == null) return null;
  if (start == null || end == null) throw new BadUserInputError(`${prefix}start and ${prefix}end go together`, `${prefix}${start == null ? "start" : "end"}`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new BadUserInputError(`${prefix}start and ${prefix}end must satisfy 0 ≤ start < end ≤ ${body.length} (the body's length)`, `${prefix}start`);
  }
  if (!body.slice(start, end).trim()) throw new BadUserInputError(`the span ${start}–${end} holds only white space`, `${prefix}start`);
  return { start, end };
}

/** The audited fields of a quote. */
export function quoteFields(q: QuoteRow): AuditFields {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speaker: q.speakerId === null ? null : toGlobalId("Person", q.speakerId),
    speakerOrganization: q.speakerOrganizationId === null ? null : toGlobalId("Organization", q.speakerOrganizationId),
    speakerDescription: q.speakerDescription,
  };
}

/** The decision columns of `decision` (what it sets), for create and update. */
async function decisionColumns(tx: Tx, decision: QuoteDecision, body: string, argumentPrefix: string) {
  const span = checkSpan(body, decision.start, decision.end, argumentPrefix);
  const columns: Prisma.CorrectionUncheckedUpdateInput = {};
  if (span) Object.assign(columns, span);
  if (decision.kind != null) columns.kind = decision.kind;
  if (decision.speaker != null) Object.assign(columns, await decideSpeaker(tx, decision.speaker, `${argumentPrefix}speaker`));
  return { columns, span };
}

/**
 * Records (or amends) the editorial decision about `tx`'s quote `quote` and applies it; the audit entry
 * holds the quote's changed fields.
 */
async function decideAbout(tx: Tx, quote: QuoteRow, action: "CORRECT" | "DELETE", columns: Prisma.CorrectionUncheckedUpdateInput, actor: string) {
  const existing = await tx.correction.findFirst({ where: { quoteId: quote.id } });
  if (existing) {
    await tx.correction.update({
      where: { id: existing.id },
      data: { ...columns, actor, ...(action === "DELETE" ? { action } : {}) },
    });
  } else {
    await tx.correction.upsert({
      where: { articleId_matchStart_matchEnd: { articleId: quote.articleId, matchStart: quote.start, matchEnd: quote.end } },
      create: {
        articleId: quote.articleId,
        action,
        matchStart: quote.start,
        matchEnd: quote.end,
        matchText: quote.text,
        quoteId: quote.id,
        actor,
        ...(columns as object),
      },
      update: { action, quoteId: quote.id, actor, ...columns },
    });
  }
  await applyEditorialDecisions(tx, quote.articleId);
}

async function loadQuote(tx: Tx, globalId: string, argumentName: string) {
  const id = requireId(globalId, "Quote", argumentName);
  const quote = await tx.quote.findUnique({ where: { id }, include: { article: { select: { body: true } } } });
  if (!quote) throw new NotFoundError(`${argumentName} names no quote`, argumentName);
  return quote;
}

/**
 * Corrects a quote's speaker, kind and/or span as an editorial decision: stored, applied now, and
 * re-applied whenever its article is extracted again. Returns the corrected quote.
 */
export async function correctQuote(prisma: PrismaClient, quoteId: string, decision: QuoteDecision, actor: string): Promise<QuoteView> {
  if (decision.speaker == null && decision.kind == null && decision.start == null && decision.end == null) {
    throw new BadUserInputError("input must correct at least one of speaker, kind, start/end", "input");
  }
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const { article, ...quote } = await loadQuote(tx, quoteId, "input.quoteId");
      const { columns } = await decisionColumns(tx, decision, article.body, "input.");
      await decideAbout(tx, quote, "CORRECT", columns, actor);
      const decided = await tx.correction.findFirstOrThrow({ where: { articleId: quote.articleId, OR: [{ quoteId: quote.id }, { matchStart: quote.start, matchEnd: quote.end }] } });
      const after = await tx.quote.findUniqueOrThrow({ where: { id: decided.quoteId ?? quote.id } });
      const changes = changedFields(quoteFields(quote), quoteFields(after));
      await recordAudit(tx, { actor, operation: "correctQuote", targetType: "Quote", targetId: toGlobalId("Quote", after.id), ...changes });
      return toQuote(after);
    }),
  );
}

/** Deletes a quote as an editorial decision (it stays deleted after re-extraction). Returns its article's id. */
export async function deleteQuote(prisma: PrismaClient, quoteId: string, actor: string): Promise<{ id: number; articleId: number }> {
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const { article: _article, ...quote } = await loadQuote(tx, quoteId, "id");
      await decideAbout(tx, quote, "DELETE", {}, actor);
      await recordAudit(tx, { actor, operation: "deleteQuote", targetType: "Quote", targetId: toGlobalId("Quote", quote.id), before: quoteFields(quote), after: null });
      return { id: quote.id, articleId: quote.articleId };
    }),
  );
}

/** A quote extraction missed, as an editor adds it. */
export interface NewQuote {
  articleId: string;
  start: number;
  end: number;
  kind: "DIRECT" | "INDIRECT";
  speaker?: SpeakerChoice | null;
}

/** Adds a quote at a span of an article's body as an editorial decision (kept across re-extraction). */
export async function addQuote(prisma: PrismaClient, input: NewQuote, actor: string): Promise<QuoteView> {
  const articleId = requireId(input.articleId, "Article", "input.articleId");
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { body: true } });
      if (!article) throw new NotFoundError("input.articleId names no article", "input.articleId");
      const { columns, span } = await decisionColumns(tx, { ...input }, article.body, "input.");
      const { start, end } = span!;
      const existing = await tx.correction.findUnique({ where: { articleId_matchStart_matchEnd: { articleId, matchStart: start, matchEnd: end } } });
      const data = { action: "ADD", matchText: article.body.slice(start, end), actor, kind: input.kind, start, end, ...(columns as object) };
      if (existing) await tx.correction.update({ where: { id: existing.id }, data });
      else await tx.correction.create({ data: { articleId, matchStart: start, matchEnd: end, ...data } as Prisma.CorrectionUncheckedCreateInput });
      await applyEditorialDecisions(tx, articleId);
      const decided = await tx.correction.findUniqueOrThrow({ where: { articleId_matchStart_matchEnd: { articleId, matchStart: start, matchEnd: end } } });
      const quote = await tx.quote.findUniqueOrThrow({ where: { id: decided.quoteId! } });
      await recordAudit(tx, { actor, operation: "addQuote", targetType: "Quote", targetId: toGlobalId("Quote", quote.id), before: null, after: quoteFields(quote) });
      return toQuote(quote);
    }),
  );
}

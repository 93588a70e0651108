import type { Correction, Prisma } from "../../generated/prisma/client";
import { mergePersonInto } from "./person-merge";

type Tx = Prisma.TransactionClient;

/** A span of Article.body, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a decision's text lies in `body` now: at its span when the text there is unchanged; otherwise at
 * the occurrence of its text nearest to the old span (a new body that moved it); null when the text is gone.
 */
export function locateSpan(body: string, decision: { matchStart: number; matchEnd: number; matchText: string }): Span | null {
  const { matchStart, matchEnd, matchText } = decision;
  if (body.slice(matchStart, matchEnd) === matchText) return { start: matchStart, end: matchEnd };
  if (!matchText) return null;
  let best = -1;
  for (let at = body.indexOf(matchText); at >= 0; at = body.indexOf(matchText, at + 1)) {
    if (best < 0 || Math.abs(at - matchStart) < Math.abs(best - matchStart)) best = at;
  }
  return best < 0 ? null : { start: best, end: best + matchText.length };
}

/**
 * The quote of `quotes` a decision about `span` is about: the one with exactly that span, else the one
 * overlapping it most, provided the overlap covers at least half of each (an improved extractor moved a
 * boundary); null when none does. Quote ids play no part: they change on every re-extraction.
 */
export function matchQuote<Q extends Span>(quotes: readonly Q[], span: Span): Q | null {
  const exact = quotes.find((q) => q.start === span.start && q.end === span.end);
  if (exact) return exact;
  let best: Q | null = null;
  let bestOverlap = 0;
  for (const q of quotes) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap <= 0) continue;
    if (overlap * 2 < q.end - q.start || overlap * 2 < span.end - span.start) continue;
    if (overlap > bestOverlap) [best, bestOverlap] = [q, overlap];
  }
  return best;
}

/** The quote columns a decision sets (only what it decided), with its span shifted by `shift`. */
export function decidedFields(decision: Correction, body: string, shift: number): Prisma.QuoteUncheckedUpdateInput {
  const data: Prisma.QuoteUncheckedUpdateInput = {};
  if (decision.start !== null && decision.end !== null) {
    const start = decision.start + shift;
    const end = decision.end + shift;
    if (start >= 0 && end <= body.length && start < end) Object.assign(data, { start, end, text: body.slice(start, end) });
  }
  if (decision.kind !== null) data.kind = decision.kind;
  switch (decision.speakerType) {
    case "PERSON":
      if (decision.speakerId !== null) Object.assign(data, { speakerId: decision.speakerId, speakerOrganizationId: null, speakerDescription: null });
      break;
    case "ORGANIZATION":
      if (decision.speakerOrganizationId !== null) {
        Object.assign(data, { speakerId: null, speakerOrganizationId: decision.speakerOrganizationId, speakerDescription: null });
      }
      break;
    case "DESCRIPTION":
      Object.assign(data, { speakerId: null, speakerOrganizationId: null, speakerDescription: decision.speakerDescription });
      break;
    case "NONE":
      Object.assign(data, { speakerId: null, speakerOrganizationId: null, speakerDescription: null, speakerSurface: null });
      break;
  }
  return data;
}

/**
 * Re-applies the editorial decisions about article `articleId` to its quotes as they are stored now
 * (after an extraction replaced them, or right after a decision was made), inside `tx`:
 * - people re-extracted under the name of a person an editor merged away are merged into the survivor again;
 * - each decision finds its quote: the one it applied to last if that still exists, else by span
 *   (matchQuote) at the place its text is now (locateSpan);
 * - DELETE removes the matched quote; CORRECT sets what it decided on the matched quote (and re-creates
 *   the quote when extraction no longer finds it: an editor confirmed it); ADD creates the quote unless
 *   extraction now finds it, in which case that quote takes the decided values.
 * A decision whose text is gone from the body stays stored, applied to nothing.
 */
export async function applyEditorialDecisions(tx: Tx, articleId: number): Promise<void> {
  await remergeRedirectedPeople(tx, articleId);
  const decisions = await tx.correction.findMany({ where: { articleId }, orderBy: { id: "asc" } });
  if (decisions.length === 0) return;
  const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
  const body = article.body;
  const quotes = await tx.quote.findMany({ where: { articleId }, select: { id: true, start: true, end: true } });
  const claimed = new Set<number>();
  for (const decision of decisions) {
    const at = locateSpan(body, decision);
    if (!at) {
      if (decision.quoteId !== null) await tx.correction.update({ where: { id: decision.id }, data: { quoteId: null } });
      continue;
    }
    const shift = at.start - decision.matchStart;
    const free = quotes.filter((q) => !claimed.has(q.id));
    const target = free.find((q) => q.id === decision.quoteId) ?? matchQuote(free, at);
    if (target) claimed.add(target.id);
    let quoteId: number | null = null;
    if (decision.action === "DELETE") {
      if (target) await tx.quote.delete({ where: { id: target.id } });
    } else {
      const data = decidedFields(decision, body, shift);
      if (target) {
        await tx.quote.update({ where: { id: target.id }, data });
        quoteId = target.id;
      } else {
        const start = (decision.start ?? decision.matchStart) + shift;
        const end = (decision.end ?? decision.matchEnd) + shift;
        const created = await tx.quote.create({
          data: {
            articleId,
            start,
            end,
            text: body.slice(start, end),
            // Undecided kind: direct quotes are stored with their quotation marks, as extraction does.
            kind: decision.kind ?? (/^["\u201c\u201d\u201e]/.test(body.slice(start, end)) ? "DIRECT" : "INDIRECT"),
            ...(data as object),
          } as Prisma.QuoteUncheckedCreateInput,
        });
        quoteId = created.id;
      }
    }
    const moved = shift !== 0 && !decisions.some((d) => d.id !== decision.id && d.matchStart === at.start && d.matchEnd === at.end);
    if (quoteId !== decision.quoteId || moved) {
      await tx.correction.update({
        where: { id: decision.id },
        data: {
          quoteId,
          ...(moved
            ? {
                matchStart: at.start,
                matchEnd: at.end,
                start: decision.start === null ? null : decision.start + shift,
                end: decision.end === null ? null : decision.end + shift,
              }
            : {}),
        },
      });
    }
  }
}

/** People of article `articleId` named as a person an editor merged away are merged into the survivor again. */
async function remergeRedirectedPeople(tx: Tx, articleId: number): Promise<void> {
  const people = await tx.person.findMany({
    where: { OR: [{ mentions: { some: { articleId } } }, { quotes: { some: { articleId } } }] },
    select: { id: true, name: true },
  });
  if (people.length === 0) return;
  const redirects = await tx.personRedirect.findMany({ where: { fromName: { in: people.map((p) => p.name) } } });
  const merged = new Set<number>();
  for (const redirect of redirects) {
    const person = people.find((p) => p.name === redirect.fromName);
    if (!person || person.id === redirect.toId || merged.has(person.id) || merged.has(redirect.toId)) continue;
    await mergePersonInto(tx, person.id, redirect.toId, { redirect: false });
    merged.add(person.id);
  }
}

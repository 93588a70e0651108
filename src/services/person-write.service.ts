import { type AuditFields, recordAudit } from "../audit/audit";
import type { PrismaClient } from "../db/client";
import { BadUserInputError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { nameKey } from "../ingest/resolve/name-key";
import { applyEditorialDecisions } from "../ingest/store/editorial";
import { mergePersonInto } from "../ingest/store/person-merge";
import { toGlobalId } from "./global-id";
import { type PersonRecord } from "./records";
import { NotFoundError, requireId } from "./write-errors";
import { withWriteLock } from "./write-lock";
import { takeSharedWriteLock } from "../db/dialect";

type Tx = Prisma.TransactionClient;

/** The most people one mergePeople call folds into the survivor, and quotes or articles one splitPerson moves. */
export const MAX_PEOPLE_PER_MERGE = 20;
export const MAX_ITEMS_PER_SPLIT = 100;

async function personFields(tx: Tx, id: number): Promise<AuditFields> {
  const p = await tx.person.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { id: "asc" } } } });
  return { name: p.name, aliases: p.aliases.map((a) => a.alias) };
}

async function requirePerson(tx: Tx, globalId: string, argumentName: string): Promise<PersonRecord> {
  const id = requireId(globalId, "Person", argumentName);
  const person = await tx.person.findUnique({ where: { id } });
  if (!person) throw new NotFoundError(`${argumentName} names no person`, argumentName);
  return person;
}

function checkName(name: string, argumentName: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!nameKey(trimmed) || trimmed.length > 200) throw new BadUserInputError(`${argumentName} must be a name of 1 to 200 characters`, argumentName);
  return trimmed;
}

/**
 * Merges `people` into `into`: their aliases (their names too), honorifics, roles, quotes, mentions and
 * editorial decisions move to the survivor, their ids resolve to it (node, _entities), and a person
 * re-extracted under a merged name is merged again. One audit entry per merged person. Returns the survivor.
 */
export async function mergePeople(prisma: PrismaClient, into: string, people: string[], actor: string): Promise<PersonRecord> {
  if (people.length === 0 || people.length > MAX_PEOPLE_PER_MERGE) {
    throw new BadUserInputError(`people must list 1 to ${MAX_PEOPLE_PER_MERGE} Person IDs`, "input.people");
  }
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const survivor = await requirePerson(tx, into, "input.into");
      for (const [i, globalId] of people.entries()) {
        const person = await requirePerson(tx, globalId, `input.people[${i}]`);
        if (person.id === survivor.id) throw new BadUserInputError(`input.people[${i}] is the survivor itself`, `input.people[${i}]`);
        const before = await personFields(tx, person.id);
        await mergePersonInto(tx, person.id, survivor.id);
        await recordAudit(tx, {
          actor,
          operation: "mergePeople",
          targetType: "Person",
          targetId: toGlobalId("Person", person.id),
          before,
          after: { mergedInto: toGlobalId("Person", survivor.id) },
        });
      }
      return tx.person.findUniqueOrThrow({ where: { id: survivor.id } });
    }),
  );
}

/**
 * Renames a person. The old name stays an alias, and a person re-extracted under it is merged into this
 * one again, so the decision survives re-extraction. A name another person has is refused (merge instead).
 */
export async function renamePerson(prisma: PrismaClient, globalId: string, newName: string, actor: string): Promise<PersonRecord> {
  const name = checkName(newName, "input.name");
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const person = await requirePerson(tx, globalId, "input.id");
      if (person.name === name) return person;
      const other = await tx.person.findUnique({ where: { name } });
      if (other) {
        throw new BadUserInputError(`another person (${toGlobalId("Person", other.id)}) is named "${name}": use mergePeople`, "input.name");
      }
      const before = await personFields(tx, person.id);
      await tx.person.update({ where: { id: person.id }, data: { name } });
      const keys = new Set((await tx.personAlias.findMany({ where: { personId: person.id }, select: { key: true } })).map((a) => a.key));
      for (const alias of [name, person.name]) {
        const key = nameKey(alias);
        if (!keys.has(key)) {
          await tx.personAlias.create({ data: { personId: person.id, alias, key } });
          keys.add(key);
        }
      }
      await tx.personRedirect.create({ data: { fromId: null, fromName: person.name, toId: person.id } });
      // A redirect from the new name would merge this person into itself: drop it.
      await tx.personRedirect.deleteMany({ where: { fromName: name, toId: person.id } });
      const after = await personFields(tx, person.id);
      await recordAudit(tx, { actor, operation: "renamePerson", targetType: "Person", targetId: toGlobalId("Person", person.id), before, after });
      return tx.person.findUniqueOrThrow({ where: { id: person.id } });
    }),
  );
}

/** What splitPerson separates. */
export interface SplitInput {
  id: string;
  /** The alias wrongly merged into the person; it becomes the new person's. */
  alias: string;
  /** The new person's name (default: the alias). */
  name?: string | null;
  /** The person's quotes that are the new person's (their speaker is corrected, as correctQuote does). */
  quoteIds?: string[] | null;
  /** Articles whose mention of the person is the new person's. */
  articleIds?: string[] | null;
}

/**
 * Splits a wrongly merged alias off a person: a new person with that alias (and `name`), the quotes named
 * (as editorial speaker decisions, kept across re-extraction) and the mentions in the articles named.
 * Returns both people.
 */
export async function splitPerson(prisma: PrismaClient, input: SplitInput, actor: string): Promise<{ person: PersonRecord; newPerson: PersonRecord }> {
  const quoteIds = input.quoteIds ?? [];
  const articleIds = input.articleIds ?? [];
  if (quoteIds.length > MAX_ITEMS_PER_SPLIT || articleIds.length > MAX_ITEMS_PER_SPLIT) {
    throw new BadUserInputError(`quoteIds and articleIds take at most ${MAX_ITEMS_PER_SPLIT} IDs each`, "input.quoteIds");
  }
  const quoteRows = quoteIds.map((q, i) => requireId(q, "Quote", `input.quoteIds[${i}]`));
  const articleRows = articleIds.map((a, i) => requireId(a, "Article", `input.articleIds[${i}]`));
  const aliasKey = nameKey(input.alias);
  if (!aliasKey) throw new BadUserInputError("input.alias must be a name", "input.alias");
  const name = checkName(input.name ?? input.alias, input.name ? "input.name" : "input.alias");
  return withWriteLock(() =>
    prisma.$transaction(async (tx) => {
      await takeSharedWriteLock(tx); // other replicas' writers (PostgreSQL)
      const person = await requirePerson(tx, input.id, "input.id");
      if (nameKey(person.name) === aliasKey) throw new BadUserInputError("input.alias is the person's own name; rename instead", "input.alias");
      const aliases = await tx.personAlias.findMany({ where: { personId: person.id } });
      if (!aliases.some((a) => a.key === aliasKey)) throw new BadUserInputError(`"${input.alias}" is not an alias of this person`, "input.alias");
      if (await tx.person.findUnique({ where: { name } })) {
        throw new BadUserInputError(`a person named "${name}" exists already: use mergePeople or correctQuote`, input.name ? "input.name" : "input.alias");
      }
      const quotes = await tx.quote.findMany({ where: { id: { in: quoteRows } } });
      for (const [i, id] of quoteRows.entries()) {
        const quote = quotes.find((q) => q.id === id);
        if (!quote || quote.speakerId !== person.id) {
          throw new BadUserInputError(`input.quoteIds[${i}] is not a quote of this person`, `input.quoteIds[${i}]`);
        }
      }
      const mentioned = new Set(
        (await tx.articlePerson.findMany({ where: { personId: person.id }, select: { articleId: true } })).map((m) => m.articleId),
      );
      for (const [i, id] of articleRows.entries()) {
        if (!mentioned.has(id)) throw new BadUserInputError(`input.articleIds[${i}] does not mention this person`, `input.articleIds[${i}]`);
      }
      const before = await personFields(tx, person.id);

      const created = await tx.person.create({ data: { name, honorifics: "[]" } });
      await tx.personAlias.updateMany({ where: { personId: person.id, key: aliasKey }, data: { personId: created.id } });
      if (nameKey(name) !== aliasKey) await tx.personAlias.create({ data: { personId: created.id, alias: name, key: nameKey(name) } });
      const articlesOfNew = new Set([...articleRows, ...quotes.map((q) => q.articleId)]);
      await tx.articlePerson.createMany({ data: [...articlesOfNew].map((articleId) => ({ articleId, personId: created.id })) });
      if (articleRows.length) await tx.articlePerson.deleteMany({ where: { personId: person.id, articleId: { in: articleRows } } });
      // The name was merged into this person once: it now means the new person (its old id too).
      await tx.personRedirect.updateMany({ where: { fromName: name, toId: person.id }, data: { toId: created.id } });
      for (const quote of quotes) {
        const existing = await tx.correction.findFirst({ where: { quoteId: quote.id } });
        const speaker = { speakerType: "PERSON", speakerId: created.id, speakerOrganizationId: null, speakerDescription: null };
        if (existing) await tx.correction.update({ where: { id: existing.id }, data: { ...speaker, actor } });
        else {
          await tx.correction.upsert({
            where: { articleId_matchStart_matchEnd: { articleId: quote.articleId, matchStart: quote.start, matchEnd: quote.end } },
            create: { articleId: quote.articleId, action: "CORRECT", matchStart: quote.start, matchEnd: quote.end, matchText: quote.text, quoteId: quote.id, actor, ...speaker },
            update: { action: "CORRECT", quoteId: quote.id, actor, ...speaker },
          });
        }
      }
      for (const articleId of new Set(quotes.map((q) => q.articleId))) await applyEditorialDecisions(tx, articleId);

      await recordAudit(tx, {
        actor,
        operation: "splitPerson",
        targetType: "Person",
        targetId: toGlobalId("Person", person.id),
        before,
        after: { ...(await personFields(tx, person.id)), splitInto: toGlobalId("Person", created.id) },
      });
      await recordAudit(tx, {
        actor,
        operation: "splitPerson",
        targetType: "Person",
        targetId: toGlobalId("Person", created.id),
        before: null,
        after: {
          ...(await personFields(tx, created.id)),
          splitFrom: toGlobalId("Person", person.id),
          quotes: quotes.map((q) => toGlobalId("Quote", q.id)),
          articles: [...articlesOfNew].map((a) => toGlobalId("Article", a)),
        },
      });
      return {
        person: await tx.person.findUniqueOrThrow({ where: { id: person.id } }),
        newPerson: await tx.person.findUniqueOrThrow({ where: { id: created.id } }),
      };
    }),
  );
}

import { readHonorifics, writeHonorifics } from "../../db/honorifics";
import type { Prisma } from "../../generated/prisma/client";
import { nameKey } from "../resolve/name-key";

type Tx = Prisma.TransactionClient;

/**
 * Merges person `fromId` into `toId` inside `tx`: aliases (the removed name becomes one), honorifics,
 * roles, quotes, mentions and editorial decisions move to the survivor, redirects to the removed person
 * now point at the survivor, a redirect from the removed id is stored (unless `redirect: false`), and the
 * removed person is deleted.
 */
export async function mergePersonInto(tx: Tx, fromId: number, toId: number, options: { redirect?: boolean } = {}): Promise<void> {
  if (fromId === toId) return;
  const from = await tx.person.findUniqueOrThrow({ where: { id: fromId } });
  const to = await tx.person.findUniqueOrThrow({ where: { id: toId } });

  const survivorKeys = new Set((await tx.personAlias.findMany({ where: { personId: toId }, select: { key: true } })).map((a) => a.key));
  const aliases = await tx.personAlias.findMany({ where: { personId: fromId } });
  const moving = aliases.filter((a) => !survivorKeys.has(a.key));
  if (moving.length) await tx.personAlias.updateMany({ where: { id: { in: moving.map((a) => a.id) } }, data: { personId: toId } });
  const fromKey = nameKey(from.name);
  if (fromKey && !survivorKeys.has(fromKey) && !moving.some((a) => a.key === fromKey)) {
    await tx.personAlias.create({ data: { personId: toId, alias: from.name, key: fromKey } });
  }
  await tx.personAlias.deleteMany({ where: { personId: fromId } });

  const honorifics = [...new Set([...readHonorifics(to.honorifics), ...readHonorifics(from.honorifics)])];
  await tx.person.update({ where: { id: toId }, data: { honorifics: writeHonorifics(honorifics) } });

  const survivorRoles = await tx.role.findMany({ where: { personId: toId } });
  for (const role of await tx.role.findMany({ where: { personId: fromId } })) {
    const duplicate = survivorRoles.some((r) => r.title === role.title && r.organizationId === role.organizationId);
    if (duplicate) await tx.role.delete({ where: { id: role.id } });
    else await tx.role.update({ where: { id: role.id }, data: { personId: toId } });
  }

  await tx.quote.updateMany({ where: { speakerId: fromId }, data: { speakerId: toId } });
  await tx.correction.updateMany({ where: { speakerId: fromId }, data: { speakerId: toId } });

  const survivorArticles = new Set(
    (await tx.articlePerson.findMany({ where: { personId: toId }, select: { articleId: true } })).map((m) => m.articleId),
  );
  const fromArticles = (await tx.articlePerson.findMany({ where: { personId: fromId }, select: { articleId: true } })).map((m) => m.articleId);
  const missing = fromArticles.filter((id) => !survivorArticles.has(id));
  if (missing.length) await tx.articlePerson.createMany({ data: missing.map((articleId) => ({ articleId, personId: toId })) });
  await tx.articlePerson.deleteMany({ where: { personId: fromId } });

  await tx.personRedirect.updateMany({ where: { toId: fromId }, data: { toId } });
  // A person created and merged within one re-extraction was never seen outside it: no redirect for it.
  if (options.redirect !== false) await tx.personRedirect.upsert({
    where: { fromId },
    create: { fromId, fromName: from.name, toId },
    update: { fromName: from.name, toId },
  });
  await tx.person.delete({ where: { id: fromId } });
}

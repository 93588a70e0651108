-- Organization.quotes and the quotes filter on speaker organisations read Quote(speakerOrganizationId, …).
-- Almost every quote has no organisation as its speaker (a person or an unnamed source speaks), and the full
-- index held one entry per quote all the same: on the 20,000-article bench corpus 366,100 entries for 160
-- organisation quotes (25 MB, a twentieth of the file), and every stored quote inserted one, in date order
-- in the middle of the index (2,000 articles into that database: 750 MB written with it, 591 MB without).
-- Only quotes with an organisation as speaker are indexed now. The index keeps its name (Prisma's schema,
-- which cannot say WHERE, still names it); every statement that reads it has "speakerOrganizationId" = … or
-- IN (…), which implies IS NOT NULL, so SQLite still uses it (tests/integration/quote-list-plan.test.ts).

-- DropIndex
DROP INDEX "Quote_speakerOrganizationId_articlePublishedAt_articleId_start_id_idx";

-- CreateIndex
CREATE INDEX "Quote_speakerOrganizationId_articlePublishedAt_articleId_start_id_idx" ON "Quote"("speakerOrganizationId", "articlePublishedAt" DESC, "articleId" DESC, "start", "id") WHERE "speakerOrganizationId" IS NOT NULL;

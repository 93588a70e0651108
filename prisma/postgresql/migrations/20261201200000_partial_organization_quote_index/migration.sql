-- Only quotes with an organisation as speaker are indexed for Organization.quotes and the speaker
-- organisation filter (see prisma/migrations/20261201200000_partial_organization_quote_index): almost every
-- quote has none, and the full index held an entry for each. Statements read it with
-- "speakerOrganizationId" = … or = ANY (…), which PostgreSQL's planner matches to the index's predicate.

-- DropIndex
DROP INDEX "Quote_speakerOrganizationId_articlePublishedAt_articleId_st_idx";

-- CreateIndex
CREATE INDEX "Quote_speakerOrganizationId_articlePublishedAt_articleId_st_idx" ON "Quote"("speakerOrganizationId", "articlePublishedAt" DESC, "articleId" DESC, "start", "id") WHERE "speakerOrganizationId" IS NOT NULL;

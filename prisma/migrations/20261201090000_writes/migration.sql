-- Writes through the API (issue 11): API keys, the audit trail, editorial decisions (corrections) and
-- person redirects (merged and renamed people). New tables only: Article, Quote and their search triggers
-- are untouched.

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "matchStart" INTEGER NOT NULL,
    "matchEnd" INTEGER NOT NULL,
    "matchText" TEXT NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    "kind" TEXT,
    "speakerType" TEXT,
    "speakerId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "speakerDescription" TEXT,
    "quoteId" INTEGER,
    "actor" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Correction_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Correction_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Correction_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonRedirect" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromId" INTEGER,
    "fromName" TEXT NOT NULL,
    "toId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PersonRedirect_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_tokenHash_key" ON "ApiKey"("tokenHash");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_actor_idx" ON "AuditEntry"("actor");

-- CreateIndex
CREATE INDEX "Correction_quoteId_idx" ON "Correction"("quoteId");

-- CreateIndex
CREATE INDEX "Correction_speakerId_idx" ON "Correction"("speakerId");

-- CreateIndex
CREATE INDEX "Correction_speakerOrganizationId_idx" ON "Correction"("speakerOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Correction_articleId_matchStart_matchEnd_key" ON "Correction"("articleId", "matchStart", "matchEnd");

-- CreateIndex
CREATE UNIQUE INDEX "PersonRedirect_fromId_key" ON "PersonRedirect"("fromId");

-- CreateIndex
CREATE INDEX "PersonRedirect_toId_idx" ON "PersonRedirect"("toId");

-- CreateIndex
CREATE INDEX "PersonRedirect_fromName_idx" ON "PersonRedirect"("fromName");


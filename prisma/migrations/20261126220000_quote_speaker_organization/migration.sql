-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Quote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "speakerOrganizationId" INTEGER,
    "speakerDescription" TEXT,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "cue" TEXT,
    "speakerSurface" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Quote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Quote_speakerOrganizationId_fkey" FOREIGN KEY ("speakerOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Quote" ("articleId", "cue", "end", "id", "kind", "speakerId", "speakerSurface", "start", "text") SELECT "articleId", "cue", "end", "id", "kind", "speakerId", "speakerSurface", "start", "text" FROM "Quote";
DROP TABLE "Quote";
ALTER TABLE "new_Quote" RENAME TO "Quote";
CREATE INDEX "Quote_articleId_idx" ON "Quote"("articleId");
CREATE INDEX "Quote_speakerId_idx" ON "Quote"("speakerId");
CREATE INDEX "Quote_speakerOrganizationId_idx" ON "Quote"("speakerOrganizationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


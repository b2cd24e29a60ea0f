-- CreateTable
CREATE TABLE "Script" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT,
    "language" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "narration" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Voiceover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "provider" TEXT NOT NULL,
    "voice" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "audioKey" TEXT NOT NULL,
    "durationMs" REAL NOT NULL,
    "words" JSONB NOT NULL,
    "loudnessLufs" REAL,
    "targetLufs" REAL NOT NULL,
    "useCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Render" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "template" TEXT NOT NULL,
    "props" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "backend" TEXT NOT NULL DEFAULT 'local',
    "encoder" TEXT,
    "outputKey" TEXT,
    "outputSizeBytes" INTEGER,
    "width" INTEGER,
    "height" INTEGER,
    "fps" REAL,
    "durationInFrames" INTEGER,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "stageTimings" JSONB,
    "batchId" TEXT,
    "scriptId" TEXT,
    "voiceoverId" TEXT,
    "voiceoverCacheHit" BOOLEAN,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Render_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_scriptId_fkey" FOREIGN KEY ("scriptId") REFERENCES "Script" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_voiceoverId_fkey" FOREIGN KEY ("voiceoverId") REFERENCES "Voiceover" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Render" ("attempts", "backend", "batchId", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "outputKey", "outputSizeBytes", "progress", "props", "stageTimings", "startedAt", "status", "template", "updatedAt", "width") SELECT "attempts", "backend", "batchId", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "outputKey", "outputSizeBytes", "progress", "props", "stageTimings", "startedAt", "status", "template", "updatedAt", "width" FROM "Render";
DROP TABLE "Render";
ALTER TABLE "new_Render" RENAME TO "Render";
CREATE INDEX "Render_status_createdAt_idx" ON "Render"("status", "createdAt");
CREATE INDEX "Render_template_createdAt_idx" ON "Render"("template", "createdAt");
CREATE INDEX "Render_batchId_idx" ON "Render"("batchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateTable
CREATE TABLE "Transcript" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "mediaHash" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "requestedLanguage" TEXT NOT NULL,
    "language" TEXT,
    "words" JSONB NOT NULL,
    "durationMs" REAL NOT NULL,
    "note" TEXT,
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "useCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Transcript_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Render" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "props" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" REAL NOT NULL DEFAULT 0,
    "backend" TEXT NOT NULL DEFAULT 'local',
    "encoder" TEXT,
    "lambda" JSONB,
    "costEstimateUsd" REAL,
    "chunkCount" INTEGER,
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
    "transcriptId" TEXT,
    "transcriptCacheHit" BOOLEAN,
    "captionWords" JSONB,
    "captionsLanguage" TEXT,
    "captionsNote" TEXT,
    "captionFiles" JSONB,
    "captionsRequest" JSONB,
    "idempotencyKey" TEXT,
    "priority" INTEGER NOT NULL DEFAULT 10,
    "output" JSONB,
    "narration" JSONB,
    "voice" JSONB,
    "metadata" JSONB,
    "webhookUrl" TEXT,
    "batchRow" INTEGER,
    "variant" TEXT,
    "apiKeyId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Render_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Render_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_scriptId_fkey" FOREIGN KEY ("scriptId") REFERENCES "Script" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_voiceoverId_fkey" FOREIGN KEY ("voiceoverId") REFERENCES "Voiceover" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Render" ("apiKeyId", "attempts", "backend", "batchId", "batchRow", "chunkCount", "costEstimateUsd", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "idempotencyKey", "lambda", "metadata", "narration", "output", "outputKey", "outputSizeBytes", "priority", "progress", "props", "scriptId", "stageTimings", "startedAt", "status", "template", "updatedAt", "variant", "voice", "voiceoverCacheHit", "voiceoverId", "webhookUrl", "width", "workspaceId") SELECT "apiKeyId", "attempts", "backend", "batchId", "batchRow", "chunkCount", "costEstimateUsd", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "idempotencyKey", "lambda", "metadata", "narration", "output", "outputKey", "outputSizeBytes", "priority", "progress", "props", "scriptId", "stageTimings", "startedAt", "status", "template", "updatedAt", "variant", "voice", "voiceoverCacheHit", "voiceoverId", "webhookUrl", "width", "workspaceId" FROM "Render";
DROP TABLE "Render";
ALTER TABLE "new_Render" RENAME TO "Render";
CREATE INDEX "Render_workspaceId_createdAt_idx" ON "Render"("workspaceId", "createdAt");
CREATE INDEX "Render_workspaceId_status_idx" ON "Render"("workspaceId", "status");
CREATE INDEX "Render_status_createdAt_idx" ON "Render"("status", "createdAt");
CREATE INDEX "Render_template_createdAt_idx" ON "Render"("template", "createdAt");
CREATE INDEX "Render_batchId_idx" ON "Render"("batchId");
CREATE UNIQUE INDEX "Render_workspaceId_idempotencyKey_key" ON "Render"("workspaceId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Transcript_workspaceId_createdAt_idx" ON "Transcript"("workspaceId", "createdAt");

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN "metadata" JSONB;
ALTER TABLE "Batch" ADD COLUMN "webhookUrl" TEXT;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 120,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "renderId" TEXT,
    "batchId" TEXT,
    "eventId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "responseStatus" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WebhookDelivery_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    CONSTRAINT "Render_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_scriptId_fkey" FOREIGN KEY ("scriptId") REFERENCES "Script" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Render_voiceoverId_fkey" FOREIGN KEY ("voiceoverId") REFERENCES "Voiceover" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Render" ("attempts", "backend", "batchId", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "outputKey", "outputSizeBytes", "progress", "props", "scriptId", "stageTimings", "startedAt", "status", "template", "updatedAt", "voiceoverCacheHit", "voiceoverId", "width") SELECT "attempts", "backend", "batchId", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "outputKey", "outputSizeBytes", "progress", "props", "scriptId", "stageTimings", "startedAt", "status", "template", "updatedAt", "voiceoverCacheHit", "voiceoverId", "width" FROM "Render";
DROP TABLE "Render";
ALTER TABLE "new_Render" RENAME TO "Render";
CREATE UNIQUE INDEX "Render_idempotencyKey_key" ON "Render"("idempotencyKey");
CREATE INDEX "Render_status_createdAt_idx" ON "Render"("status", "createdAt");
CREATE INDEX "Render_template_createdAt_idx" ON "Render"("template", "createdAt");
CREATE INDEX "Render_batchId_idx" ON "Render"("batchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "WebhookDelivery_renderId_idx" ON "WebhookDelivery"("renderId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_batchId_idx" ON "WebhookDelivery"("batchId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_eventId_idx" ON "WebhookDelivery"("eventId");

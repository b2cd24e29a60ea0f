-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "maxRendersInFlight" INTEGER,
    "maxRenderMinutesPerDay" REAL,
    "maxStorageMegabytes" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- Everything that existed before workspaces belongs to the embedded default one.
INSERT INTO "Workspace" ("id", "name", "createdAt", "updatedAt") VALUES ('default', 'Default', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

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
    CONSTRAINT "Render_voiceoverId_fkey" FOREIGN KEY ("voiceoverId") REFERENCES "Voiceover" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Render" ("apiKeyId", "attempts", "backend", "batchId", "batchRow", "chunkCount", "costEstimateUsd", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "idempotencyKey", "lambda", "metadata", "narration", "output", "outputKey", "outputSizeBytes", "priority", "progress", "props", "scriptId", "stageTimings", "startedAt", "status", "template", "updatedAt", "variant", "voice", "voiceoverCacheHit", "voiceoverId", "webhookUrl", "width", "workspaceId") SELECT "apiKeyId", "attempts", "backend", "batchId", "batchRow", "chunkCount", "costEstimateUsd", "createdAt", "durationInFrames", "encoder", "error", "finishedAt", "fps", "height", "id", "idempotencyKey", "lambda", "metadata", "narration", "output", "outputKey", "outputSizeBytes", "priority", "progress", "props", "scriptId", "stageTimings", "startedAt", "status", "template", "updatedAt", "variant", "voice", "voiceoverCacheHit", "voiceoverId", "webhookUrl", "width", 'default' FROM "Render";
DROP TABLE "Render";
ALTER TABLE "new_Render" RENAME TO "Render";
CREATE INDEX "Render_workspaceId_createdAt_idx" ON "Render"("workspaceId", "createdAt");
CREATE INDEX "Render_workspaceId_status_idx" ON "Render"("workspaceId", "status");
CREATE INDEX "Render_status_createdAt_idx" ON "Render"("status", "createdAt");
CREATE INDEX "Render_template_createdAt_idx" ON "Render"("template", "createdAt");
CREATE INDEX "Render_batchId_idx" ON "Render"("batchId");
CREATE UNIQUE INDEX "Render_workspaceId_idempotencyKey_key" ON "Render"("workspaceId", "idempotencyKey");
CREATE TABLE "new_Batch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "name" TEXT,
    "rowCount" INTEGER NOT NULL,
    "webhookUrl" TEXT,
    "metadata" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Batch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Batch" ("createdAt", "id", "metadata", "name", "rowCount", "template", "updatedAt", "webhookUrl", "workspaceId") SELECT "createdAt", "id", "metadata", "name", "rowCount", "template", "updatedAt", "webhookUrl", 'default' FROM "Batch";
DROP TABLE "Batch";
ALTER TABLE "new_Batch" RENAME TO "Batch";
CREATE INDEX "Batch_workspaceId_createdAt_idx" ON "Batch"("workspaceId", "createdAt");
CREATE TABLE "new_Script" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "title" TEXT,
    "language" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "narration" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Script_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Script" ("content", "createdAt", "id", "language", "narration", "title", "workspaceId") SELECT "content", "createdAt", "id", "language", "narration", "title", 'default' FROM "Script";
DROP TABLE "Script";
ALTER TABLE "new_Script" RENAME TO "Script";
CREATE INDEX "Script_workspaceId_createdAt_idx" ON "Script"("workspaceId", "createdAt");
CREATE TABLE "new_Voiceover" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
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
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Voiceover_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Voiceover" ("audioKey", "createdAt", "durationMs", "id", "lastUsedAt", "loudnessLufs", "provider", "settings", "targetLufs", "text", "useCount", "voice", "words", "workspaceId") SELECT "audioKey", "createdAt", "durationMs", "id", "lastUsedAt", "loudnessLufs", "provider", "settings", "targetLufs", "text", "useCount", "voice", "words", 'default' FROM "Voiceover";
DROP TABLE "Voiceover";
ALTER TABLE "new_Voiceover" RENAME TO "Voiceover";
CREATE TABLE "new_ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "rateLimitPerMinute" INTEGER NOT NULL DEFAULT 120,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ApiKey" ("createdAt", "hash", "id", "lastUsedAt", "name", "prefix", "rateLimitPerMinute", "revokedAt", "scopes", "workspaceId") SELECT "createdAt", "hash", "id", "lastUsedAt", "name", "prefix", "rateLimitPerMinute", "revokedAt", "scopes", 'default' FROM "ApiKey";
DROP TABLE "ApiKey";
ALTER TABLE "new_ApiKey" RENAME TO "ApiKey";
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");
CREATE TABLE "new_WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
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
    CONSTRAINT "WebhookDelivery_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WebhookDelivery_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WebhookDelivery_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_WebhookDelivery" ("attempt", "batchId", "createdAt", "durationMs", "error", "event", "eventId", "id", "outcome", "renderId", "responseStatus", "url", "workspaceId") SELECT "attempt", "batchId", "createdAt", "durationMs", "error", "event", "eventId", "id", "outcome", "renderId", "responseStatus", "url", 'default' FROM "WebhookDelivery";
DROP TABLE "WebhookDelivery";
ALTER TABLE "new_WebhookDelivery" RENAME TO "WebhookDelivery";
CREATE INDEX "WebhookDelivery_renderId_idx" ON "WebhookDelivery"("renderId");
CREATE INDEX "WebhookDelivery_batchId_idx" ON "WebhookDelivery"("batchId");
CREATE INDEX "WebhookDelivery_eventId_idx" ON "WebhookDelivery"("eventId");
CREATE TABLE "new_Clip" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "platform" TEXT,
    "author" TEXT,
    "sourceLink" TEXT,
    "license" TEXT,
    "title" TEXT,
    "stats" JSONB,
    "durationSeconds" REAL NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "fps" REAL,
    "hasAudio" BOOLEAN NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Clip_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Clip" ("author", "contentHash", "createdAt", "durationSeconds", "fps", "hasAudio", "height", "id", "license", "platform", "sizeBytes", "sourceLink", "sourceUrl", "stats", "storageKey", "title", "width", "workspaceId") SELECT "author", "contentHash", "createdAt", "durationSeconds", "fps", "hasAudio", "height", "id", "license", "platform", "sizeBytes", "sourceLink", "sourceUrl", "stats", "storageKey", "title", "width", 'default' FROM "Clip";
DROP TABLE "Clip";
ALTER TABLE "new_Clip" RENAME TO "Clip";
CREATE INDEX "Clip_workspaceId_createdAt_idx" ON "Clip"("workspaceId", "createdAt");
CREATE UNIQUE INDEX "Clip_workspaceId_contentHash_key" ON "Clip"("workspaceId", "contentHash");
CREATE TABLE "new_PlatformAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "handle" TEXT,
    "scopes" JSONB NOT NULL,
    "accessTokenEncrypted" TEXT NOT NULL,
    "refreshTokenEncrypted" TEXT,
    "expiresAt" DATETIME,
    "refreshExpiresAt" DATETIME,
    "connectedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlatformAccount_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PlatformAccount" ("accessTokenEncrypted", "connectedAt", "displayName", "expiresAt", "externalId", "handle", "id", "provider", "refreshExpiresAt", "refreshTokenEncrypted", "scopes", "updatedAt", "workspaceId") SELECT "accessTokenEncrypted", "connectedAt", "displayName", "expiresAt", "externalId", "handle", "id", "provider", "refreshExpiresAt", "refreshTokenEncrypted", "scopes", "updatedAt", 'default' FROM "PlatformAccount";
DROP TABLE "PlatformAccount";
ALTER TABLE "new_PlatformAccount" RENAME TO "PlatformAccount";
CREATE UNIQUE INDEX "PlatformAccount_workspaceId_provider_externalId_key" ON "PlatformAccount"("workspaceId", "provider", "externalId");
CREATE TABLE "new_Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "renderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetKey" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "accountId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "platformId" TEXT,
    "url" TEXT,
    "uploadState" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "errorReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    CONSTRAINT "Publication_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Publication_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Publication_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PlatformAccount" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Publication" ("accountId", "attempts", "createdAt", "error", "errorReason", "id", "kind", "platformId", "publishedAt", "renderId", "status", "target", "targetKey", "updatedAt", "uploadState", "url", "workspaceId") SELECT "accountId", "attempts", "createdAt", "error", "errorReason", "id", "kind", "platformId", "publishedAt", "renderId", "status", "target", "targetKey", "updatedAt", "uploadState", "url", 'default' FROM "Publication";
DROP TABLE "Publication";
ALTER TABLE "new_Publication" RENAME TO "Publication";
CREATE INDEX "Publication_workspaceId_createdAt_idx" ON "Publication"("workspaceId", "createdAt");
CREATE INDEX "Publication_status_idx" ON "Publication"("status");
CREATE INDEX "Publication_accountId_idx" ON "Publication"("accountId");
CREATE UNIQUE INDEX "Publication_renderId_targetKey_key" ON "Publication"("renderId", "targetKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

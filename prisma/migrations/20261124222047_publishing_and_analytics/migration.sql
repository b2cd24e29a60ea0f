-- CreateTable
CREATE TABLE "PlatformAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    CONSTRAINT "Publication_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Publication_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PlatformAccount" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MetricSample" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publicationId" TEXT NOT NULL,
    "capturedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "views" INTEGER,
    "likes" INTEGER,
    "shares" INTEGER,
    "comments" INTEGER,
    "watchTimeSeconds" REAL,
    "avgViewDurationSeconds" REAL,
    "retention" JSONB,
    CONSTRAINT "MetricSample_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAccount_provider_externalId_key" ON "PlatformAccount"("provider", "externalId");

-- CreateIndex
CREATE INDEX "Publication_status_idx" ON "Publication"("status");

-- CreateIndex
CREATE INDEX "Publication_accountId_idx" ON "Publication"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_renderId_targetKey_key" ON "Publication"("renderId", "targetKey");

-- CreateIndex
CREATE INDEX "MetricSample_publicationId_capturedAt_idx" ON "MetricSample"("publicationId", "capturedAt");

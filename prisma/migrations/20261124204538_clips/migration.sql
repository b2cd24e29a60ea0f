-- CreateTable
CREATE TABLE "Clip" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RenderClip" (
    "renderId" TEXT NOT NULL,
    "clipId" TEXT NOT NULL,

    PRIMARY KEY ("renderId", "clipId"),
    CONSTRAINT "RenderClip_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RenderClip_clipId_fkey" FOREIGN KEY ("clipId") REFERENCES "Clip" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Clip_contentHash_key" ON "Clip"("contentHash");

-- CreateIndex
CREATE INDEX "RenderClip_clipId_idx" ON "RenderClip"("clipId");

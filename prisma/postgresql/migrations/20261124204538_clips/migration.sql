-- CreateTable
CREATE TABLE "Clip" (
    "id" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "platform" TEXT,
    "author" TEXT,
    "sourceLink" TEXT,
    "license" TEXT,
    "title" TEXT,
    "stats" JSONB,
    "durationSeconds" DOUBLE PRECISION NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "fps" DOUBLE PRECISION,
    "hasAudio" BOOLEAN NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Clip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RenderClip" (
    "renderId" TEXT NOT NULL,
    "clipId" TEXT NOT NULL,

    CONSTRAINT "RenderClip_pkey" PRIMARY KEY ("renderId","clipId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Clip_contentHash_key" ON "Clip"("contentHash");

-- CreateIndex
CREATE INDEX "RenderClip_clipId_idx" ON "RenderClip"("clipId");

-- AddForeignKey
ALTER TABLE "RenderClip" ADD CONSTRAINT "RenderClip_renderId_fkey" FOREIGN KEY ("renderId") REFERENCES "Render"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RenderClip" ADD CONSTRAINT "RenderClip_clipId_fkey" FOREIGN KEY ("clipId") REFERENCES "Clip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Render" ADD COLUMN     "captionFiles" JSONB,
ADD COLUMN     "captionWords" JSONB,
ADD COLUMN     "captionsLanguage" TEXT,
ADD COLUMN     "captionsNote" TEXT,
ADD COLUMN     "captionsRequest" JSONB,
ADD COLUMN     "transcriptCacheHit" BOOLEAN,
ADD COLUMN     "transcriptId" TEXT;

-- CreateTable
CREATE TABLE "Transcript" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "mediaHash" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "requestedLanguage" TEXT NOT NULL,
    "language" TEXT,
    "words" JSONB NOT NULL,
    "durationMs" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "useCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transcript_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Transcript_workspaceId_createdAt_idx" ON "Transcript"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Render" ADD CONSTRAINT "Render_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

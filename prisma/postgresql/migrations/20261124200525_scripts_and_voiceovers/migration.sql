-- AlterTable
ALTER TABLE "Render" ADD COLUMN     "scriptId" TEXT,
ADD COLUMN     "voiceoverCacheHit" BOOLEAN,
ADD COLUMN     "voiceoverId" TEXT;

-- CreateTable
CREATE TABLE "Script" (
    "id" TEXT NOT NULL,
    "title" TEXT,
    "language" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "narration" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Script_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Voiceover" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "voice" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "audioKey" TEXT NOT NULL,
    "durationMs" DOUBLE PRECISION NOT NULL,
    "words" JSONB NOT NULL,
    "loudnessLufs" DOUBLE PRECISION,
    "targetLufs" DOUBLE PRECISION NOT NULL,
    "useCount" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Voiceover_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Render" ADD CONSTRAINT "Render_scriptId_fkey" FOREIGN KEY ("scriptId") REFERENCES "Script"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Render" ADD CONSTRAINT "Render_voiceoverId_fkey" FOREIGN KEY ("voiceoverId") REFERENCES "Voiceover"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RenderStatus" AS ENUM ('queued', 'rendering', 'encoding', 'uploading', 'done', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "RenderBackend" AS ENUM ('local', 'lambda');

-- CreateTable
CREATE TABLE "Render" (
    "id" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "props" JSONB NOT NULL,
    "status" "RenderStatus" NOT NULL DEFAULT 'queued',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "backend" "RenderBackend" NOT NULL DEFAULT 'local',
    "encoder" TEXT,
    "outputKey" TEXT,
    "outputSizeBytes" INTEGER,
    "width" INTEGER,
    "height" INTEGER,
    "fps" DOUBLE PRECISION,
    "durationInFrames" INTEGER,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "stageTimings" JSONB,
    "batchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Render_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "name" TEXT,
    "rowCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Render_status_createdAt_idx" ON "Render"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Render_template_createdAt_idx" ON "Render"("template", "createdAt");

-- CreateIndex
CREATE INDEX "Render_batchId_idx" ON "Render"("batchId");

-- AddForeignKey
ALTER TABLE "Render" ADD CONSTRAINT "Render_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

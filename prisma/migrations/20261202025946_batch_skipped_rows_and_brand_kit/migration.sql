-- AlterTable
ALTER TABLE "Batch" ADD COLUMN "brandKitId" TEXT;
ALTER TABLE "Batch" ADD COLUMN "skippedRows" JSONB;

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "brandKitId" TEXT,
ADD COLUMN     "skippedRows" JSONB;

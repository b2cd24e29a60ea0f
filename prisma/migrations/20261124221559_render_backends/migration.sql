-- AlterTable
ALTER TABLE "Render" ADD COLUMN "chunkCount" INTEGER;
ALTER TABLE "Render" ADD COLUMN "costEstimateUsd" REAL;
ALTER TABLE "Render" ADD COLUMN "lambda" JSONB;

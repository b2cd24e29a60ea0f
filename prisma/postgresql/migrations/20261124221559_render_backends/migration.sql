-- AlterTable
ALTER TABLE "Render" ADD COLUMN     "chunkCount" INTEGER,
ADD COLUMN     "costEstimateUsd" DOUBLE PRECISION,
ADD COLUMN     "lambda" JSONB;

-- AlterTable
ALTER TABLE "Render" ADD COLUMN "avOffsetMs" REAL;
ALTER TABLE "Render" ADD COLUMN "delivery" JSONB;
ALTER TABLE "Render" ADD COLUMN "loudnessLufs" REAL;
ALTER TABLE "Render" ADD COLUMN "outputs" JSONB;
ALTER TABLE "Render" ADD COLUMN "truePeakDbtp" REAL;

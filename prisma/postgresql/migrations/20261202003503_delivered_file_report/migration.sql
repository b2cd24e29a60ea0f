-- AlterTable
ALTER TABLE "Render" ADD COLUMN     "avOffsetMs" DOUBLE PRECISION,
ADD COLUMN     "delivery" JSONB,
ADD COLUMN     "loudnessLufs" DOUBLE PRECISION,
ADD COLUMN     "outputs" JSONB,
ADD COLUMN     "truePeakDbtp" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Render" ADD COLUMN "outputsRemovedAt" DATETIME;

-- AlterTable
ALTER TABLE "Render" ADD COLUMN     "outputsRemovedAt" TIMESTAMP(3);

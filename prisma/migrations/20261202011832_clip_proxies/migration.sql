-- AlterTable
ALTER TABLE "Render" ADD COLUMN "clipProxies" JSONB;

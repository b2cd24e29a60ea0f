-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "maxRendersInFlight" INTEGER,
    "maxRenderMinutesPerDay" DOUBLE PRECISION,
    "maxStorageMegabytes" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- Everything that existed before workspaces belongs to the embedded default one.
INSERT INTO "Workspace" ("id", "name", "updatedAt") VALUES ('default', 'Default', CURRENT_TIMESTAMP);

-- DropIndex
DROP INDEX "Render_idempotencyKey_key";

-- DropIndex
DROP INDEX "Clip_contentHash_key";

-- DropIndex
DROP INDEX "PlatformAccount_provider_externalId_key";

-- AlterTable
ALTER TABLE "Render" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "Render" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "Batch" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Script" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "Script" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Voiceover" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "Voiceover" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "ApiKey" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "WebhookDelivery" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Clip" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "Clip" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "PlatformAccount" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "PlatformAccount" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "workspaceId" TEXT NOT NULL DEFAULT 'default';
ALTER TABLE "Publication" ALTER COLUMN "workspaceId" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "Render_workspaceId_createdAt_idx" ON "Render"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Render_workspaceId_status_idx" ON "Render"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Render_workspaceId_idempotencyKey_key" ON "Render"("workspaceId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Batch_workspaceId_createdAt_idx" ON "Batch"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Script_workspaceId_createdAt_idx" ON "Script"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Clip_workspaceId_createdAt_idx" ON "Clip"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Clip_workspaceId_contentHash_key" ON "Clip"("workspaceId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAccount_workspaceId_provider_externalId_key" ON "PlatformAccount"("workspaceId", "provider", "externalId");

-- CreateIndex
CREATE INDEX "Publication_workspaceId_createdAt_idx" ON "Publication"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Render" ADD CONSTRAINT "Render_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Script" ADD CONSTRAINT "Script_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Voiceover" ADD CONSTRAINT "Voiceover_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clip" ADD CONSTRAINT "Clip_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformAccount" ADD CONSTRAINT "PlatformAccount_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

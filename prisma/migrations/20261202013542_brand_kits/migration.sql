-- CreateTable
CREATE TABLE "BrandKit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "brand" JSONB NOT NULL,
    "captionStyle" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BrandKit_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BrandKit_workspaceId_createdAt_idx" ON "BrandKit"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BrandKit_workspaceId_name_key" ON "BrandKit"("workspaceId", "name");

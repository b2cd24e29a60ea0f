-- AlterEnum
ALTER TYPE "RenderBackend" ADD VALUE 'chunked';

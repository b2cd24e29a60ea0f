import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI (`prisma migrate deploy`, `prisma studio`) where its engine can be had.
// Reelforge itself applies the same migrations with `npm run db:migrate` (no native engine needed).
const url = process.env.DATABASE_URL ?? 'file:.reelforge/reelforge.db';
const isPostgres = url.startsWith('postgres');

export default defineConfig({
	schema: isPostgres ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
	migrations: { path: isPostgres ? 'prisma/postgresql/migrations' : 'prisma/migrations' },
	datasource: { url },
});

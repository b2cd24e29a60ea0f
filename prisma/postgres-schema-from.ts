/** Derives prisma/postgresql/schema.prisma from prisma/schema.prisma: same models, other provider and client output. */
export const postgresSchemaFrom = (sqliteSchema: string): string =>
	sqliteSchema
		.replace(/^\/\/ The one source of truth.*\n\/\/ prisma\/postgresql.*\n/m, '// GENERATED from prisma/schema.prisma by `npm run db:generate`: do not edit.\n')
		.replace('provider = "sqlite"', 'provider = "postgresql"')
		.replace('output       = "../core/db/generated/sqlite"', 'output       = "../../core/db/generated/postgresql"');

export type DatabaseProvider = 'sqlite' | 'postgresql';

export const databaseProviderOf = (databaseUrl: string): DatabaseProvider => {
	if (databaseUrl.startsWith('file:')) return 'sqlite';
	if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgresql';
	throw new Error(`DATABASE_URL must start with file: or postgresql:// but is ${JSON.stringify(databaseUrl)}`);
};

/** Where each provider's Prisma schema and committed migrations live, relative to the project root. */
export const prismaPathsFor = (provider: DatabaseProvider) =>
	provider === 'sqlite'
		? { schema: 'prisma/schema.prisma', migrations: 'prisma/migrations' }
		: { schema: 'prisma/postgresql/schema.prisma', migrations: 'prisma/postgresql/migrations' };

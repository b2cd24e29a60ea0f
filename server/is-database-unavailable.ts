/**
 * Whether an error means the database could not be reached or stayed locked (SQLite busy past its timeout,
 * PostgreSQL down or refusing connections): worth a 503 and a retry, not a 500.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
	const text = `${(error as { name?: string })?.name ?? ''} ${(error as Error)?.message ?? ''} ${JSON.stringify((error as { cause?: unknown })?.cause ?? '')}`;
	return /SocketTimeout|SQLITE_BUSY|database is locked|DatabaseNotReachable|ECONNREFUSED|Connection terminated|connection refused|Can't reach database server|ConnectionClosed|TooManyConnections|Operation has timed out|P1001|P1008|P1017|P2024/i.test(
		text,
	);
};

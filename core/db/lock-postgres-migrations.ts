import os from 'node:os';
import pg from 'pg';

/** The advisory lock key every Reelforge process migrating a database takes ("RF01"; under 2^31, so pg_locks shows it as objid). */
const MIGRATION_LOCK_KEY = 0x52463031;

const holderOf = async (client: pg.Client): Promise<string> => {
	const { rows } = await client.query<{ pid: number; application_name: string; backend_start: Date }>(
		`SELECT a.pid, a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		 WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1
		 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
		[MIGRATION_LOCK_KEY],
	);
	const row = rows[0];
	return row
		? `backend pid ${row.pid} (${row.application_name || 'no application name'}) since ${row.backend_start.toISOString()}`
		: 'a session that has let go since';
};

/**
 * Takes PostgreSQL's advisory lock for migrations on a connection of its own, so one process migrates at a time; the
 * server lets go of it by itself if this process dies. Waits up to `waitMs` (lock_timeout), then throws naming the holder.
 */
export const lockPostgresMigrations = async (databaseUrl: string, waitMs: number): Promise<{ release: () => Promise<void> }> => {
	const client = new pg.Client({ connectionString: databaseUrl, application_name: `reelforge migrations, pid ${process.pid} on ${os.hostname()}` });
	// A dropped connection surfaces as a failed query; without a listener it would end the process.
	client.on('error', () => {});
	await client.connect();
	try {
		await client.query(`SET lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
	} catch (error) {
		const timedOut = (error as { code?: string }).code === '55P03';
		const holder = timedOut ? await holderOf(client).catch(() => 'an unknown session') : '';
		await client.end().catch(() => {});
		if (timedOut) {
			throw new Error(
				`Timed out after ${Number((waitMs / 1000).toFixed(1))} s waiting for the migration lock (pg_advisory_lock ${MIGRATION_LOCK_KEY}), held by ${holder}`,
			);
		}
		throw error;
	}
	return {
		release: async () => {
			await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
			await client.end().catch(() => {});
		},
	};
};

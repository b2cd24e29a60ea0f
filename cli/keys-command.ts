import { DEFAULT_WORKSPACE_ID } from '../core/workspaces/default-workspace.js';
import { type ApiKeyScope, apiKeyScopeSchema } from '../server/access/api-key-scopes.js';
import type { ApiKeyView } from '../server/access/api-key-view.js';
import { createApiKey } from '../server/access/create-api-key.js';
import { listApiKeys } from '../server/access/list-api-keys.js';
import { revokeApiKey } from '../server/access/revoke-api-key.js';
import { openRuntime } from './open-runtime.js';

export type KeysCommandOptions = {
	action: string | undefined;
	/** The key id, for `revoke`. */
	id: string | undefined;
	name: string | null;
	scopes: string | null;
	rate: string | null;
	/** The workspace a new key (or the list) belongs to; default: the default workspace. */
	workspace: string | null;
};

const KEYS_USAGE =
	'reelforge keys create --name <name> --scopes render,publish [--rate <per-minute>] [--workspace <id>] | keys list [--workspace <id>] | keys revoke <id>';

const parseScopes = (value: string | null): ApiKeyScope[] => {
	const scopes = (value ?? '')
		.split(',')
		.map((scope) => scope.trim())
		.filter((scope) => scope !== '');
	const allowed = apiKeyScopeSchema.options.join(', ');
	if (scopes.length === 0) throw new Error(`"--scopes" is required: a comma-separated list of ${allowed}`);
	const unknown = scopes.filter((scope) => !apiKeyScopeSchema.safeParse(scope).success);
	if (unknown.length > 0) throw new Error(`"--scopes" may only name ${allowed}, but is ${value}`);
	return scopes as ApiKeyScope[];
};

const parseRate = (value: string | null, fallback: number): number => {
	if (value === null) return fallback;
	const rate = Number(value);
	if (!Number.isInteger(rate) || rate < 1) throw new Error(`"--rate" must be a whole number of calls per minute, at least 1, but is ${value}`);
	return rate;
};

const describeKey = (key: ApiKeyView) =>
	[
		key.id,
		key.workspaceId,
		key.name,
		`${key.prefix}…`,
		key.scopes.join(','),
		`${key.rateLimitPerMinute}/min`,
		key.createdAt,
		key.lastUsedAt ?? '-',
		key.revokedAt ?? '-',
	].join('\t');

/** Manages API keys on this host's database. The secret of a new key is printed once, on the last line, and never stored. */
export const keysCommand = async (options: KeysCommandOptions): Promise<number> => {
	if (options.action !== 'create' && options.action !== 'list' && options.action !== 'revoke') {
		console.error(`Usage: ${KEYS_USAGE}`);
		return 2;
	}
	if (options.action === 'revoke' && !options.id) throw new Error('reelforge keys revoke needs a key id; `reelforge keys list` shows them');
	const name = options.name?.trim() ?? '';
	if (options.action === 'create' && name === '') throw new Error('"--name" is required: what the key is for, for example --name studio');
	const runtime = await openRuntime('keys');
	try {
		const { db, config } = runtime;
		switch (options.action) {
			case 'create': {
				const workspaceId = options.workspace ?? DEFAULT_WORKSPACE_ID;
				if (!(await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } }))) {
					throw new Error(`No workspace '${workspaceId}': make it first with reelforge workspaces create ${workspaceId} --name <name>`);
				}
				const key = await createApiKey(db, {
					workspaceId,
					name,
					scopes: parseScopes(options.scopes),
					rateLimitPerMinute: parseRate(options.rate, config.access.rateLimitPerMinute),
				});
				console.log(
					`Created API key ${key.id} (${key.name}; workspace ${key.workspaceId}; scopes ${key.scopes.join(',')}; ${key.rateLimitPerMinute} calls per minute)`,
				);
				console.log('Its secret follows. It is shown this once and cannot be recovered: store it now.');
				console.log(key.secret);
				return 0;
			}
			case 'list': {
				const keys = await listApiKeys(db, options.workspace ?? undefined);
				if (keys.length === 0) {
					console.log('No API keys yet: reelforge keys create --name <name> --scopes render');
					return 0;
				}
				console.log(['id', 'workspace', 'name', 'prefix', 'scopes', 'rate', 'created', 'last used', 'revoked'].join('\t'));
				for (const key of keys) console.log(describeKey(key));
				return 0;
			}
			case 'revoke': {
				const key = await revokeApiKey(db, options.id ?? '');
				if (!key) {
					console.error(`No API key '${options.id}'`);
					return 1;
				}
				console.log(`Revoked API key ${key.id} (${key.name}) at ${key.revokedAt}`);
				return 0;
			}
		}
	} finally {
		await runtime.close();
	}
};

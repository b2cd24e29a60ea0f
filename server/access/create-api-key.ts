import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../core/db/create-database.js';
import type { ApiKeyScope } from './api-key-scopes.js';
import { apiKeySelect, toApiKeyView } from './api-key-view.js';
import { hashApiKeySecret } from './hash-api-key-secret.js';

/** `rf_` and the first characters of the random part: enough to tell keys apart in a list, far too little to guess the rest. */
const PREFIX_LENGTH = 10;

export type NewApiKey = { workspaceId: string; name: string; scopes: ApiKeyScope[]; rateLimitPerMinute: number };

/** Makes a key and returns its secret: the only time the secret exists outside the client, since only its hash is stored. */
export const createApiKey = async (db: Database, key: NewApiKey) => {
	const secret = `rf_${randomBytes(32).toString('base64url')}`;
	const row = await db.apiKey.create({
		data: {
			id: randomUUID(),
			workspaceId: key.workspaceId,
			name: key.name,
			hash: hashApiKeySecret(secret),
			prefix: secret.slice(0, PREFIX_LENGTH),
			scopes: [...new Set(key.scopes)],
			rateLimitPerMinute: key.rateLimitPerMinute,
		},
		select: apiKeySelect,
	});
	return { ...toApiKeyView(row), secret };
};

import type { z } from 'zod';
import type { PlatformDeps } from '../../platform-deps.js';
import { platformErrorOf } from '../../platform-error-of.js';
import { withAccessToken } from '../../with-access-token.js';
import { tiktokPlatform } from './tiktok-platform.js';

/**
 * One TikTok API call on an account's behalf. TikTok wraps every answer as { data, error: { code, message, log_id } },
 * and code "ok" is the only success, whatever the HTTP status; a 401 refreshes the token once.
 */
export const callTiktok = async <T extends z.ZodType>(
	deps: PlatformDeps,
	accountId: string,
	{ path, query = '', body, schema, signal }: { path: string; query?: string; body: unknown; schema: T; signal?: AbortSignal },
): Promise<z.output<T>> =>
	withAccessToken(
		deps,
		tiktokPlatform,
		accountId,
		async (token) => {
			const response = await deps.outbound.fetch(`${deps.publishing.urls.tiktokApi}${path}${query}`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=UTF-8' },
				body: JSON.stringify(body),
				signal: signal ?? AbortSignal.timeout(30_000),
			});
			const text = await response.text();
			let json: { data?: unknown; error?: { code?: string } } = {};
			try {
				json = JSON.parse(text);
			} catch {
				// Handled below: a non-JSON answer is an error whatever its status.
			}
			if (!response.ok || json.error?.code !== 'ok')
				throw platformErrorOf('TikTok', response.ok && json.error?.code === 'access_token_invalid' ? 401 : response.status, text);
			return schema.parse(json.data);
		},
		signal,
	);

import { PlatformError } from './platform-error.js';

type ErrorBody = {
	error?: { code?: unknown; message?: unknown; errors?: { reason?: unknown }[]; status?: unknown } | string;
	error_description?: unknown;
	message?: unknown;
};

const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded', 'uploadLimitExceeded', 'rateLimitExceeded', 'userRateLimitExceeded']);

/**
 * Turns a non-2xx platform answer into a PlatformError. Google puts the reason in error.errors[].reason, TikTok in
 * error.code, OAuth endpoints in error / error_description. Quota is final (it resets tomorrow, retries only burn
 * more), 401 is for the caller to refresh, 429 and 5xx pass, any other 4xx means the request itself is refused.
 */
export const platformErrorOf = (platform: string, status: number, bodyText: string): PlatformError => {
	let body: ErrorBody = {};
	try {
		body = JSON.parse(bodyText) as ErrorBody;
	} catch {
		// Not JSON: the status says enough.
	}
	const error = typeof body.error === 'object' && body.error !== null ? body.error : null;
	const reasons = (error?.errors ?? []).map((entry) => String(entry.reason ?? ''));
	const code = typeof body.error === 'string' ? body.error : typeof error?.code === 'string' ? error.code : '';
	const detail = String(error?.message ?? body.error_description ?? body.message ?? (bodyText.slice(0, 200) || `HTTP ${status}`));
	const message = `${platform} answered ${status}${code || reasons[0] ? ` (${code || reasons[0]})` : ''}: ${detail}`;
	if (reasons.some((reason) => QUOTA_REASONS.has(reason)) || code === 'rate_limit_exceeded' || code.startsWith('spam_risk')) {
		return new PlatformError(`${message}. No retry until the quota resets.`, 'quota', false, status);
	}
	if (status === 401 || code === 'access_token_invalid' || code === 'invalid_grant') return new PlatformError(message, 'auth', true, 401);
	if (code === 'scope_not_authorized' || reasons.includes('insufficientPermissions')) {
		return new PlatformError(`${message}. Reconnect the account and grant every permission asked for.`, 'auth', false, status);
	}
	if (status === 429 || status >= 500) return new PlatformError(message, 'unavailable', true, status);
	return new PlatformError(message, 'rejected', false, status);
};

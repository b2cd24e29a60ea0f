import { TRPCError } from '@trpc/server';
import { BlockedUrlError } from '../../core/net/blocked-url-error.js';
import type { OutboundPolicy } from '../../core/net/outbound-policy.js';
import { PropsRejectedError } from '../props-rejected-error.js';

/**
 * Refuses, before anything is stored, URLs the outbound policy would never reach (webhooks, media on private networks),
 * naming each field. Addresses are checked again when the request is really made, so a DNS answer that changes later
 * is caught then; this check is for a clear answer now.
 */
export const assertUrlsReachable = async (outbound: OutboundPolicy, urls: readonly { path: string; url: string }[]): Promise<void> => {
	const unique = [...new Map(urls.filter((entry) => /^https?:/i.test(entry.url)).map((entry) => [`${entry.path}\n${entry.url}`, entry])).values()];
	const issues = (
		await Promise.all(
			unique.map(async ({ path, url }) => {
				try {
					await outbound.check(url);
					return null;
				} catch (error) {
					// A name that does not resolve now may resolve when the render runs; that is the render's error to report.
					if (error instanceof BlockedUrlError) return error.kind === 'unresolvable' ? null : { path, message: `${url} is refused: ${error.reason}` };
					throw error;
				}
			}),
		)
	).filter((issue) => issue !== null);
	if (issues.length === 0) return;
	const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
	throw new TRPCError({ code: 'BAD_REQUEST', message, cause: new PropsRejectedError(message, issues) });
};

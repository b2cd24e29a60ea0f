import { createHash } from 'node:crypto';
import type { PublicationTarget } from '../../core/publishing/publish-contract.js';

/**
 * What makes two publications "the same place": the channel or account for platforms (a new title is not a new
 * upload), the URL for webhooks, bucket and key for S3. Hashed so the unique index stays short.
 */
export const targetKeyOf = (target: PublicationTarget & { bucket?: string; key?: string }): string => {
	const identity =
		target.kind === 'youtube' || target.kind === 'tiktok'
			? [target.kind, target.accountId]
			: target.kind === 'webhook'
				? [target.kind, target.url]
				: [target.kind, target.bucket ?? '', target.key ?? ''];
	return createHash('sha256').update(JSON.stringify(identity)).digest('hex');
};

import { createHash } from 'node:crypto';
import type { PublicationTarget } from '../../core/publishing/publish-contract.js';
import { publishTargetOf } from '../../core/publishing/publish-target-of.js';

/**
 * What makes two publications "the same place": the kind and what its PublishTarget names as the target's identity
 * (the channel or account for platforms, so a new title is not a new upload; the URL for webhooks; bucket and key for
 * S3). Hashed so the unique index stays short.
 */
export const targetKeyOf = (target: PublicationTarget): string =>
	createHash('sha256')
		.update(JSON.stringify([target.kind, ...publishTargetOf(target.kind).identityOf(target)]))
		.digest('hex');

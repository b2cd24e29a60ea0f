import type { PublishTarget } from '../../publish-target.js';
import { publishToS3 } from './publish-to-s3.js';
import { resolveS3Target } from './resolve-s3-target.js';

/** An object in an S3-compatible bucket: one per render, bucket and key (decided when the publication is created). */
export const s3Target: PublishTarget<'s3'> = {
	kind: 's3',
	identityOf: (target) => [target.bucket ?? '', target.key ?? ''],
	prepare: resolveS3Target,
	publish: publishToS3,
};

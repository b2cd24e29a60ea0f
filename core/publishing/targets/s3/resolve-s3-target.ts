import { storagePrefixOf } from '../../../workspaces/storage-prefix-of.js';
import type { TargetContext } from '../../publish-target.js';
import { TargetRefusedError } from '../../target-refused-error.js';
import { defaultS3KeyOf } from './default-s3-key-of.js';
import type { S3Target } from './s3-target-schema.js';

/**
 * The target with everything decided now that could change later (bucket and key), so its fingerprint is stable.
 * The server's S3 credentials are shared by every workspace: other workspaces than the default one write only into
 * S3_BUCKET and only under their own prefix, so none can overwrite another's objects.
 */
export const resolveS3Target = (target: S3Target, { publishing, workspaceId, renderId }: TargetContext): S3Target => {
	const configured = publishing.s3.bucket;
	const bucket = target.bucket ?? configured;
	if (!bucket) throw new TargetRefusedError('BAD_REQUEST', '"target.bucket" is needed: S3_BUCKET is not set on the server');
	const prefix = storagePrefixOf(workspaceId);
	if (prefix && bucket !== configured) {
		throw new TargetRefusedError('FORBIDDEN', `"target.bucket": this workspace may only publish to the server's bucket (${configured ?? 'none is set'})`);
	}
	return { ...target, bucket, key: `${prefix}${target.key ?? defaultS3KeyOf(renderId)}` };
};

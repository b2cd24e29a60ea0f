import { z } from 'zod';

/** Browser-safe (no Node APIs): the studio validates with it as a person types. */
export const s3TargetSchema = z
	.object({
		kind: z.literal('s3'),
		bucket: z
			.string()
			.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)')
			.optional(),
		key: z
			.string()
			.min(1)
			.max(1024)
			.regex(/^(?!\/)(?!.*\.\.)[\w!\-.*'()/ ]+$/, 'must be a relative object key without ".."')
			.optional(),
	})
	.meta({ title: 'S3' });

export type S3Target = z.output<typeof s3TargetSchema>;

import { z } from 'zod';

/** A workspace id is part of storage keys and URLs: lower-case letters, digits and inner hyphens. */
export const workspaceIdSchema = z
	.string()
	.regex(/^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/, 'must be 1 to 48 lower-case letters, digits or inner hyphens, like "acme-media"')
	.describe('Workspace id');

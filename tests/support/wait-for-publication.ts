import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApiClient } from '../../client/create-api-client.js';
import { waitFor } from './wait-for.js';

/** The publication once it is published or failed (30 s at most). */
export const waitForPublication = (client: ApiClient, id: string) =>
	waitFor(
		`publication ${id} to finish`,
		async () => {
			const publication = await client.publications.get.query({ id });
			return (publication.status === 'published' || publication.status === 'failed') && publication;
		},
		30_000,
	);

/** A file's SHA-256, to compare what a platform received with what was rendered. */
export const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

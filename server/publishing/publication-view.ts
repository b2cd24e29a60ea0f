import { type PublicationStatus, publicationStatusSchema } from '../../core/contracts/publish-job.js';
import type { Prisma } from '../../core/db/generated/sqlite/client.js';
import { type Credit, creditsOfClips } from '../../core/publishing/credits-of-clips.js';

/** The fields a publication exposes: not its upload session (a session URI is a credential of its own). */
export const publicationSelect = {
	id: true,
	renderId: true,
	kind: true,
	target: true,
	accountId: true,
	status: true,
	platformId: true,
	url: true,
	attempts: true,
	error: true,
	errorReason: true,
	createdAt: true,
	updatedAt: true,
	publishedAt: true,
	// The provenance of the render's imported clips (stock B-roll among them): the publication's credits.
	render: { select: { clips: { select: { clip: { select: { platform: true, author: true, sourceLink: true, license: true, title: true } } } } } },
} satisfies Prisma.PublicationSelect;

type SelectedPublication = Prisma.PublicationGetPayload<{ select: typeof publicationSelect }>;

export type PublicationView = Omit<SelectedPublication, 'status' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'render'> & {
	status: PublicationStatus;
	credits: Credit[];
	createdAt: string;
	updatedAt: string;
	publishedAt: string | null;
};

export const toPublicationView = ({ render, ...publication }: SelectedPublication): PublicationView => ({
	...publication,
	credits: creditsOfClips(render.clips.map((link) => link.clip)),
	status: publicationStatusSchema.catch('queued').parse(publication.status),
	createdAt: publication.createdAt.toISOString(),
	updatedAt: publication.updatedAt.toISOString(),
	publishedAt: publication.publishedAt?.toISOString() ?? null,
});

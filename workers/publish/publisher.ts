import { z } from 'zod';
import type { FileLinks } from '../../core/links/create-file-links.js';
import type { PlatformDeps } from '../../core/publishing/platform-deps.js';
import type { PublicationTarget } from '../../core/publishing/publish-contract.js';

/** What an interrupted upload resumes from; saved as soon as it is known, so a crash between attempts loses nothing. */
export const uploadStateSchema = z
	.object({
		youtubeSessionUrl: z.string().optional(),
		youtubeVideoId: z.string().optional(),
		thumbnailSet: z.boolean().optional(),
		tiktokPublishId: z.string().optional(),
		tiktokUploaded: z.boolean().optional(),
	})
	.catch({});
export type UploadState = z.infer<typeof uploadStateSchema>;

export type PublishInput<T extends PublicationTarget = PublicationTarget> = {
	publication: { id: string; target: T; uploadState: UploadState };
	render: {
		id: string;
		workspaceId: string;
		template: string;
		width: number | null;
		height: number | null;
		fps: number | null;
		durationInFrames: number | null;
		batchId: string | null;
		variant: string | null;
		outputKey: string;
	};
	video: { path: string; sizeBytes: number };
	signal: AbortSignal;
	saveUploadState: (patch: UploadState) => Promise<void>;
	/** Marks the publication as uploading or processing while the job runs, for people watching. */
	setStatus: (status: 'uploading' | 'processing') => Promise<void>;
};

export type PublishOutcome = {
	platformId: string;
	url: string | null;
	/** Something went wrong that did not stop the video (a refused thumbnail). */
	note?: string | null;
};

export type PublishDeps = PlatformDeps & {
	/** Signs webhook targets' requests, as render webhooks are signed. */
	webhookSecret: string;
	webhookTimeoutMs: number;
	/** Signed links to the video in webhook bodies (receivers have no API key). */
	links: FileLinks;
	tempDir: string;
};

/** One target kind. Throws PlatformError for refusals (retryable or not); anything else is retried. */
export type Publisher<T extends PublicationTarget = PublicationTarget> = (input: PublishInput<T>, deps: PublishDeps) => Promise<PublishOutcome>;

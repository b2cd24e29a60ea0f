import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import type { PublicationStatus, PublishErrorReason } from '../../core/contracts/publish-job.js';
import { creditsOfClips } from '../../core/publishing/credits-of-clips.js';
import { PlatformError } from '../../core/publishing/platform-error.js';
import { publicationTargetSchema } from '../../core/publishing/publish-contract.js';
import type { PublishDeps, PublishInput } from '../../core/publishing/publish-target.js';
import { publishTargetOf } from '../../core/publishing/publish-target-of.js';
import { captionFilesOf } from '../../core/renders/caption-files-of.js';
import type { Storage } from '../../core/storage/storage.js';
import { scopeStorage } from '../../core/workspaces/scope-storage.js';

/** Each publisher reads its own fields of the stored upload state; anything but an object is no state. */
const uploadStateSchema = z.record(z.string(), z.unknown()).catch({});

export type AttemptInfo = { signal: AbortSignal; attempt: number; isFinalAttempt: boolean };

/**
 * One attempt at one publication. The idempotency guard: a publication already published with a platform id is left
 * alone (a duplicate job, a retry that raced a success), so a video is never uploaded twice. Refusals that retrying
 * cannot fix (quota, revoked access, rejected metadata) fail the publication now with an UnrecoverableError.
 */
export const runPublication = async (publicationId: string, attempt: AttemptInfo, deps: PublishDeps & { rootStorage: Storage }): Promise<PublicationStatus> => {
	const { db } = deps;
	const publication = await db.publication.findUnique({
		where: { id: publicationId },
		include: { render: { include: { clips: { include: { clip: true } } } } },
	});
	if (!publication) throw new UnrecoverableError(`Publication ${publicationId} does not exist`);
	if (publication.status === 'published' && publication.platformId) {
		deps.logger.info('publication already published, nothing to do', { publicationId });
		return 'published';
	}
	const fail = async (message: string, reason: PublishErrorReason, final: boolean) => {
		await db.publication.update({
			where: { id: publicationId },
			data: final
				? { status: 'failed', error: message, errorReason: reason }
				: { status: 'queued', error: `Attempt ${attempt.attempt} failed: ${message}`, errorReason: reason },
		});
	};
	const { render } = publication;
	const storage = scopeStorage(deps.rootStorage, publication.workspaceId);
	const target = publicationTargetSchema.safeParse(publication.target);
	if (!target.success || render.status !== 'done' || !render.outputKey) {
		const message = !target.success
			? `The stored target is not valid: ${target.error.message}`
			: `Render ${render.id} is ${render.status}, not done: there is no video to publish`;
		await fail(message, 'input', true);
		throw new UnrecoverableError(message);
	}
	const stat = await storage.stat(render.outputKey);
	if (!stat) {
		const message = `The video of render ${render.id} is missing from storage (${render.outputKey})`;
		await fail(message, 'input', true);
		throw new UnrecoverableError(message);
	}
	await db.publication.update({ where: { id: publicationId }, data: { status: 'uploading', attempts: { increment: 1 } } });

	// Publishers upload from a file: the stored one, or a download from the bucket into this machine's media cache.
	const video = await storage.openLocal(render.outputKey);
	// The subtitle sidecars, for targets that send a caption track; one gone missing is published without, not failed.
	const captions = (
		await Promise.all(
			captionFilesOf(render.captionFiles).map(async (file) => {
				const copy = await storage.openLocal(file.key).catch(() => null);
				return copy ? [{ ...file, copy }] : [];
			}),
		)
	).flat();
	const input: PublishInput = {
		publication: { id: publication.id, target: target.data, uploadState: uploadStateSchema.parse(publication.uploadState ?? {}) },
		render: { ...render, outputKey: render.outputKey },
		video: { path: video.path, sizeBytes: stat.sizeBytes },
		captions: captions.map(({ format, language, key, copy }) => ({ format, language, key, path: copy.path })),
		credits: creditsOfClips(render.clips.map((link) => link.clip)),
		signal: attempt.signal,
		saveUploadState: async (state) => {
			await db.publication.update({ where: { id: publicationId }, data: { uploadState: JSON.parse(JSON.stringify(state)) } });
		},
		setStatus: async (status) => {
			await db.publication.update({ where: { id: publicationId }, data: { status } });
		},
	};
	try {
		const outcome = await publishTargetOf(target.data.kind).publish(input, deps);
		await db.publication.update({
			where: { id: publicationId },
			data: { status: 'published', platformId: outcome.platformId, url: outcome.url, error: outcome.note ?? null, errorReason: null, publishedAt: new Date() },
		});
		deps.logger.info('published', { publicationId, kind: target.data.kind, platformId: outcome.platformId });
		return 'published';
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const platform = error instanceof PlatformError ? error : null;
		const final = attempt.isFinalAttempt || (platform !== null && !platform.retryable);
		await fail(message, platform?.reason ?? 'unavailable', final);
		deps.logger.warn('publish attempt failed', { publicationId, attempt: attempt.attempt, final, reason: platform?.reason ?? 'unavailable', error: message });
		throw platform && !platform.retryable ? new UnrecoverableError(message) : error;
	} finally {
		video.release();
		for (const { copy } of captions) copy.release();
	}
};

import type { Readable } from 'node:stream';

/** What storage knows about one object. `etag` changes whenever the bytes do (a content hash on S3, size and time locally). */
export type StoredObject = { key: string; sizeBytes: number; modifiedAt: Date; etag: string };

/** A local file holding an object's bytes, kept until `release` (the stored file itself, or a cached download). */
export type LocalCopy = { path: string; release: () => void };

/**
 * Where Reelforge keeps every file that outlives a render: outputs, chunks, clips, voiceovers, samples, sidecars.
 * Two implementations (core/storage/local/, core/storage/s3/) behind one shape; everything goes through it.
 * Writes are atomic (a reader sees the whole object or none), reads and writes stream (no whole video in memory).
 */
export type Storage = {
	/** `local` serves its own files; `s3` hands out presigned URLs so downloads do not pass through the API. */
	kind: 'local' | 's3';
	/** Stores a finished local file under `key` and removes the source. */
	putFile: (key: string, sourcePath: string, options?: { contentType?: string }) => Promise<{ sizeBytes: number }>;
	stat: (key: string) => Promise<StoredObject | null>;
	/** The object as a local file for tools that need a path (ffmpeg, Chromium's media server, uploads). */
	openLocal: (key: string) => Promise<LocalCopy>;
	/** The object's bytes as a stream, all of them or `start`..`end` inclusive. */
	read: (key: string, range?: { start: number; end: number }) => Promise<Readable>;
	/** A URL anyone holding it can GET the object from until it expires, or null where the API serves files itself. */
	presignedUrlOf: (key: string, options: { expiresInSeconds: number }) => Promise<string | null>;
	remove: (key: string) => Promise<void>;
	/** Removes every object under `prefix` (a folder, ending in /); returns how many. */
	removePrefix: (prefix: string) => Promise<number>;
	/** Where the object is, for people (a file path, or s3://bucket/key): what the CLI prints. */
	locationOf: (key: string) => string;
	/** Every object under `prefix`, in key order. */
	list: (prefix: string) => AsyncIterable<StoredObject>;
	/**
	 * Removes writes that never finished and were started before `startedBefore` (a process killed mid-upload):
	 * staged `.partial-` files locally, unfinished multipart uploads in a bucket. Never visible as objects either way.
	 * `bytes` is null where the store does not say; `unsupported` where it cannot list them (then a lifecycle rule must).
	 */
	removeAbandonedWrites: (startedBefore: Date) => Promise<{ writes: number; bytes: number | null; unsupported?: boolean }>;
};

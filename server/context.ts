import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../core/config/load-config.js';
import type { RenderJobData, RenderResult } from '../core/contracts/render-job.js';
import type { Database } from '../core/db/create-database.js';
import type { Logger } from '../core/log/create-logger.js';
import type { LocalStorage } from '../core/storage/local-storage.js';
import type { VoiceoverDeps } from '../core/voiceover/synthesize-voiceover.js';
import type { RenderEvents } from './render-events.js';

/** What every procedure can reach. Tests build it with real dependencies and call procedures through createCaller. */
export type ServerContext = {
	config: Config;
	db: Database;
	queue: Queue<RenderJobData, RenderResult>;
	/** Publishes cancel requests to workers. */
	publisher: Redis;
	renderEvents: RenderEvents;
	logger: Logger;
	storage: LocalStorage;
	/** Voices for voiceover previews (the same the workers use). */
	voiceover: Pick<VoiceoverDeps, 'providers' | 'targetLufs'>;
	/** Base of the links in responses (file URLs): PUBLIC_URL, else the address the request came in on. */
	baseUrl: string;
};

export const createContextInner = (deps: ServerContext): ServerContext => deps;

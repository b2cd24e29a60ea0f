import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../core/config/load-config.js';
import type { RenderJobData, RenderResult } from '../core/contracts/render-job.js';
import type { Database } from '../core/db/create-database.js';
import type { Logger } from '../core/log/create-logger.js';
import type { PublishQueue } from '../core/publishing/open-publish-queue.js';
import type { LocalStorage } from '../core/storage/local-storage.js';
import type { VoiceoverDeps } from '../core/voiceover/synthesize-voiceover.js';
import type { WebhookQueue } from '../core/webhooks/enqueue-webhook.js';
import type { ApiKeyIdentity } from './access/verify-api-key.js';
import type { RenderEvents } from './render-events.js';

/** What every procedure can reach. Tests build it with real dependencies and call procedures through createCaller. */
export type ServerContext = {
	config: Config;
	db: Database;
	queue: Queue<RenderJobData, RenderResult>;
	/** Renders on Remotion Lambda (see renderQueueOf); empty unless Lambda is configured. */
	lambdaQueue: Queue<RenderJobData, RenderResult>;
	/** The API's Redis connection: publishes cancel requests to workers, counts rate limits. */
	publisher: Redis;
	renderEvents: RenderEvents;
	/** Where finished renders' webhook events are queued (a cancel in the API finishes a render too). */
	webhookQueue: WebhookQueue;
	/** Where publications are queued for the publish worker. */
	publishQueue: PublishQueue;
	/** Encrypts platform tokens at rest; never logged nor returned. */
	tokenKey: Buffer;
	logger: Logger;
	storage: LocalStorage;
	/** Voices for voiceover previews (the same the workers use). */
	voiceover: Pick<VoiceoverDeps, 'providers' | 'targetLufs'>;
	/** Base of the links in responses (file URLs): PUBLIC_URL, else the address the request came in on. */
	baseUrl: string;
	/** The verified key the request came with; null without one. */
	apiKey: ApiKeyIdentity | null;
	/** Why the key the request sent was refused: every procedure then answers UNAUTHORIZED with this. */
	apiKeyRejected: string | null;
	/** The peer address, which rate-limits calls made without a key; null for in-process callers. */
	clientIp: string | null;
};

/** What the server holds for all requests; the rest of the context is per request. */
export type ServerDeps = Omit<ServerContext, 'baseUrl' | 'apiKey' | 'apiKeyRejected' | 'clientIp'>;

/** Without `apiKey` or `clientIp` a caller is anonymous and in-process: not rate-limited, and admin procedures refuse it. */
export const createContextInner = (
	deps: ServerDeps & Pick<ServerContext, 'baseUrl'> & Partial<Pick<ServerContext, 'apiKey' | 'apiKeyRejected' | 'clientIp'>>,
): ServerContext => ({ apiKey: null, apiKeyRejected: null, clientIp: null, ...deps });

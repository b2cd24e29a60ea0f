import type { Redis } from 'ioredis';
import type { Config } from '../core/config/load-config.js';
import type { Database } from '../core/db/create-database.js';
import { createFileLinks, type FileLinks } from '../core/links/create-file-links.js';
import type { Logger } from '../core/log/create-logger.js';
import type { OutboundPolicy } from '../core/net/outbound-policy.js';
import type { PublishQueue } from '../core/publishing/open-publish-queue.js';
import type { Storage } from '../core/storage/storage.js';
import type { VoiceoverDeps } from '../core/voiceover/synthesize-voiceover.js';
import type { WebhookQueue } from '../core/webhooks/enqueue-webhook.js';
import { DEFAULT_WORKSPACE_ID } from '../core/workspaces/default-workspace.js';
import { scopeStorage, type WorkspaceStorage } from '../core/workspaces/scope-storage.js';
import type { ApiKeyIdentity } from './access/verify-api-key.js';
import type { RenderEvents } from './render-events.js';
import type { RenderQueues } from './renders/open-render-queues.js';

/** What the server holds for all requests. */
export type ServerDeps = {
	config: Config;
	db: Database;
	/** Where renders are queued, one queue per what the backends use (core/contracts/render-backends.ts). */
	renderQueues: RenderQueues;
	/** The API's Redis connection: publishes cancel requests to workers, counts rate limits. */
	publisher: Redis;
	renderEvents: RenderEvents;
	/** Where finished renders' webhook events are queued (a cancel in the API finishes a render too). */
	webhookQueue: WebhookQueue;
	/** Where publications are queued for the publish worker. */
	publishQueue: PublishQueue;
	/** Encrypts platform tokens at rest; never logged nor returned. */
	tokenKey: Buffer;
	/** Signs file links and stream tokens; never logged nor returned. */
	urlSigningSecret: string;
	logger: Logger;
	/** Every request the API makes to other machines (clip imports, OAuth, LLM, voices) goes through it. */
	outbound: OutboundPolicy;
	/** All of storage, for what serves files of any workspace (after checking who may read them). */
	rootStorage: Storage;
	/** Voices for voiceover previews (the same the workers use). */
	voiceover: Pick<VoiceoverDeps, 'providers' | 'targetLufs'>;
	/** Base of every absolute URL in responses: PUBLIC_URL, else the address the API listens on; never a request's Host header. */
	publicBaseUrl: () => string;
};

/** What every procedure can reach. Tests build it with real dependencies and call procedures through createCaller. */
export type ServerContext = Omit<ServerDeps, 'publicBaseUrl'> & {
	/** Base of the links in responses (see ServerDeps.publicBaseUrl). */
	baseUrl: string;
	/** Signed, expiring links to files and zips on baseUrl. */
	links: FileLinks;
	/** The verified key the request came with; null without one. */
	apiKey: ApiKeyIdentity | null;
	/** Why the key the request sent was refused: every procedure then answers UNAUTHORIZED with this. */
	apiKeyRejected: string | null;
	/** Why the workspace the request named cannot be used by its key: every procedure then answers FORBIDDEN with this. */
	workspaceRejected: string | null;
	/** The peer address, which rate-limits calls made without a key; null for in-process callers. */
	clientIp: string | null;
	/** The workspace the request acts in: its key's, the default one without a key, or the one an operator key names. */
	workspace: { id: string };
	/** The request's workspace's storage: keys are relative to it, so nothing of another workspace can be named. */
	storage: WorkspaceStorage;
};

export type RequestIdentity = Partial<Pick<ServerContext, 'apiKey' | 'apiKeyRejected' | 'workspaceRejected' | 'clientIp'>> & { workspaceId?: string };

/**
 * Without `apiKey` or `clientIp` a caller is anonymous and in-process: not rate-limited, and admin procedures refuse it.
 * Without `workspaceId` it acts in the default workspace, as the embedded single-user setup does.
 */
export const createContextInner = ({ publicBaseUrl, workspaceId = DEFAULT_WORKSPACE_ID, ...deps }: ServerDeps & RequestIdentity): ServerContext => {
	const baseUrl = publicBaseUrl().replace(/\/$/, '');
	return {
		apiKey: null,
		apiKeyRejected: null,
		workspaceRejected: null,
		clientIp: null,
		...deps,
		baseUrl,
		links: createFileLinks({ baseUrl, secret: deps.urlSigningSecret, ttlSeconds: deps.config.access.fileUrlTtlSeconds }),
		workspace: { id: workspaceId },
		storage: scopeStorage(deps.rootStorage, workspaceId),
	};
};

import type { PublishingConfig } from '../config/load-config.js';
import type { FileLinks } from '../links/create-file-links.js';
import type { Credit } from './credits-of-clips.js';
import type { PlatformDeps } from './platform-deps.js';
import type { PlatformProvider, PublicationTarget, TargetKind, TargetOf } from './publish-contract.js';

/**
 * What one target kind is, written once: generic code (the API, the publish worker, the metrics pull, OAuth) asks a
 * kind's PublishTarget in publish-targets.ts and never branches on a kind's name. Each kind fills it in in its own
 * folder under targets/.
 */
export type PublishTarget<K extends TargetKind> = {
	kind: K;
	/** What makes two publications "the same place" after the kind (a channel, not a title): hashed into the target key. */
	identityOf: (target: TargetOf<K>) => string[];
	/** At create time, before the key is taken: decides what could change later (S3's bucket and key). Throws TargetRefusedError. */
	prepare?: (target: TargetOf<K>, context: TargetContext) => TargetOf<K>;
	/** At create time: refuses what the platform would refuse for good later (a schedule in the past). Throws TargetRefusedError. */
	check?: (target: TargetOf<K>, context: TargetContext) => void;
	/** URLs the upload will call, checked against the outbound policy before anything is stored, each with its field. */
	outboundUrlsOf?: (target: TargetOf<K>) => { path: string; url: string }[];
	publish: Publisher<TargetOf<K>>;
} & (K extends PlatformProvider ? { platform: PublishPlatform<K> } : { platform?: undefined });

/** Every kind's PublishTarget: what the registry must satisfy, so a kind without its parts does not compile. */
export type PublishTargets = { [K in TargetKind]: PublishTarget<K> };

/** A PublishTarget for code that holds a target of any kind (see publishTargetOf). */
export type AnyPublishTarget = {
	kind: TargetKind;
	identityOf: (target: PublicationTarget) => string[];
	prepare?: (target: PublicationTarget, context: TargetContext) => PublicationTarget;
	check?: (target: PublicationTarget, context: TargetContext) => void;
	outboundUrlsOf?: (target: PublicationTarget) => { path: string; url: string }[];
	publish: Publisher<PublicationTarget>;
	platform?: PublishPlatform;
};

/** What a target may look at when a publication is created. */
export type TargetContext = { publishing: PublishingConfig; workspaceId: string; renderId: string; now: Date };

/** How accounts of an OAuth platform are connected and their tokens refreshed. */
export type OAuthPlatform<K extends PlatformProvider = PlatformProvider> = {
	provider: K;
	oauth: {
		/** The app's credentials; null when they are not configured. */
		credentialsOf: (publishing: PublishingConfig) => { id: string; secret: string } | null;
		/** What to set when they are not: "set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET". */
		configureHint: string;
		/** The consent page to send the user to. */
		authorizationUrlOf: (publishing: PublishingConfig, request: { clientId: string; redirectUri: string; state: string; codeChallenge: string }) => string;
		tokenUrlOf: (publishing: PublishingConfig) => string;
		/** How the token endpoint names the app: RFC 6749's client_id, or TikTok's client_key. */
		clientIdField: string;
		/** Whether the code exchange sends the PKCE code verifier. */
		pkce: boolean;
		/** The token endpoint in error messages: "Google OAuth". */
		tokenEndpointName: string;
	};
	/** Who a token belongs to: a GET with the token as Bearer, and what to read from its JSON answer. */
	profile: { urlOf: (publishing: PublishingConfig) => string; parse: (body: unknown) => AccountProfile };
};

/** An OAuth platform as a publish target uses it: connecting accounts, and the numbers of its published videos. */
export type PublishPlatform<K extends PlatformProvider = PlatformProvider> = OAuthPlatform<K> & {
	/** Current numbers of published videos, one outcome per video it could ask about; one video's failure is its own outcome. */
	measure?: (deps: PlatformDeps, videos: MeasuredVideo[], signal?: AbortSignal) => Promise<MeasuredOutcome[]>;
};

export type AccountProfile = { externalId: string; displayName: string; username: string | null };

export type PlatformMetrics = {
	views: number | null;
	likes: number | null;
	shares: number | null;
	comments: number | null;
	watchTimeSeconds: number | null;
	avgViewDurationSeconds: number | null;
	retention: { at: number; ratio: number }[] | null;
};

export type MeasuredVideo = { publicationId: string; accountId: string; platformId: string; since: Date };
export type MeasuredOutcome = { publicationId: string; metrics: PlatformMetrics } | { publicationId: string; error: unknown };

/** JSON an interrupted upload resumes from, saved as soon as it is known; each publisher reads and writes its own fields. */
export type UploadState = Record<string, unknown>;

export type PublishInput<T = PublicationTarget> = {
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
	/** The render's subtitle sidecars (key in the workspace's storage, local copy, language); empty when the render has no captions. */
	captions: { format: 'srt' | 'vtt'; language: string | null; key: string; path: string }[];
	/** Provenance of the render's imported clips (stock B-roll among them); absent: none known. */
	credits?: Credit[];
	signal: AbortSignal;
	saveUploadState: (state: UploadState) => Promise<void>;
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

/** Uploads one publication. Throws PlatformError for refusals (retryable or not); anything else is retried. */
export type Publisher<T = PublicationTarget> = (input: PublishInput<T>, deps: PublishDeps) => Promise<PublishOutcome>;

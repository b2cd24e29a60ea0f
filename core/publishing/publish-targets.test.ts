import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { platformOf } from './platform-of.js';
import { platformProviderSchema, publicationTargetSchema, targetKindSchema, targetSchemas } from './publish-contract.js';
import type { PublishTargets } from './publish-target.js';
import { publishTargetOf } from './publish-target-of.js';
import { publishTargets } from './publish-targets.js';
import { targetNameOf } from './target-name-of.js';
import { s3Target } from './targets/s3/s3-target.js';
import { tiktokTarget } from './targets/tiktok/tiktok-target.js';
import { webhookTarget } from './targets/webhook/webhook-target.js';
import { youtubeTarget } from './targets/youtube/youtube-target.js';

// What the compiler refuses (checked by `tsc --noEmit`, which includes this file): a registry without a kind, a kind
// the schemas do not know, and an OAuth kind without its platform part.
// @ts-expect-error a kind of publish-contract.ts (s3) without its PublishTarget
const missingKind = { youtube: youtubeTarget, tiktok: tiktokTarget, webhook: webhookTarget } satisfies PublishTargets;
// @ts-expect-error a kind no schema describes
const unknownKind = { youtube: youtubeTarget, tiktok: tiktokTarget, webhook: webhookTarget, s3: s3Target, vimeo: s3Target } satisfies PublishTargets;
const { platform: _, ...youtubeWithoutPlatform } = youtubeTarget;
// @ts-expect-error an account-based kind without its OAuth platform
const withoutPlatform = { youtube: youtubeWithoutPlatform, tiktok: tiktokTarget, webhook: webhookTarget, s3: s3Target } satisfies PublishTargets;

const unconfigured = loadConfig({ REELFORGE_HOME: '/nonexistent' }).publishing;

describe('the publish target registry', () => {
	it('is the one list of kinds: schemas, the kinds enum and the tagged union are derived from the same keys', () => {
		expect([missingKind, unknownKind, withoutPlatform]).toHaveLength(3);
		const kinds = Object.keys(publishTargets);
		expect(Object.keys(targetSchemas)).toEqual(kinds);
		expect(targetKindSchema.options).toEqual(kinds);
		expect(publicationTargetSchema.options.map((schema) => schema.shape.kind.value)).toEqual(kinds);
		for (const kind of targetKindSchema.options) {
			expect(publishTargets[kind].kind).toBe(kind);
			expect(publishTargetOf(kind)).toBe(publishTargets[kind]);
			expect(typeof publishTargets[kind].identityOf).toBe('function');
			expect(typeof publishTargets[kind].publish).toBe('function');
		}
	});

	it('derives the OAuth platforms as the kinds with an account, each with its OAuth, profile and name', () => {
		const withPlatform = targetKindSchema.options.filter((kind) => publishTargets[kind].platform !== undefined);
		expect(platformProviderSchema.options).toEqual(withPlatform);
		expect(platformProviderSchema.options).toEqual(targetKindSchema.options.filter((kind) => 'accountId' in targetSchemas[kind].shape));
		for (const provider of platformProviderSchema.options) {
			const platform = platformOf(provider);
			expect(platform.provider).toBe(provider);
			expect(platform.oauth.credentialsOf(unconfigured)).toBeNull();
			expect(platform.oauth.configureHint).toMatch(/^set [A-Z_]+ and [A-Z_]+$/);
			expect(new URL(platform.oauth.tokenUrlOf(unconfigured)).protocol).toBe('https:');
			expect(new URL(platform.profile.urlOf(unconfigured)).protocol).toBe('https:');
			expect(targetNameOf(provider)).not.toBe(provider);
		}
	});

	it('names every kind by its schema title', () => {
		expect(targetKindSchema.options.map(targetNameOf)).toEqual(['YouTube', 'TikTok', 'Webhook', 'S3']);
	});
});

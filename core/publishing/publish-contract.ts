import { z } from 'zod';
import { s3TargetSchema } from './targets/s3/s3-target-schema.js';
import { tiktokTargetSchema } from './targets/tiktok/tiktok-target-schema.js';
import { webhookTargetSchema } from './targets/webhook/webhook-target-schema.js';
import { youtubeTargetSchema } from './targets/youtube/youtube-target-schema.js';

/**
 * Where a publication goes: one schema per target kind, each in its folder under targets/. The API validates with
 * these and the publish worker reads them back. This file stays free of Node APIs because the studio validates with it
 * in the browser; publish-targets.ts lists what each kind does, and the compiler holds both lists to the same kinds.
 */
export const targetSchemas = { youtube: youtubeTargetSchema, tiktok: tiktokTargetSchema, webhook: webhookTargetSchema, s3: s3TargetSchema };

export type TargetKind = keyof typeof targetSchemas;
export type TargetOf<K extends TargetKind> = z.output<(typeof targetSchemas)[K]>;

const kinds = Object.keys(targetSchemas) as [TargetKind, ...TargetKind[]];
export const targetKindSchema = z.enum(kinds);

type TargetSchema = (typeof targetSchemas)[TargetKind];
export const publicationTargetSchema = z.discriminatedUnion('kind', Object.values(targetSchemas) as [TargetSchema, ...TargetSchema[]]);
export type PublicationTargetInput = z.input<typeof publicationTargetSchema>;
export type PublicationTarget = z.output<typeof publicationTargetSchema>;

/**
 * The kinds published on a connected account (their target names an `accountId`): the OAuth platforms, whose accounts
 * are connected with accounts.connectUrl. publish-targets.ts must give each of them its `platform` part.
 */
export type PlatformProvider = { [K in TargetKind]: TargetOf<K> extends { accountId: string } ? K : never }[TargetKind];
const isPlatformKind = (kind: TargetKind): kind is PlatformProvider => 'accountId' in targetSchemas[kind].shape;
export const platformProviderSchema = z.enum(kinds.filter(isPlatformKind) as [PlatformProvider, ...PlatformProvider[]]);

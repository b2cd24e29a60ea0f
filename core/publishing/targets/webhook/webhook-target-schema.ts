import { z } from 'zod';

/** Browser-safe (no Node APIs): the studio validates with it as a person types. */
export const webhookTargetSchema = z.object({ kind: z.literal('webhook'), url: z.url({ protocol: /^https?$/ }).max(2000) }).meta({ title: 'Webhook' });

export type WebhookTarget = z.output<typeof webhookTargetSchema>;

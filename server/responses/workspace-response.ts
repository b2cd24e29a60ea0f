import { z } from 'zod';
import { responseObject } from './response-object.js';

const workspaceFields = responseObject({
	id: z.string(),
	name: z.string(),
	limits: responseObject({
		maxRendersInFlight: z.number().nullable(),
		maxRenderMinutesPerDay: z.number().nullable(),
		maxStorageMegabytes: z.number().nullable(),
	}).describe('null: no limit'),
	createdAt: z.string().describe('ISO 8601'),
});
export const workspaceResponseSchema = workspaceFields.meta({ id: 'Workspace' });

export const currentWorkspaceResponseSchema = workspaceFields
	.extend({
		usage: responseObject({ rendersInFlight: z.number(), renderMinutesLastDay: z.number(), storageBytes: z.number() }),
	})
	.meta({ id: 'CurrentWorkspace' });

import { z } from 'zod';
import { responseObject } from './response-object.js';

export const connectUrlResponseSchema = responseObject({
	url: z.string().describe('The provider’s consent page to send the user to'),
	state: z.string().describe('One-time state the callback comes back with'),
});

export const disconnectResponseSchema = responseObject({ id: z.string(), disconnected: z.literal(true) });

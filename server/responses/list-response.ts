import { z } from 'zod';
import { responseObject } from './response-object.js';

/** The one shape of every list: a page of items and the cursor of the next page (null on the last one). */
export const listResponse = <Item extends z.ZodType>(item: Item) =>
	responseObject({
		items: z.array(item),
		nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null when this is the last page'),
	});

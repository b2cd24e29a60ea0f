import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { templates } from '../../compositions/templates.js';
import { publicProcedure, router } from '../trpc.js';

const describe = (template: (typeof templates)[number], baseUrl: string) => ({
	id: template.id,
	title: template.title,
	description: template.description,
	thumbnailUrl: `${baseUrl}/templates/${template.id}/thumbnail.png`,
	propsJsonSchema: z.toJSONSchema(template.schema, { io: 'input', unrepresentable: 'any' }),
});

export const templatesRouter = router({
	list: publicProcedure.query(({ ctx }) => templates.map((template) => describe(template, ctx.baseUrl))),
	get: publicProcedure.input(z.object({ id: z.string().max(100) })).query(({ ctx, input }) => {
		const template = templates.find((candidate) => candidate.id === input.id);
		if (!template) throw new TRPCError({ code: 'NOT_FOUND', message: `No template '${input.id}'` });
		return describe(template, ctx.baseUrl);
	}),
});

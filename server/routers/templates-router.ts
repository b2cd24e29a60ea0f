import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { templates } from '../../compositions/templates.js';
import { listResponse } from '../responses/list-response.js';
import { templateResponseSchema } from '../responses/template-response.js';
import { publicProcedure, router } from '../trpc.js';

const describe = (template: (typeof templates)[number], baseUrl: string) => ({
	id: template.id,
	title: template.title,
	description: template.description,
	thumbnailUrl: `${baseUrl}/templates/${template.id}/thumbnail.png`,
	propsJsonSchema: z.toJSONSchema(template.schema, { io: 'input', unrepresentable: 'any' }),
	sampleProps: template.sampleProps,
});

export const templatesRouter = router({
	list: publicProcedure
		.meta({ summary: 'Every template: id, title, the JSON Schema of its props and sample props that render as they are' })
		.output(listResponse(templateResponseSchema))
		.query(({ ctx }) => ({ items: templates.map((template) => describe(template, ctx.baseUrl)), nextCursor: null })),
	get: publicProcedure
		.meta({ summary: 'One template', examples: { example: { id: 'quote-card' } } })
		.input(z.object({ id: z.string().max(100) }))
		.output(templateResponseSchema)
		.query(({ ctx, input }) => {
			const template = templates.find((candidate) => candidate.id === input.id);
			if (!template) throw new TRPCError({ code: 'NOT_FOUND', message: `No template '${input.id}'` });
			return describe(template, ctx.baseUrl);
		}),
});

/** The one error shape of every procedure (server/trpc.ts's error formatter) and of the plain HTTP routes. */
export const errorComponents = {
	schemas: {
		Error: {
			type: 'object',
			required: ['error'],
			properties: {
				error: {
					type: 'object',
					required: ['message', 'data'],
					properties: {
						message: { type: 'string', description: 'One line a person can act on, naming the field or cause' },
						code: { type: 'integer', description: 'JSON-RPC error code (tRPC)' },
						data: {
							type: 'object',
							properties: {
								code: {
									type: 'string',
									description: 'BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE, …',
								},
								httpStatus: { type: 'integer' },
								path: { type: 'string', description: 'The procedure' },
								issues: {
									type: ['array', 'null'],
									description: 'For bad input: each field and what is wrong with it',
									items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
								},
								retryAfterSeconds: { type: ['number', 'null'], description: 'Over the rate limit: when to try again (also the Retry-After header)' },
							},
						},
					},
				},
			},
			example: {
				error: {
					message: '"props.quote": Invalid input: expected string, received undefined',
					code: -32600,
					data: {
						code: 'BAD_REQUEST',
						httpStatus: 400,
						path: 'renders.create',
						issues: [{ path: 'props.quote', message: 'Invalid input: expected string, received undefined' }],
					},
				},
			},
		},
	},
	responses: {
		Error: {
			description:
				'Bad input (400, data.issues names each field), missing or wrong key (401), missing scope (403), unknown id (404), over the rate limit (429, Retry-After), queue or database down (503)',
			content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
		},
	},
};

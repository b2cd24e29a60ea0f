import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';

let stack: TestStack;

beforeAll(async () => {
	stack = await startTestStack({ worker: false });
});
afterAll(async () => {
	await stack?.stop();
});

type Failure = { error: { message: string; data: { code: string; issues: { path: string; message: string }[] | null } } };
const post = async (procedure: string, input: unknown) =>
	(await (
		await fetch(`${stack.api.url}/trpc/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })
	).json()) as Failure & { result?: { data: unknown } };

describe('errors a person can read', () => {
	it('answers bad input outside props with one line naming each field, not zod issues as JSON', async () => {
		const response = await fetch(`${stack.api.url}/trpc/renders.list?input=${encodeURIComponent(JSON.stringify({ limit: 1000, status: 'nope' }))}`);
		const { error } = (await response.json()) as Failure;
		expect(response.status).toBe(400);
		expect(error.message).not.toMatch(/^\s*\[/);
		expect(error.message).not.toContain('\n');
		expect(error.message).toMatch(/^"status": .+; "limit": Too big: expected number to be <=100$/);
		expect(error.data.issues?.map((issue) => issue.path)).toEqual(['status', 'limit']);
	});

	it('names the row and the column of an empty CSV cell that is required', async () => {
		const csv = 'quote,author\nShip it.,Ada\n,Grace\n';
		const refused = await post('batches.create', { template: 'quote-card', csv });
		expect(refused.error.data.code).toBe('BAD_REQUEST');
		expect(refused.error.message).toBe('1 problem(s) in the batch rows: row 2: column "quote" is empty; it is required');
		const checked = (await post('batches.validate', { template: 'quote-card', csv })).result?.data;
		expect(checked).toEqual({
			validRows: 1,
			issues: [{ row: 2, variant: null, column: 'quote', path: 'quote', message: 'column "quote" is empty; it is required' }],
		});
	});
});

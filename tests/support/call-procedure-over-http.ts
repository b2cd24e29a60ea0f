import http from 'node:http';

export type HttpAnswer = { status: number; body: string; json: unknown };

const parsed = (body: string): unknown => {
	try {
		return JSON.parse(body);
	} catch {
		return undefined;
	}
};

/** One tRPC call as a plain HTTP client makes it: POST with the input as the JSON body, or GET with `?input=`. */
export const callProcedureOverHttp = async (baseUrl: string, procedure: string, kind: 'query' | 'mutation', input: unknown): Promise<HttpAnswer> => {
	const encoded = input === undefined ? undefined : JSON.stringify(input);
	const response =
		kind === 'query'
			? await fetch(`${baseUrl}/trpc/${procedure}${encoded === undefined ? '' : `?input=${encodeURIComponent(encoded)}`}`)
			: await fetch(`${baseUrl}/trpc/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: encoded ?? '' });
	const body = await response.text();
	return { status: response.status, body, json: parsed(body) };
};

/** POSTs a body exactly as given (not necessarily JSON). */
export const postRaw = async (url: string, body: string): Promise<HttpAnswer> => {
	const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
	const text = await response.text();
	return { status: response.status, body: text, json: parsed(text) };
};

/** GETs a path byte for byte, without the URL normalisation fetch() applies (`..` segments stay in the request line). */
export const getRawPath = (baseUrl: string, rawPath: string): Promise<HttpAnswer> =>
	new Promise((resolve, reject) => {
		const { hostname, port } = new URL(baseUrl);
		const req = http.request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
			let body = '';
			res.setEncoding('latin1');
			res.on('data', (chunk: string) => {
				body += chunk;
			});
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body, json: parsed(body) }));
		});
		req.on('error', reject);
		req.end();
	});

/** The message of an error answer, in tRPC's shape or the server's own `{ error: { code, message } }`; null when there is none. */
export const errorMessageOf = (answer: HttpAnswer): string | null => {
	const message = (answer.json as { error?: { message?: unknown } } | undefined)?.error?.message;
	return typeof message === 'string' && message.length > 0 ? message : null;
};

/** Every answer to a hostile input: a success, or a client error that says why. Never a server error. */
export const describeAnswer = (answer: HttpAnswer) => ({
	status: answer.status,
	ok: (answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500 && errorMessageOf(answer) !== null),
	body: answer.body.slice(0, 500),
});

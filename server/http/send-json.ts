import type http from 'node:http';

export const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}) => {
	res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/** The one error shape outside tRPC: `{ error: { code, message } }`, with tRPC's code names (NOT_FOUND, PAYLOAD_TOO_LARGE, …). */
export const sendError = (res: http.ServerResponse, status: number, code: string, message: string, headers: http.OutgoingHttpHeaders = {}) =>
	sendJson(res, status, { error: { code, message } }, headers);

import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { authorizeHttpRequest } from '../files/authorize-http-request.js';
import type { HttpDeps } from './http-deps.js';

const sameSecret = (a: string, b: string) => {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Whether /metrics may answer: always without REQUIRE_API_KEY (a loopback setup), else with `Authorization: Bearer
 * <METRICS_TOKEN>` (what a Prometheus scrape config carries) or an operator key. Answers 401/403 itself when not.
 */
export const authorizeMetricsScrape = async (deps: HttpDeps, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
	if (!deps.config.access.requireApiKey) return true;
	const token = deps.config.access.metricsToken;
	const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
	if (token && bearer && sameSecret(bearer, token)) return true;
	return (await authorizeHttpRequest(deps, req, res, 'operator')) !== null;
};

import type { Config } from '../config/load-config.js';

/**
 * The base of every absolute URL Reelforge hands out (file links, OAuth callbacks, OpenAPI servers): PUBLIC_URL, else the
 * API's own address (a wildcard HOST means "this machine"). Never a request's Host header, which the client chooses.
 */
export const publicBaseUrlOf = (config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string =>
	config.publicUrl?.replace(/\/$/, '') ?? `http://${/^(0\.0\.0\.0|::)$/.test(config.host) ? '127.0.0.1' : config.host}:${config.port}`;

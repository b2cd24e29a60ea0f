import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config/load-config.js';
import { rateLimitBucketOf } from './rate-limit-bucket-of.js';

const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '60' });

describe('rateLimitBucketOf', () => {
	it('limits a key by its own allowance, wherever it calls from', () => {
		const apiKey = { id: 'k1', workspaceId: 'default', scopes: ['render' as const], rateLimitPerMinute: 5 };
		expect(rateLimitBucketOf({ config, apiKey, clientIp: '127.0.0.1' })).toEqual({ bucket: 'key:k1', limitPerMinute: 5 });
	});

	it('limits calls without a key by client address at the default limit', () => {
		expect(rateLimitBucketOf({ config, apiKey: null, clientIp: '203.0.113.9' })).toEqual({ bucket: 'ip:203.0.113.9', limitPerMinute: 60 });
		expect(rateLimitBucketOf({ config, apiKey: null, clientIp: '::ffff:198.51.100.4' })).toEqual({ bucket: 'ip:::ffff:198.51.100.4', limitPerMinute: 60 });
	});

	it('leaves loopback and in-process calls without a key unlimited', () => {
		for (const clientIp of ['127.0.0.1', '::1', '::ffff:127.0.0.1', null]) {
			expect(rateLimitBucketOf({ config, apiKey: null, clientIp })).toBeNull();
		}
	});
});

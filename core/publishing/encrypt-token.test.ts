import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { decryptToken } from './decrypt-token.js';
import { encryptToken } from './encrypt-token.js';
import { resolveTokenKey } from './resolve-token-key.js';

const key = randomBytes(32);

describe('token encryption at rest', () => {
	it('round-trips, with a fresh IV every time, and never contains the token', () => {
		const first = encryptToken(key, 'ya29.secret-token', 'account-1');
		const second = encryptToken(key, 'ya29.secret-token', 'account-1');
		expect(first).not.toBe(second);
		expect(first).not.toContain('secret-token');
		expect(decryptToken(key, first, 'account-1')).toBe('ya29.secret-token');
	});

	it('refuses another key, another account row and tampered bytes', () => {
		const sealed = encryptToken(key, 'token', 'account-1');
		expect(() => decryptToken(randomBytes(32), sealed, 'account-1')).toThrow(/could not be decrypted: TOKEN_ENCRYPTION_KEY .* changed/);
		expect(() => decryptToken(key, sealed, 'account-2')).toThrow(/could not be decrypted/);
		const parts = sealed.split('.');
		const tampered = [...parts.slice(0, 3), Buffer.from('x').toString('base64url') + (parts[3] ?? '').slice(2)].join('.');
		expect(() => decryptToken(key, tampered, 'account-1')).toThrow(/could not be decrypted/);
		expect(() => decryptToken(key, 'plain', 'account-1')).toThrow(/not in the v1 format/);
	});
});

describe('resolveTokenKey', () => {
	const home = () => fs.mkdtempSync(path.join(os.tmpdir(), 'reelforge-token-key-'));

	it('takes TOKEN_ENCRYPTION_KEY as 64 hex digits or base64 of 32 bytes', () => {
		const hex = randomBytes(32).toString('hex');
		expect(resolveTokenKey(loadConfig({ REELFORGE_HOME: home(), TOKEN_ENCRYPTION_KEY: hex })).toString('hex')).toBe(hex);
		const base64 = randomBytes(32).toString('base64');
		expect(resolveTokenKey(loadConfig({ REELFORGE_HOME: home(), TOKEN_ENCRYPTION_KEY: base64 })).toString('base64')).toBe(base64);
	});

	it('refuses a key of the wrong size without repeating it', () => {
		const config = loadConfig({ REELFORGE_HOME: home(), TOKEN_ENCRYPTION_KEY: 'short-secret-value' });
		expect(() => resolveTokenKey(config)).toThrow('TOKEN_ENCRYPTION_KEY: must be 32 bytes as 64 hex digits or base64, but is 18 characters that are neither');
		expect(() => resolveTokenKey(config)).not.toThrow(/short-secret-value/);
	});

	it('makes a key once in $REELFORGE_HOME/token-key (mode 0600) when none is configured', () => {
		const dir = home();
		const config = loadConfig({ REELFORGE_HOME: dir });
		const made = resolveTokenKey(config);
		expect(made).toHaveLength(32);
		expect(resolveTokenKey(config).equals(made)).toBe(true);
		expect(fs.statSync(path.join(dir, 'token-key')).mode & 0o777).toBe(0o600);
	});
});

import { describe, expect, it } from 'vitest';
import { validateTemplateProps } from './validate-template-props.js';

const valid = { background: { src: 'https://cdn.example.com/a.mp4' }, captions: { words: [{ text: 'Hi', startMs: 0, endMs: 300 }] } };

describe('validateTemplateProps', () => {
	it('fills the schema defaults', () => {
		const result = validateTemplateProps('captioned-clip', valid);
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.props).toMatchObject({
				format: '9:16',
				fps: 30,
				background: { trimStartSeconds: 0, muted: false },
				captions: { style: { position: 'bottom' } },
			});
	});

	it('names the field and the problem', () => {
		const result = validateTemplateProps('captioned-clip', { ...valid, background: { src: 'file:///etc/passwd' } });
		expect(result).toMatchObject({
			ok: false,
			reason: 'invalid-props',
			issues: [{ path: 'props.background.src', message: 'must be an http(s) URL or storage:<key> (a key without .., absolute or hidden segments)' }],
		});
	});

	it('reports an unknown template as such', () => {
		expect(validateTemplateProps('nope', valid)).toMatchObject({ ok: false, reason: 'unknown-template', message: 'No template "nope"' });
	});
});

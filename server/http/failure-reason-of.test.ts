import { describe, expect, it } from 'vitest';
import { failureReasonOf } from './failure-reason-of.js';

describe('failureReasonOf', () => {
	it.each([
		['Media "storage:samples/voice.mp4" could not be loaded: no such file in storage', 'media'],
		['Media "https://example.com/a.mp4" could not be loaded: HTTP 404 Not Found', 'media'],
		['The offline voice needs libespeak-ng: run `npm run setup`', 'voiceover'],
		['ElevenLabs quota exceeded: out of credits', 'voiceover'],
		['The elevenlabs voice is not configured: set ELEVENLABS_API_KEY', 'voiceover'],
		['Invalid props for captioned-clip: props.fps: expected number', 'input'],
		['No template "nope"', 'input'],
		['Render 0b0e5c2c-2f0e-4f0e-9c1e-000000000000 does not exist', 'input'],
		['Malformed job data: renderId: required', 'input'],
		['Render 0b0e5c2c was cancelled', 'cancelled'],
		['ffmpeg exited with code 1', 'other'],
		[null, 'other'],
	] as const)('files %j under %s', (error, reason) => {
		expect(failureReasonOf(error)).toBe(reason);
	});
});

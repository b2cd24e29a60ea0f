import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../../core/media/probe-media.js';
import { narrationOf } from '../../core/scripts/narration-of.js';
import { scriptSchema } from '../../core/scripts/script-schema.js';
import { captionWordsFromTimings } from '../../core/voiceover/caption-words-from-timings.js';
import { wordTimingSchema } from '../../core/voiceover/voiceover-provider.js';
import { centroidOf, decodeVideoFrames } from '../support/decode-video-frames.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { waitForRender } from '../support/wait-for-render.js';

let stack: TestStack;
beforeAll(async () => {
	stack = await startTestStack();
});
afterAll(async () => {
	await stack?.stop();
});

const script = { hook: 'Reelforge makes *short* videos from scripts.', beats: [{ text: 'Captions follow the voice.' }] };
// Pure green marks the word being spoken; nothing else in the frame is that colour.
const isHighlight = (r: number, g: number, b: number) => g > 180 && r < 140 && b < 140;

const renderNarrated = async (scriptId: string) => {
	const created = await stack.client.renders.create.mutate({
		template: 'captioned-clip',
		props: {
			background: { src: stack.sampleClipSrc },
			punchOnEmphasis: false,
			captions: { style: { textColor: '#FFFFFF', emphasisColor: '#FFFFFF', highlightColor: '#00FF00', pageDurationMs: 1500 } },
		},
		narration: { scriptId },
		output: { scale: 0.25 },
	});
	return waitForRender(stack.client, created.id, 120_000);
};

describe('a render narrated from a script', () => {
	it('speaks the script once, reuses the voiceover for the next render, and lights each word on the frame its timing starts', async () => {
		const stored = await stack.client.scripts.create.mutate(script);
		expect(stored.narration).toBe('Reelforge makes short videos from scripts. Captions follow the voice.');

		const first = await renderNarrated(stored.id);
		expect(first.error).toBeNull();
		expect(first).toMatchObject({ status: 'done', scriptId: stored.id, voiceoverCacheHit: false });
		const second = await renderNarrated(stored.id);
		expect(second).toMatchObject({ status: 'done', voiceoverId: first.voiceoverId, voiceoverCacheHit: true });
		const voiceover = await stack.db.voiceover.findUniqueOrThrow({ where: { id: first.voiceoverId ?? '' } });
		expect(voiceover.useCount).toBe(2);
		expect(await stack.db.voiceover.count()).toBe(1);
		expect(voiceover.loudnessLufs).toBeCloseTo(-14, 0);

		const file = path.join(stack.config.storageDir, 'renders', `${first.id}.mp4`);
		const probe = await probeMedia(file);
		expect(probe.durationSeconds).toBeGreaterThan(voiceover.durationMs / 1000);
		expect(probe.audio?.codec).toBe('aac');

		const fps = first.fps ?? 30;
		const frames = await decodeVideoFrames(file, first.width ?? 0, first.height ?? 0);
		expect(frames.length).toBe(first.durationInFrames);
		const words = captionWordsFromTimings(wordTimingSchema.array().parse(voiceover.words), narrationOf(scriptSchema.parse(script)).emphasis);
		expect(words.map((word) => word.text)).toEqual(['Reelforge', 'makes', 'short', 'videos', 'from', 'scripts', 'Captions', 'follow', 'the', 'voice']);
		expect(words.filter((word) => word.emphasis).map((word) => word.text)).toEqual(['short']);

		const distance = (a: { x: number; y: number } | null, b: { x: number; y: number } | null) =>
			a && b ? Math.hypot(a.x - b.x, a.y - b.y) : a === b ? 0 : Number.POSITIVE_INFINITY;
		let checked = 0;
		for (const [index, word] of words.entries()) {
			const startFrame = Math.ceil((word.startMs / 1000) * fps);
			const nextStartFrame = Math.ceil(((words[index + 1]?.startMs ?? Number.POSITIVE_INFINITY) / 1000) * fps);
			const endFrame = Math.ceil((word.endMs / 1000) * fps);
			if (startFrame < 1 || startFrame + 1 >= Math.min(nextStartFrame, endFrame)) continue;
			const [before, at, after] = [startFrame - 1, startFrame, startFrame + 1].map((frame) => {
				const decoded = frames[frame];
				return decoded ? centroidOf(decoded, isHighlight) : null;
			});
			expect(at, `"${word.text}" is lit at frame ${startFrame}`).not.toBeNull();
			expect(distance(before ?? null, at ?? null), `highlight moves onto "${word.text}" at frame ${startFrame}`).toBeGreaterThan(2);
			expect(distance(at ?? null, after ?? null), `highlight stays on "${word.text}" after its first frame`).toBeLessThan(1.5);
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(6);
	});
});

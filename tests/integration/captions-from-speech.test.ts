import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSubtitles } from '../../core/transcription/subtitles/parse-subtitles.js';
import { makeSpeechClip, type SpeechClip } from '../support/make-speech-clip.js';
import { startTestStack, type TestStack } from '../support/start-test-stack.js';
import { makeTempDir } from '../support/temp-dir.js';
import { waitForRender } from '../support/wait-for-render.js';
import { wordAccuracy } from '../support/word-accuracy.js';

let stack: TestStack;
let clip: SpeechClip;
let silent: SpeechClip;
let phone: SpeechClip;
const CLIP_KEY = 'clips/two-voices.mp4';
const SILENT_KEY = 'clips/silent.mp4';
const PHONE_KEY = 'clips/phone-rate.mp4';

beforeAll(async () => {
	stack = await startTestStack();
	const dir = makeTempDir('speech');
	clip = await makeSpeechClip(dir, {
		name: 'two-voices',
		segments: [
			{ voice: 'en-us', rate: 170, text: 'Captions make short videos easier to follow, even with the sound turned off.' },
			{ voice: 'en-gb-x-rp', rate: 150, text: 'Three editing habits doubled my watch time in 2024.' },
		],
	});
	silent = await makeSpeechClip(dir, { name: 'silent', segments: [], leadMs: 1500, backgroundVolume: 0 });
	// Another speaker, slower, recorded over a phone-quality line (8 kHz) and played 20 % faster.
	phone = await makeSpeechClip(dir, {
		name: 'phone-rate',
		segments: [
			{ voice: 'en-gb-scotland', rate: 130, text: 'The camera was cheap and the light was free, but the story took me a whole weekend to get right.' },
		],
		recordedAtHz: 8000,
		tempo: 1.2,
		backgroundVolume: 0.05,
	});
	await stack.storage.putFile(CLIP_KEY, clip.file);
	await stack.storage.putFile(SILENT_KEY, silent.file);
	await stack.storage.putFile(PHONE_KEY, phone.file);
});
afterAll(async () => {
	await stack?.stop();
});

// One second of video: the captions come from the whole clip, the frames are not what is under test here.
const props = (key: string) => ({ durationInSeconds: 1, background: { src: `storage:${key}` }, captions: { style: { pageDurationMs: 1500 } } });
const render = async (captions: Record<string, unknown>, key = CLIP_KEY) => {
	const created = await stack.client.renders.create.mutate({ template: 'captioned-clip', props: props(key), captions, output: { scale: 0.2 } });
	return waitForRender(stack.client, created.id, 150_000);
};
const srtOf = async (done: Awaited<ReturnType<typeof render>>) => {
	const file = done.captionFiles.find((entry) => entry.format === 'srt');
	expect(file, 'the render lists its SRT').toBeDefined();
	const response = await fetch(file?.url ?? '');
	expect(response.status).toBe(200);
	return response.text();
};
const wordsOfSrt = (srt: string) => parseSubtitles(srt).cues;

describe('captions from the speech of a clip', () => {
	it('aligns a known text to the clip offline: every word within 250 ms of when it is spoken, SRT and VTT beside the video', async () => {
		const done = await render({ source: 'align', text: clip.text, language: 'en', emphasis: { numbers: true } });
		expect(done.error).toBeNull();
		expect(done).toMatchObject({ status: 'done', captionsLanguage: 'en', captionsNote: null, transcriptCacheHit: false });
		expect(done.captionFiles.map((file) => [file.format, file.language])).toEqual([
			['srt', 'en'],
			['vtt', 'en'],
		]);
		const transcript = await stack.client.transcripts.get.query({ id: done.transcriptId ?? '' });
		expect(transcript.words.map((word) => word.text).join(' ')).toBe(clip.text);
		const accuracy = wordAccuracy(clip.reference, transcript.words);
		expect(accuracy.wer).toBe(0);
		expect(accuracy.meanStartErrorMs).toBeLessThan(80);
		expect(accuracy.maxStartErrorMs).toBeLessThan(250);
		// The render's emphasis rule marked the number (the stored transcript stays as heard), as pattern interrupts key on it.
		const row = await stack.db.render.findUniqueOrThrow({ where: { id: done.id }, select: { captionWords: true } });
		const shown = row.captionWords as { text: string; emphasis: boolean }[];
		expect(shown.filter((word) => word.emphasis).map((word) => word.text)).toEqual(['2024.']);
		expect(transcript.words.some((word) => word.emphasis)).toBe(false);

		const srt = await srtOf(done);
		const cues = wordsOfSrt(srt);
		expect(
			cues
				.map((cue) => cue.text)
				.join(' ')
				.replace(/\n/g, ' '),
		).toBe(clip.text);
		expect(cues[0]?.startMs).toBe(Math.round(transcript.words[0]?.startMs ?? -1));
		const vtt = await (await fetch(done.captionFiles.find((file) => file.format === 'vtt')?.url ?? '')).text();
		expect(vtt.startsWith('WEBVTT')).toBe(true);
		expect(parseSubtitles(vtt).cues).toEqual(cues);
	});

	it('aligns speech recorded at another rate (8 kHz, played 20 % faster) as closely', async () => {
		const done = await render({ source: 'align', text: phone.text, language: 'en' }, PHONE_KEY);
		expect(done).toMatchObject({ status: 'done', captionsLanguage: 'en' });
		const transcript = await stack.client.transcripts.get.query({ id: done.transcriptId ?? '' });
		const accuracy = wordAccuracy(phone.reference, transcript.words);
		expect(accuracy.wer).toBe(0);
		expect(accuracy.meanStartErrorMs).toBeLessThan(80);
		expect(accuracy.maxStartErrorMs).toBeLessThan(300);
	});

	it('recognises the clip offline when nothing is known, reuses the transcript for the next render, and keeps an edited word’s timing', async () => {
		const first = await render({ source: 'transcribe', language: 'en' });
		expect(first.status).toBe('done');
		const heard = await stack.client.transcripts.get.query({ id: first.transcriptId ?? '' });
		expect(heard.words.length).toBeGreaterThan(5);
		expect(heard.provider).toBe('offline');
		const accuracy = wordAccuracy(clip.reference, heard.words);
		// PocketSphinx's 2015 model hears eSpeak poorly; the README reports the measured rate. It must still hear speech.
		expect(accuracy.wer).toBeLessThan(1);

		const second = await render({ source: 'transcribe', language: 'en' });
		expect(second).toMatchObject({ status: 'done', transcriptId: first.transcriptId, transcriptCacheHit: true });
		expect(await stack.db.transcript.count({ where: { mode: 'transcribe' } })).toBe(1);

		const edited = await stack.client.transcripts.editWords.mutate({ id: heard.id, edits: [{ index: 0, text: 'Captions' }] });
		expect(edited).toMatchObject({ edited: true });
		expect(edited.words[0]).toMatchObject({ text: 'Captions', startMs: heard.words[0]?.startMs, endMs: heard.words[0]?.endMs });
		const third = await render({ source: 'transcribe', language: 'en', transcriptId: heard.id });
		const cues = wordsOfSrt(await srtOf(third));
		expect(cues[0]?.text.startsWith('Captions')).toBe(true);
		expect(cues[0]?.startMs).toBe(Math.round(heard.words[0]?.startMs ?? -1));
	});

	it('gives a clip without speech no captions and says so on the render, without failing it', async () => {
		const done = await render({ source: 'transcribe', language: 'en' }, SILENT_KEY);
		expect(done).toMatchObject({ status: 'done', captionFiles: [] });
		expect(done.captionsNote).toMatch(/No speech was found/);
	});

	it('fails at once, in one line, on a language the offline recogniser does not know', async () => {
		const done = await render({ source: 'transcribe', language: 'ja' });
		expect(done.status).toBe('failed');
		expect(done.attempts).toBe(1);
		expect(done.error).toMatch(/^The offline provider understands en only, but captions.language is "ja": choose a provider/);
	});

	it('reads captions from an SRT and writes the same SRT back', async () => {
		const srt = '1\n00:00:00,200 --> 00:00:01,000\nHello from\nthe subtitles\n\n2\n00:00:01,100 --> 00:00:02,500\n你好，世界。\n';
		const done = await render({ source: 'subtitles', subtitles: srt, language: 'zh' });
		expect(done).toMatchObject({ status: 'done', captionsLanguage: 'zh' });
		expect(await srtOf(done)).toBe(srt);
	});

	it('refuses a render whose captions source lacks what it needs, before anything is queued', async () => {
		await expect(stack.client.renders.create.mutate({ template: 'captioned-clip', props: props(CLIP_KEY), captions: { source: 'align' } })).rejects.toThrow(
			/align needs the text/,
		);
		await expect(
			stack.client.renders.create.mutate({
				template: 'captioned-clip',
				props: props(CLIP_KEY),
				captions: { source: 'transcribe', media: 'storage:clips/nope.mp4' },
			}),
		).rejects.toThrow(/captions\.media\.src: storage:clips\/nope\.mp4 is not in this workspace's storage/);
	});
});

import { describe, expect, it } from 'vitest';
import { youtubeTargetSchema } from './youtube-target-schema.js';
import { youtubeVideoResourceOf } from './youtube-video-resource.js';

const render = (width: number, height: number, seconds: number) => ({
	id: 'r1',
	template: 'captioned-clip',
	width,
	height,
	fps: 30,
	durationInFrames: seconds * 30,
	batchId: null,
	variant: null,
	outputKey: 'renders/r1.mp4',
	workspaceId: 'default',
});
const target = (fields: Record<string, unknown>) => youtubeTargetSchema.parse({ kind: 'youtube', accountId: 'a', title: 'Title', ...fields });

describe('youtubeVideoResourceOf', () => {
	it('tags a vertical video of a minute or less as a Short, once', () => {
		expect(youtubeVideoResourceOf(target({}), render(1080, 1920, 60)).snippet.title).toBe('Title #Shorts');
		expect(youtubeVideoResourceOf(target({ description: 'Watch #shorts' }), render(1080, 1920, 30)).snippet.title).toBe('Title');
		expect(youtubeVideoResourceOf(target({}), render(1080, 1920, 61)).snippet.title).toBe('Title');
		expect(youtubeVideoResourceOf(target({}), render(1920, 1080, 30)).snippet.title).toBe('Title');
	});

	it('puts #Shorts in the description when the title has no room', () => {
		const long = 'x'.repeat(95);
		expect(youtubeVideoResourceOf(target({ title: long, description: 'About' }), render(1080, 1920, 20)).snippet).toMatchObject({
			title: long,
			description: 'About\n\n#Shorts',
		});
	});

	it("leaves a description at YouTube's 5000-byte limit as it is when the title has no room for #Shorts", () => {
		const long = 'x'.repeat(95);
		const full = 'é'.repeat(2500);
		expect(youtubeVideoResourceOf(target({ title: long, description: full }), render(1080, 1920, 20)).snippet).toMatchObject({
			title: long,
			description: full,
		});
	});

	it('schedules by uploading private with publishAt, whatever privacy was asked for', () => {
		const publishAt = '2030-01-01T10:00:00.000Z';
		expect(youtubeVideoResourceOf(target({ privacy: 'public', publishAt }), render(1920, 1080, 30)).status).toEqual({
			privacyStatus: 'private',
			publishAt,
			selfDeclaredMadeForKids: false,
		});
		expect(youtubeVideoResourceOf(target({ privacy: 'unlisted' }), render(1920, 1080, 30)).status.privacyStatus).toBe('unlisted');
	});
});

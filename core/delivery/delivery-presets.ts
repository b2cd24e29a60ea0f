import type { OutputFormat } from './output-formats.js';

export type DeliveryPreset = {
	platform: string;
	width: number;
	height: number;
	/** Frame rates the platform takes; the template's own rate must fall inside. */
	fps: { min: number; max: number };
	/** Keyframe interval, as a share of the frame rate's second (0.5: a closed GOP of half the frame rate). */
	gopSeconds: number;
	/** Peak video bitrate (x264/x265/VP9 VBV), and the buffer it is measured over. */
	maxBitrate: string;
	bufferSize: string;
	/** Consecutive B-frames, where the platform states it; null: the encoder's own choice. */
	bFrames: number | null;
	audioBitrate: string;
	audioSampleRate: 44_100 | 48_000;
	/**
	 * Whether the MP4 may carry edit lists. Without them the AAC encoder delay cannot be signalled, so the audio is
	 * advanced by it instead (the first 21 ms of sound are given up; see workers/render/delivery/encode-delivered-file.ts).
	 */
	editLists: boolean;
	/** Formats the platform ingests. */
	formats: readonly OutputFormat[];
};

/**
 * Per-platform delivery, as each platform documents it (checked 2026-12). Where a platform states nothing, the value
 * follows YouTube's recommendation and says so.
 */
export const deliveryPresets = {
	// TikTok Content Posting API, "Media Transfer Guide" / video restrictions (developers.tiktok.com/doc/content-posting-api-media-transfer-guide):
	// MP4 (recommended), WebM or MOV; H.264 recommended, H.265, VP9; 23-60 FPS; 360-4096 px a side. TikTok Ads "Video Ads Specs"
	// (ads.tiktok.com/help/article?aid=6669199281502552069): 9:16 at >= 720x1280, bitrate >= 516 kbps. TikTok states no GOP,
	// peak bitrate or audio rate: half-second GOPs and 48 kHz as YouTube asks; a 10 Mbps peak keeps a 60 s video near 75 MB.
	tiktok: {
		platform: 'TikTok',
		width: 1080,
		height: 1920,
		fps: { min: 23, max: 60 },
		gopSeconds: 0.5,
		maxBitrate: '10M',
		bufferSize: '20M',
		bFrames: null,
		audioBitrate: '320k',
		audioSampleRate: 48_000,
		editLists: true,
		formats: ['mp4-h264', 'mp4-h265', 'webm-vp9'],
	},
	// Instagram Graph API, Reels specifications (developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media#reel-specifications):
	// MOV or MP4, no edit lists, moov atom at the front; HEVC or H.264, progressive, closed GOP, 4:2:0; 23-60 FPS; at most
	// 1920 px wide, 9:16 recommended; video VBR at most 25 Mbps; AAC at most 48 kHz, 1 or 2 channels, 128 kbps.
	reels: {
		platform: 'Instagram Reels',
		width: 1080,
		height: 1920,
		fps: { min: 23, max: 60 },
		gopSeconds: 0.5,
		maxBitrate: '25M',
		bufferSize: '50M',
		bFrames: null,
		audioBitrate: '128k',
		audioSampleRate: 48_000,
		editLists: false,
		formats: ['mp4-h264', 'mp4-h265'],
	},
	// YouTube Help, "Recommended upload encoding settings" (support.google.com/youtube/answer/1722171): MP4, no edit lists,
	// moov at the front; AAC-LC stereo at 48 or 96 kHz, 384 kbps; H.264 High, 2 consecutive B-frames, closed GOP of half
	// the frame rate; 1080p SDR 8 Mbps (24-30 fps) or 12 Mbps (48-60). Shorts (support.google.com/youtube/answer/10059070)
	// are vertical or square uploads with the same encoding. The 12 Mbps high-frame-rate figure is the peak used here.
	shorts: {
		platform: 'YouTube Shorts',
		width: 1080,
		height: 1920,
		fps: { min: 23, max: 60 },
		gopSeconds: 0.5,
		maxBitrate: '12M',
		bufferSize: '24M',
		bFrames: 2,
		audioBitrate: '384k',
		audioSampleRate: 48_000,
		editLists: false,
		formats: ['mp4-h264'],
	},
	youtube: {
		platform: 'YouTube (16:9)',
		width: 1920,
		height: 1080,
		fps: { min: 23, max: 60 },
		gopSeconds: 0.5,
		maxBitrate: '12M',
		bufferSize: '24M',
		bFrames: 2,
		audioBitrate: '384k',
		audioSampleRate: 48_000,
		editLists: false,
		formats: ['mp4-h264'],
	},
} as const satisfies Record<string, DeliveryPreset>;

export type DeliveryPresetId = keyof typeof deliveryPresets;
export const deliveryPresetIds = Object.keys(deliveryPresets) as [DeliveryPresetId, ...DeliveryPresetId[]];

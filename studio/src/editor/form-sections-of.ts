import type { Field } from './fields-from-json-schema.js';

export type FormSection = { id: string; title: string; fields: Field[]; collapsed: boolean };

/**
 * Where each top-level prop goes, in the order a creator works: the words on screen, then captions, the footage,
 * the effects, the sound and the look; timing and encoding details last, folded away. A key not listed (a new
 * template's prop) lands in "More", above "Advanced", so nothing disappears.
 */
const SECTION_OF: Record<string, string> = {
	hook: 'text',
	title: 'text',
	items: 'text',
	quote: 'text',
	author: 'text',
	endCard: 'text',
	captions: 'captions',
	showCaptions: 'captions',
	clips: 'footage',
	background: 'footage',
	backgrounds: 'footage',
	top: 'footage',
	bottom: 'footage',
	interrupts: 'effects',
	transitions: 'effects',
	zoomPunches: 'effects',
	punchOnEmphasis: 'effects',
	music: 'sound',
	accentColor: 'look',
	colors: 'look',
	textColor: 'look',
	highlightColor: 'look',
	backgroundColor: 'look',
	dividerColor: 'look',
	fontSizePx: 'look',
	brand: 'look',
	countDown: 'look',
	format: 'advanced',
	fps: 'advanced',
	durationInSeconds: 'advanced',
	segments: 'advanced',
	duckClipsUnderVoiceover: 'advanced',
	duckClipUnderVoiceover: 'advanced',
	dimBackground: 'advanced',
	topShare: 'advanced',
};

const SECTIONS = [
	{ id: 'text', title: 'Text' },
	{ id: 'captions', title: 'Captions' },
	{ id: 'footage', title: 'Clips and background' },
	{ id: 'effects', title: 'Effects' },
	{ id: 'sound', title: 'Voice and music' },
	{ id: 'look', title: 'Look' },
	{ id: 'more', title: 'More' },
	{ id: 'advanced', title: 'Advanced' },
] as const;

/** The `voiceover` prop has its own control (the voiceover panel), so the form never shows it a second time. */
const OWN_CONTROL = new Set(['voiceover']);

/** A template's fields grouped into the editor's sections; empty sections are left out, "Advanced" starts folded. */
export const formSectionsOf = (fields: readonly Field[]): FormSection[] =>
	SECTIONS.map(({ id, title }) => ({
		id,
		title,
		fields: fields.filter((field) => !OWN_CONTROL.has(field.key) && (SECTION_OF[field.key] ?? 'more') === id),
		collapsed: id === 'advanced',
	})).filter((section) => section.fields.length > 0 || section.id === 'sound');

import { z } from 'zod';
import { CSS_COLOR_MAX_LENGTH, isCssColor } from './is-css-color.js';

const PREVIEW_LENGTH = 24;

/** The value as it appears in an error: cut short and escaped, so a hostile value cannot break the message onto more lines. */
const previewOf = (value: unknown): string => {
	if (typeof value !== 'string') return typeof value;
	const cut = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value;
	return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
};

const notAColour = {
	error: (issue: { input?: unknown }) => `must be a CSS colour (#RRGGBB, rgb(…), hsl(…) or a colour name) but is ${previewOf(issue.input)}`,
};

/**
 * A colour prop: colours go straight into CSS (`background: linear-gradient(…, ${colors})`), so anything but a plain
 * colour value (a `)` and a `url(…)`, a `;`, a `var()`) would be code the render's browser runs. Hex (#RGB, #RGBA,
 * #RRGGBB, #RRGGBBAA), rgb()/rgba() and hsl()/hsla() with literal numbers, a CSS colour name or `transparent`.
 * `format: 'color'` tells tools (the studio's form, JSON Schema readers) that it is one.
 */
export const cssColorSchema = z
	.string(notAColour)
	// Checked first and alone, so a megabyte of input costs one length comparison, not a regex run.
	.max(CSS_COLOR_MAX_LENGTH, { ...notAColour, abort: true })
	.refine(isCssColor, notAColour)
	.meta({ format: 'color', description: 'CSS colour: #RRGGBB (or #RGB, #RGBA, #RRGGBBAA), rgb(…), hsl(…) or a colour name' });

import { CSS_NAMED_COLORS } from './css-named-colors.js';

/** Longer than any colour written out by hand (`hsla(359.999deg, 100.000%, 100.000%, 0.999)` is 45). */
export const CSS_COLOR_MAX_LENGTH = 64;

// Only literal numbers: no calc(), var(), env(), attr() or any other function, so a value can never reach outside itself.
// Digit runs are bounded and nothing nests, so every pattern runs in linear time.
const NUMBER = String.raw`[+-]?(?:\d{1,10}(?:\.\d{1,10})?|\.\d{1,10})`;
const PERCENT = `${NUMBER}%`;
const NUMBER_OR_PERCENT = `${NUMBER}%?`;
const HUE = `${NUMBER}(?:deg|grad|rad|turn)?`;
// Spaces only: a tab or a newline inside a colour is never needed and is a classic way to smuggle a second declaration.
const COMMA = ' *, *';
const SLASH = ' */ *';

const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'i');
// CSS matches names ASCII case-insensitively; toLowerCase() would also turn the Kelvin sign into a `k`.
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

const FORMS: readonly RegExp[] = [
	whole('#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})'),
	// Legacy rgb(): commas, and the three channels all numbers or all percentages, as CSS requires.
	whole(`rgba?\\( *${NUMBER}(?:${COMMA}${NUMBER}){2}(?:${COMMA}${NUMBER_OR_PERCENT})? *\\)`),
	whole(`rgba?\\( *${PERCENT}(?:${COMMA}${PERCENT}){2}(?:${COMMA}${NUMBER_OR_PERCENT})? *\\)`),
	// Modern rgb(): spaces between channels, alpha after a slash.
	whole(`rgba?\\( *${NUMBER_OR_PERCENT}(?: +${NUMBER_OR_PERCENT}){2}(?:${SLASH}${NUMBER_OR_PERCENT})? *\\)`),
	// Legacy hsl(): saturation and lightness must be percentages.
	whole(`hsla?\\( *${HUE}${COMMA}${PERCENT}${COMMA}${PERCENT}(?:${COMMA}${NUMBER_OR_PERCENT})? *\\)`),
	whole(`hsla?\\( *${HUE}(?: +${NUMBER_OR_PERCENT}){2}(?:${SLASH}${NUMBER_OR_PERCENT})? *\\)`),
];

/**
 * Whether `value` is one CSS colour and nothing else: hex, rgb()/rgba() or hsl()/hsla() with literal numbers,
 * a CSS Color 4 colour name, or `transparent` (case-insensitive). A pure parser: nothing is evaluated.
 */
export const isCssColor = (value: string): boolean => {
	if (value.length > CSS_COLOR_MAX_LENGTH || !PRINTABLE_ASCII.test(value)) return false;
	const lower = value.toLowerCase();
	if (lower === 'transparent' || CSS_NAMED_COLORS.has(lower)) return true;
	return FORMS.some((form) => form.test(value));
};

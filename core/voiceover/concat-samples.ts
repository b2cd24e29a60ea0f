/** One Int16Array holding the given sample arrays back to back. */
export const concatSamples = (parts: readonly Int16Array[]): Int16Array => {
	const samples = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		samples.set(part, at);
		at += part.length;
	}
	return samples;
};

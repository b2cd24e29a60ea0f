import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { arpabetOfIpa } from './arpabet-of-ipa.js';

const run = promisify(execFile);

/**
 * Phones for a word CMU's dictionary lacks (a name, a brand, a number written as digits), from eSpeak NG's own
 * letter-to-sound rules: the aligner can then place it instead of skipping it. null when eSpeak gives nothing usable.
 */
export const pronounceWithEspeak = async (word: string, signal?: AbortSignal): Promise<string[] | null> => {
	try {
		const { stdout } = await run('espeak-ng', ['-q', '--ipa', '-v', 'en-us', word], { signal, timeout: 10_000 });
		const phones = arpabetOfIpa(stdout.trim());
		return phones.length > 0 ? phones : null;
	} catch {
		return null;
	}
};

// IPA as eSpeak NG writes it (`espeak-ng -q --ipa`) to the ARPAbet phones of CMU's dictionary; longest match first.
const PHONES: [string, string][] = [
	['tʃ', 'CH'],
	['dʒ', 'JH'],
	['aɪə', 'AY ER'],
	['aɪ', 'AY'],
	['aʊ', 'AW'],
	['ɔɪ', 'OY'],
	['eɪ', 'EY'],
	['oʊ', 'OW'],
	['əʊ', 'OW'],
	['iə', 'IY AH'],
	['ɛə', 'EH R'],
	['ʊə', 'UH R'],
	['ɜː', 'ER'],
	['ɚ', 'ER'],
	['iː', 'IY'],
	['uː', 'UW'],
	['ɑː', 'AA'],
	['ɔː', 'AO'],
	['ɪ', 'IH'],
	['ᵻ', 'IH'],
	['ɛ', 'EH'],
	['æ', 'AE'],
	['ʌ', 'AH'],
	['ə', 'AH'],
	['ɐ', 'AH'],
	['ʊ', 'UH'],
	['ɒ', 'AA'],
	['ɑ', 'AA'],
	['ɔ', 'AO'],
	['i', 'IY'],
	['u', 'UW'],
	['e', 'EH'],
	['o', 'OW'],
	['a', 'AA'],
	['p', 'P'],
	['b', 'B'],
	['t', 'T'],
	['d', 'D'],
	['k', 'K'],
	['ɡ', 'G'],
	['g', 'G'],
	['f', 'F'],
	['v', 'V'],
	['θ', 'TH'],
	['ð', 'DH'],
	['s', 'S'],
	['z', 'Z'],
	['ʃ', 'SH'],
	['ʒ', 'ZH'],
	['h', 'HH'],
	['m', 'M'],
	['n', 'N'],
	['ŋ', 'NG'],
	['l', 'L'],
	['ɫ', 'L'],
	['ɹ', 'R'],
	['r', 'R'],
	['ɾ', 'T'],
	['j', 'Y'],
	['w', 'W'],
	['x', 'K'],
];

/** ARPAbet phones for an IPA string; marks with no sound of their own (stress, length, syllabic, ties) are skipped. */
export const arpabetOfIpa = (ipa: string): string[] => {
	const phones: string[] = [];
	let at = 0;
	const text = ipa.normalize('NFC');
	while (at < text.length) {
		const match = PHONES.find(([symbol]) => text.startsWith(symbol, at));
		if (match) {
			phones.push(...match[1].split(' '));
			at += match[0].length;
		} else at += 1;
	}
	return phones;
};

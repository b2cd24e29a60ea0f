/** A JSGF grammar that accepts exactly `tokens` in order (silences and noise between them are added by the decoder). */
export const alignmentGrammarOf = (tokens: readonly string[]): string => `#JSGF V1.0;\ngrammar forced;\npublic <utterance> = ${tokens.join(' ')};\n`;

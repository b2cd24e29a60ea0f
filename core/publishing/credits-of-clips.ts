/** Who made a clip a video uses, where it came from and under what licence: what a publication credits. */
export type Credit = { platform: string | null; author: string | null; sourceLink: string | null; license: string | null; title: string | null };

type ClipProvenance = { platform: string | null; author: string | null; sourceLink: string | null; license: string | null; title: string | null };

/** The credits of a render's clips, one per clip with any provenance, in a stable order. */
export const creditsOfClips = (clips: readonly ClipProvenance[]): Credit[] =>
	clips
		.filter((clip) => clip.author || clip.sourceLink || clip.license || clip.platform)
		.map(({ platform, author, sourceLink, license, title }) => ({ platform, author, sourceLink, license, title }))
		.sort((a, b) => `${a.platform}${a.sourceLink}`.localeCompare(`${b.platform}${b.sourceLink}`));

/** Credits as description lines: "Video by Jane Doe on pexels: https://… (Pexels License …)". */
export const creditLinesOf = (credits: readonly Credit[]): string =>
	credits
		.map((credit) =>
			[
				`Video${credit.author ? ` by ${credit.author}` : ''}${credit.platform ? ` on ${credit.platform}` : ''}`,
				credit.sourceLink,
				credit.license ? `(${credit.license})` : null,
			]
				.filter(Boolean)
				.join(' '),
		)
		.join('\n');

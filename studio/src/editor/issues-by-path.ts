export type PathIssue = { path: readonly PropertyKey[]; message: string };

/** Validation issues keyed by dotted path (`captions.words.0.text`), the first message for each; form fields look theirs up. */
export const issuesByPath = (issues: readonly PathIssue[], prefix = ''): Record<string, string> => {
	const byPath: Record<string, string> = {};
	for (const issue of issues) {
		const path = issue.path.map(String).join('.');
		const key = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
		byPath[key] ??= issue.message;
	}
	return byPath;
};

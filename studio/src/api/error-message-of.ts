type ErrorLike = { message?: unknown; data?: { code?: unknown; issues?: { path: string; message: string }[] | null } | null };

/** A sentence a person can act on: what was wrong with which field, or what to do about a missing key. */
export const errorMessageOf = (error: unknown): string => {
	if (!error || typeof error !== 'object') return String(error);
	const { message, data } = error as ErrorLike;
	if (data?.code === 'UNAUTHORIZED' || data?.code === 'FORBIDDEN') return `${String(message)} — enter an API key at the top of the page.`;
	if (data?.issues && data.issues.length > 0) return data.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`).join('; ');
	if (message === 'Failed to fetch') return 'The API did not answer: is `reelforge serve` running?';
	return String(message ?? 'Something went wrong');
};

/** Columns named like a prop path map to it; the others start unmapped (ignored) until the user picks a path. */
export const defaultMapping = (columns: readonly string[], propPaths: readonly string[]): Record<string, string> =>
	Object.fromEntries(columns.map((column) => [column, propPaths.includes(column) ? column : '']));

/** The mapping as the API takes it: only columns mapped to a path. */
export const mappingForApi = (mapping: Record<string, string>): Record<string, string> =>
	Object.fromEntries(Object.entries(mapping).filter(([, path]) => path.trim() !== ''));

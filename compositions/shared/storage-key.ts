/** Storage keys are relative POSIX paths of plain segments: no `..`, no absolute paths, no hidden segments. */
export const STORAGE_KEY_PATTERN = /^(?!.*(^|\/)\.)[\w-][\w.-]*(\/[\w-][\w.-]*)*$/;

export const isStorageKey = (key: string): boolean => key.length <= 512 && STORAGE_KEY_PATTERN.test(key);

export const assertStorageKey = (key: string): string => {
	if (!isStorageKey(key)) {
		throw new Error(`"key" must be a relative path of letters, digits, '.', '_' and '-' segments, but is ${JSON.stringify(key)}`);
	}
	return key;
};

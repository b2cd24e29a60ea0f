export type ValuePath = readonly (string | number)[];

/** A copy of `target` with `value` at `path` (objects and arrays created on the way); `undefined` removes the key. */
export const setValueAt = (target: unknown, path: ValuePath, value: unknown): unknown => {
	const [head, ...rest] = path;
	if (head === undefined) return value;
	if (typeof head === 'number') {
		const list = Array.isArray(target) ? [...target] : [];
		list[head] = setValueAt(list[head], rest, value);
		return list;
	}
	const object: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
	const next = setValueAt(object[head], rest, value);
	if (next === undefined) delete object[head];
	else object[head] = next;
	return object;
};

/** The value at `path`, or undefined where the path leads nowhere. */
export const valueAt = (target: unknown, path: ValuePath): unknown =>
	path.reduce<unknown>(
		(current, segment) => (current && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined),
		target,
	);

import { useCallback, useState } from 'react';

const LIMIT = 200;

type History<T> = { past: T[]; present: T; future: T[] };

/**
 * A value with undo and redo: every `update` is one step (a field edit, a dragged word, a moved interrupt); a new
 * step after undoing drops the redo list, as editors do.
 */
export const useUndoable = <T>(initial: () => T) => {
	const [history, setHistory] = useState<History<T>>(() => ({ past: [], present: initial(), future: [] }));
	const update = useCallback(
		(change: (current: T) => T) =>
			setHistory((current) => {
				const next = change(current.present);
				return next === current.present ? current : { past: [...current.past, current.present].slice(-LIMIT), present: next, future: [] };
			}),
		[],
	);
	const undo = useCallback(
		() =>
			setHistory((current) => {
				const previous = current.past.at(-1);
				return previous === undefined ? current : { past: current.past.slice(0, -1), present: previous, future: [current.present, ...current.future] };
			}),
		[],
	);
	const redo = useCallback(
		() =>
			setHistory((current) => {
				const [next, ...rest] = current.future;
				return next === undefined ? current : { past: [...current.past, current.present], present: next, future: rest };
			}),
		[],
	);
	return { value: history.present, update, undo, redo, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
};

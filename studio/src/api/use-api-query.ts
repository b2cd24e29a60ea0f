import { useCallback, useEffect, useRef, useState } from 'react';

export type ApiQuery<T> = { data: T | undefined; error: unknown; loading: boolean; reload: () => void };

/**
 * Runs `load` now and whenever `deps` change (or `reload` is called), keeping the last data while the next load runs;
 * with `pollMs`, again on that interval while `poll(data)` says so.
 */
export const useApiQuery = <T>(
	load: () => Promise<T>,
	deps: readonly unknown[],
	{ pollMs, poll }: { pollMs?: number; poll?: (data: T | undefined) => boolean } = {},
): ApiQuery<T> => {
	const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: null, loading: true });
	const [generation, setGeneration] = useState(0);
	const loadRef = useRef(load);
	loadRef.current = load;
	const pollRef = useRef(poll);
	pollRef.current = poll;
	// biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
	useEffect(() => {
		let live = true;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const run = () => {
			setState((previous) => ({ ...previous, loading: true }));
			loadRef.current().then(
				(data) => {
					if (!live) return;
					setState({ data, error: null, loading: false });
					if (pollMs && (pollRef.current?.(data) ?? true)) timer = setTimeout(run, pollMs);
				},
				(error: unknown) => {
					if (!live) return;
					setState((previous) => ({ data: previous.data, error, loading: false }));
				},
			);
		};
		run();
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [...deps, generation, pollMs]);
	const reload = useCallback(() => setGeneration((value) => value + 1), []);
	return { ...state, reload };
};

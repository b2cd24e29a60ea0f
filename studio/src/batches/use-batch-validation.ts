import { useEffect, useState } from 'react';
import type { RowIssue } from '../../../core/batches/expand-batch-rows.js';
import { useStudio } from '../api/studio-context.js';

export type BatchCheck = { validRows: number; issues: RowIssue[] };

/** Asks the server (batches.validate) to check every row, shortly after the CSV or the mapping last changed. */
export const useBatchValidation = (input: { template: string; baseProps: Record<string, unknown>; csv: string; mapping: Record<string, string> } | null) => {
	const { client } = useStudio();
	const [check, setCheck] = useState<BatchCheck | null>(null);
	const [error, setError] = useState<unknown>(null);
	const key = input ? JSON.stringify(input) : null;
	// biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`, compared by value
	useEffect(() => {
		setCheck(null);
		setError(null);
		if (!input) return;
		let live = true;
		const timer = setTimeout(() => {
			client.batches.validate.mutate(input).then(
				(result) => live && setCheck(result),
				(caught: unknown) => live && setError(caught),
			);
		}, 300);
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [client, key]);
	return { check, error };
};

import { useEffect, useState } from 'react';
import type { RenderView } from '../../../server/renders/render-view.js';
import { useStudio } from '../api/studio-context.js';

const finished = new Set(['done', 'failed', 'cancelled']);

/** The render's latest state from the SSE subscription (renders.onProgress), until it finishes. */
export const useRenderProgress = (id: string | null): { render: RenderView | null; error: unknown } => {
	const { client } = useStudio();
	const [render, setRender] = useState<RenderView | null>(null);
	const [error, setError] = useState<unknown>(null);
	useEffect(() => {
		setRender(null);
		setError(null);
		if (!id) return;
		const subscription = client.renders.onProgress.subscribe(
			{ id },
			{
				onData: ({ data }) => {
					setRender(data);
					if (finished.has(data.status)) subscription.unsubscribe();
				},
				onError: setError,
			},
		);
		return () => subscription.unsubscribe();
	}, [client, id]);
	return { render, error };
};

import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ProgressBar } from '../components/progress-bar.js';
import { ErrorNotice } from '../components/status-notices.js';

const running = new Set(['queued', 'rendering']);

/** A launched batch: overall progress, how many renders are in each state, and the outputs zip once some are done. */
export const BatchProgress = ({ batchId }: { batchId: string }) => {
	const { client } = useStudio();
	const batch = useApiQuery(() => client.batches.get.query({ id: batchId }), [client, batchId], {
		pollMs: 1000,
		poll: (data) => data === undefined || running.has(data.status),
	});
	if (batch.error && !batch.data) return <ErrorNotice error={batch.error} retry={batch.reload} />;
	if (!batch.data) return <p role="status">Launching…</p>;
	const { status, progress, counts, renderCount, outputsZipUrl } = batch.data;
	return (
		<section className="batch-progress" aria-label="Batch progress" aria-live="polite">
			<p>
				Batch <code>{batchId}</code>: <strong data-testid="batch-status">{status}</strong> · {counts.done}/{renderCount} done
				{counts.failed > 0 ? `, ${counts.failed} failed` : ''}
				{counts.cancelled > 0 ? `, ${counts.cancelled} cancelled` : ''}
			</p>
			<ProgressBar value={progress} label="Batch progress" />
			<div className="row">
				<a className="button" href={`#/renders`}>
					See its renders
				</a>
				{outputsZipUrl ? (
					<a className="button" href={outputsZipUrl} download>
						Download all (zip)
					</a>
				) : null}
				{running.has(status) ? (
					<button type="button" onClick={() => client.batches.cancel.mutate({ id: batchId }).then(batch.reload, batch.reload)}>
						Cancel batch
					</button>
				) : null}
			</div>
		</section>
	);
};

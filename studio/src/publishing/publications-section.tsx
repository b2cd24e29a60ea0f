import { useState } from 'react';
import type { RouterOutputs } from '../api/router-outputs.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';

type Publication = RouterOutputs['publications']['list']['items'][number];

const pending = new Set<Publication['status']>(['queued', 'uploading', 'processing']);
const POLL_MS = 1000;

/** The publications of one render (or of all, without one), newest first, refreshed while any is under way; failed ones can be retried. */
export const PublicationsSection = ({ renderId, generation }: { renderId: string | null; generation: number }) => {
	const { client } = useStudio();
	const [problem, setProblem] = useState<unknown>(null);
	const publications = useApiQuery(
		() => client.publications.list.query(renderId ? { renderId } : {}).then((page) => page.items),
		[client, renderId, generation],
		{
			pollMs: POLL_MS,
			poll: (items) => items?.some((item) => pending.has(item.status)) ?? false,
		},
	);
	const retry = (id: string) => {
		setProblem(null);
		client.publications.retry.mutate({ id }).then(publications.reload, setProblem);
	};
	return (
		<section aria-labelledby="publications-title">
			<h2 id="publications-title">{renderId ? 'Publications of this render' : 'All publications'}</h2>
			{publications.error ? <ErrorNotice error={publications.error} retry={publications.reload} /> : null}
			{problem ? <ErrorNotice error={problem} /> : null}
			{publications.loading && !publications.data ? <Loading what="publications" /> : null}
			{publications.data?.length === 0 ? <p className="muted">Nothing published yet.</p> : null}
			{publications.data && publications.data.length > 0 ? (
				<table className="table" aria-label="Publications">
					<thead>
						<tr>
							{renderId ? null : <th scope="col">Render</th>}
							<th scope="col">Target</th>
							<th scope="col">Status</th>
							<th scope="col">Platform id</th>
							<th scope="col">Link</th>
							<th scope="col">Error</th>
							<th scope="col">Created</th>
							<th scope="col">Actions</th>
						</tr>
					</thead>
					<tbody>
						{publications.data.map((publication) => (
							<tr key={publication.id} data-publication={publication.id}>
								{renderId ? null : (
									<td>
										<code>{publication.renderId}</code>
									</td>
								)}
								<td>{publication.kind}</td>
								<td>
									<span className={`status status-${publication.status}`} data-testid="publication-status">
										{publication.status}
									</span>
									{publication.attempts > 1 ? <span className="muted"> ({publication.attempts} attempts)</span> : null}
								</td>
								<td>{publication.platformId ? <code>{publication.platformId}</code> : '—'}</td>
								<td>
									{publication.url ? (
										<a href={publication.url} target="_blank" rel="noreferrer">
											Open
										</a>
									) : (
										'—'
									)}
								</td>
								<td className="error-text">
									{publication.error ? `${publication.error}${publication.errorReason ? ` (${publication.errorReason})` : ''}` : ''}
								</td>
								<td>{new Date(publication.createdAt).toLocaleString()}</td>
								<td>
									{publication.status === 'failed' ? (
										<button type="button" onClick={() => retry(publication.id)} aria-label={`Retry publication ${publication.id}`}>
											Retry
										</button>
									) : null}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			) : null}
		</section>
	);
};

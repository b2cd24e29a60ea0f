import { useState } from 'react';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ApiProblem } from '../components/not-on-server.js';

type Publication = { id: string; renderId: string; kind: string; status: string; url: string | null; error: string | null; createdAt: string };

const open = new Set(['queued', 'uploading', 'processing']);

/** Every publication, newest first, refreshing while any is under way; failed ones can be retried. */
export const PublicationsSection = ({ generation }: { generation: number }) => {
	const { untyped } = useStudio();
	const [problem, setProblem] = useState<unknown>(null);
	const publications = useApiQuery(() => untyped.query('publications.list', {}) as Promise<Publication[]>, [untyped, generation], {
		pollMs: 2000,
		poll: (items) => items?.some((item) => open.has(item.status)) ?? false,
	});
	return (
		<section aria-labelledby="publications-title">
			<h2 id="publications-title">Publications</h2>
			{publications.error ? <ApiProblem error={publications.error} what="Publishing" retry={publications.reload} /> : null}
			{problem ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(problem)}
				</p>
			) : null}
			{publications.data?.length === 0 ? <p className="muted">Nothing published yet.</p> : null}
			{publications.data && publications.data.length > 0 ? (
				<table className="table">
					<thead>
						<tr>
							<th scope="col">Render</th>
							<th scope="col">Target</th>
							<th scope="col">Status</th>
							<th scope="col">Where</th>
							<th scope="col">Created</th>
							<th scope="col">Actions</th>
						</tr>
					</thead>
					<tbody>
						{publications.data.map((publication) => (
							<tr key={publication.id}>
								<td>
									<code>{publication.renderId}</code>
								</td>
								<td>{publication.kind}</td>
								<td>{publication.status}</td>
								<td>
									{publication.url ? (
										<a href={publication.url} target="_blank" rel="noreferrer">
											Open
										</a>
									) : (
										<span className="error-text">{publication.error ?? ''}</span>
									)}
								</td>
								<td>{new Date(publication.createdAt).toLocaleString()}</td>
								<td>
									{publication.status === 'failed' ? (
										<button
											type="button"
											onClick={() =>
												untyped.mutation('publications.retry', { id: publication.id }).then(publications.reload, (error: unknown) => setProblem(error))
											}
										>
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

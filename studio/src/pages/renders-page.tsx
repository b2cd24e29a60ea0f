import { Fragment, useState } from 'react';
import { findTemplate, templateIds } from '../../../compositions/templates.js';
import { renderStatuses } from '../../../core/contracts/render-status.js';
import type { RenderView } from '../../../server/renders/render-view.js';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ProgressBar } from '../components/progress-bar.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';
import { ReadableError } from '../renders/readable-error.js';
import { TranscriptEditor } from '../transcripts/transcript-editor.js';
import { publishHashOf } from '../use-hash-route.js';

const open = new Set(['queued', 'rendering', 'encoding', 'uploading']);
const retryable = new Set(['failed', 'cancelled']);

/** Every render, filtered by status and template; open ones refresh on their own. */
export const RendersPage = () => {
	const { client } = useStudio();
	const [status, setStatus] = useState<RenderView['status'] | ''>('');
	const [template, setTemplate] = useState('');
	const [actionError, setActionError] = useState<unknown>(null);
	// The render whose transcript is open for fixing words, if any.
	const [editing, setEditing] = useState<string | null>(null);
	const renders = useApiQuery(
		() => client.renders.list.query({ status: status || undefined, template: template || undefined, limit: 50 }),
		[client, status, template],
		{ pollMs: 2000, poll: (page) => page?.items.some((render) => open.has(render.status)) ?? false },
	);
	const act = async (action: () => Promise<unknown>) => {
		setActionError(null);
		try {
			await action();
		} catch (error) {
			setActionError(error);
		}
		renders.reload();
	};

	return (
		<section aria-labelledby="renders-title">
			<h1 id="renders-title">Renders</h1>
			<div className="filters row">
				<label htmlFor="filter-status">Status</label>
				<select id="filter-status" value={status} onChange={(event) => setStatus(event.target.value as RenderView['status'] | '')}>
					<option value="">Any</option>
					{renderStatuses.map((value) => (
						<option key={value}>{value}</option>
					))}
				</select>
				<label htmlFor="filter-template">Template</label>
				<select id="filter-template" value={template} onChange={(event) => setTemplate(event.target.value)}>
					<option value="">Any</option>
					{templateIds.map((value) => (
						<option key={value} value={value}>
							{findTemplate(value)?.title ?? value}
						</option>
					))}
				</select>
				<button type="button" onClick={renders.reload}>
					Refresh
				</button>
			</div>
			{actionError ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(actionError)}
				</p>
			) : null}
			{renders.error ? <ErrorNotice error={renders.error} retry={renders.reload} /> : null}
			{renders.loading && !renders.data ? <Loading what="renders" /> : null}
			{renders.data?.items.length === 0 ? <p className="muted">No renders match.</p> : null}
			<table className="table">
				<thead>
					<tr>
						<th scope="col">Render</th>
						<th scope="col">Template</th>
						<th scope="col">Status</th>
						<th scope="col">Progress</th>
						<th scope="col">Created</th>
						<th scope="col">Result</th>
						<th scope="col">Actions</th>
					</tr>
				</thead>
				<tbody>
					{renders.data?.items.map((render) => (
						<Fragment key={render.id}>
							<tr>
								<td className="id-cell">
									<code title={render.id}>{render.id.slice(0, 8)}</code>
								</td>
								<td>{findTemplate(render.template)?.title ?? render.template}</td>
								<td>
									<span className={`status status-${render.status}`}>{render.status}</span>
								</td>
								<td>
									<ProgressBar value={render.progress} label={`Progress of ${render.id}`} />
								</td>
								<td className="nowrap">{new Date(render.createdAt).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}</td>
								<td>
									{render.outputUrl ? (
										<>
											<a href={render.outputUrl} target="_blank" rel="noreferrer">
												Open video
											</a>
											{render.captionFiles.map((file) => (
												<a key={file.format} href={file.url} download className="caption-file">
													{file.format.toUpperCase()}
												</a>
											))}
										</>
									) : (
										<ReadableError text={render.error} />
									)}
								</td>
								<td>
									{render.status === 'done' ? (
										<a className="button" href={publishHashOf(render.id)} aria-label={`Publish ${render.id}`}>
											Publish
										</a>
									) : null}
									{retryable.has(render.status) ? (
										<button type="button" onClick={() => act(() => client.renders.retry.mutate({ id: render.id }))}>
											Retry
										</button>
									) : null}
									{open.has(render.status) ? (
										<button type="button" onClick={() => act(() => client.renders.cancel.mutate({ id: render.id }))}>
											Cancel
										</button>
									) : null}
									{render.transcriptId ? (
										<button type="button" aria-expanded={editing === render.id} onClick={() => setEditing(editing === render.id ? null : render.id)}>
											Captions
										</button>
									) : null}
								</td>
							</tr>
							{editing === render.id && render.transcriptId ? (
								<tr>
									<td colSpan={7}>
										<TranscriptEditor transcriptId={render.transcriptId} />
									</td>
								</tr>
							) : null}
						</Fragment>
					))}
				</tbody>
			</table>
		</section>
	);
};

import { useState } from 'react';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';
import { ProgressBar } from '../components/progress-bar.js';
import { RenderOutcome } from '../renders/render-outcome.js';
import { useRenderProgress } from '../renders/use-render-progress.js';

const scales = [
	{ value: 0.25, label: 'Draft (¼ size)' },
	{ value: 0.5, label: 'Half size' },
	{ value: 1, label: 'Full HD' },
];

/** Submits the current props as a render and follows it over SSE to the finished video. */
export const RenderPanel = ({ template, props, disabled }: { template: string; props: Record<string, unknown>; disabled: boolean }) => {
	const { client } = useStudio();
	const [scale, setScale] = useState(0.5);
	const [renderId, setRenderId] = useState<string | null>(null);
	const [submitting, setSubmitting] = useState(false);
	const [submitError, setSubmitError] = useState<unknown>(null);
	const { render, error } = useRenderProgress(renderId);

	const submit = async () => {
		setSubmitting(true);
		setSubmitError(null);
		try {
			const created = await client.renders.create.mutate({ template, props, output: { scale } });
			setRenderId(created.id);
		} catch (caught) {
			setSubmitError(caught);
		} finally {
			setSubmitting(false);
		}
	};

	return (
		<section className="render-panel" aria-label="Render">
			<div className="row">
				<label htmlFor="render-scale">Size</label>
				<select id="render-scale" value={scale} onChange={(event) => setScale(Number(event.target.value))}>
					{scales.map((option) => (
						<option key={option.value} value={option.value}>
							{option.label}
						</option>
					))}
				</select>
				<button type="button" className="primary" onClick={submit} disabled={disabled || submitting}>
					{submitting ? 'Submitting…' : 'Render'}
				</button>
			</div>
			{disabled ? <p className="muted">Fix the fields marked in red to render.</p> : null}
			{submitError ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(submitError)}
				</p>
			) : null}
			{renderId ? (
				<div className="render-status" aria-live="polite">
					<p>
						Render <code>{renderId}</code>: <strong data-testid="render-status">{render?.status ?? 'queued'}</strong>
					</p>
					<ProgressBar value={render?.progress ?? 0} label="Render progress" />
					{error ? <p className="error-notice">Lost the progress feed: {errorMessageOf(error)}</p> : null}
					{render ? <RenderOutcome render={render} /> : null}
				</div>
			) : null}
		</section>
	);
};

import type { RenderView } from '../../../server/renders/render-view.js';
import { publishHashOf } from '../use-hash-route.js';

/** The finished video, playable, downloadable and publishable, or why there is none. */
export const RenderOutcome = ({ render }: { render: RenderView }) => {
	if (render.status === 'done' && render.outputUrl) {
		return (
			<div className="render-outcome">
				{/* biome-ignore lint/a11y/useMediaCaption: renders have no caption track; their captions are burnt in */}
				<video className="render-video" controls src={render.outputUrl} aria-label={`Render ${render.id}`} />
				<a className="button" href={render.outputUrl} download={`${render.template}-${render.id}.mp4`}>
					Download MP4
				</a>
				<a className="button" href={publishHashOf(render.id)}>
					Publish
				</a>
			</div>
		);
	}
	if (render.status === 'failed')
		return (
			<p role="alert" className="error-notice">
				Render failed: {render.error ?? 'no reason given'}
			</p>
		);
	if (render.status === 'cancelled') return <p className="muted">Render cancelled.</p>;
	return null;
};

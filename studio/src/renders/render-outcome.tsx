import { type OutputFormat, outputFormats } from '../../../core/delivery/output-formats.js';
import type { RenderView } from '../../../server/renders/render-view.js';
import { publishHashOf } from '../use-hash-route.js';
import { DeliveryReport } from './delivery-report.js';

// The delivered container (mp4, webm, mov, gif), from the delivery report; mp4 for renders made before it existed.
const extensionOf = (render: RenderView): string => outputFormats[(render.delivery?.format ?? 'mp4-h264') as OutputFormat]?.extension ?? 'mp4';

/** The finished video, playable, downloadable and publishable, or why there is none. */
export const RenderOutcome = ({ render }: { render: RenderView }) => {
	const vtt = render.captionFiles.find((file) => file.format === 'vtt');
	if (render.status === 'done' && render.outputUrl) {
		return (
			<div className="render-outcome">
				{/* biome-ignore lint/a11y/useMediaCaption: a render without captions has no track (captions that are there are burnt in too) */}
				<video className="render-video" controls src={render.outputUrl} aria-label={`Render ${render.id}`}>
					{vtt ? <track kind="captions" src={vtt.url} srcLang={vtt.language ?? undefined} label="Captions" /> : null}
				</video>
				<a className="button" href={render.outputUrl} download={`${render.template}-${render.id}.${extensionOf(render)}`}>
					Download {extensionOf(render).toUpperCase()}
				</a>
				<a className="button" href={publishHashOf(render.id)}>
					Publish
				</a>
				<DeliveryReport render={render} />
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

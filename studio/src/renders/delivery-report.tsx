import type { RenderView } from '../../../server/renders/render-view.js';

const number = (value: number | null | undefined, unit: string, digits = 1) =>
	value === null || value === undefined ? '–' : `${value.toFixed(digits)} ${unit}`;
const kbps = (bits: number | null | undefined) => (bits ? `${Math.round(bits / 1000)} kbps` : '–');

/** What was measured on the delivered file (renders.get's `delivery`): codecs, colour, GOP, A/V offset, loudness; and every file it delivered. */
export const DeliveryReport = ({ render }: { render: RenderView }) => {
	const report = render.delivery;
	if (!report) return null;
	const { video, audio, sync, loudness } = report;
	const rows: [string, string][] = [
		['Format', `${report.format} (${report.container}), ${number(report.durationSeconds, 's', 2)}, ${kbps(report.bitrate)}`],
		...(video
			? ([
					[
						'Video',
						`${video.codec} ${video.profile ?? ''}, ${video.pixelFormat ?? '?'}, ${video.width}x${video.height} at ${video.fps.toFixed(2)} fps, ${kbps(video.bitrate)}`,
					],
					[
						'Colour',
						`${video.colorSpace ?? 'untagged'} / ${video.colorTransfer ?? 'untagged'} / ${video.colorPrimaries ?? 'untagged'}, ${video.colorRange === 'tv' ? 'limited' : (video.colorRange ?? 'unknown')} range`,
					],
					['GOP', `${video.gop.keyframes} keyframes, at most ${video.gop.maxFrames ?? video.frames ?? '?'} frames apart`],
				] as [string, string][])
			: []),
		...(audio
			? ([['Audio', `${audio.codec} ${audio.profile ?? ''}, ${audio.sampleRate} Hz, ${audio.channels} ch, ${kbps(audio.bitrate)}`]] as [string, string][])
			: []),
		...(sync ? ([['A/V offset', `${number(sync.avOffsetMs, 'ms', 2)} (encoder delay: ${sync.delayHandling})`]] as [string, string][]) : []),
		...(loudness
			? ([
					[
						'Loudness',
						`${number(loudness.integratedLufs, 'LUFS')}, true peak ${number(loudness.truePeakDbtp, 'dBTP')}${loudness.targetLufs === null ? ' (not normalised)' : ` (target ${loudness.targetLufs} LUFS, ${loudness.truePeakLimitDbtp} dBTP)`}`,
					],
				] as [string, string][])
			: []),
	];
	return (
		<details className="delivery-report">
			<summary>Delivered file</summary>
			<dl className="data-list" aria-label="Delivery report">
				{rows.map(([term, value]) => (
					<div key={term}>
						<dt>{term}</dt>
						<dd>{value}</dd>
					</div>
				))}
			</dl>
			{render.outputs.length > 1 ? (
				<ul aria-label="Delivered files">
					{render.outputs.map((output) => (
						<li key={output.url}>
							<a href={output.url} download>
								{output.kind} ({output.contentType}, {Math.round(output.sizeBytes / 1024)} KB)
							</a>
						</li>
					))}
				</ul>
			) : null}
		</details>
	);
};

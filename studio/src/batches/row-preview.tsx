import { useMemo } from 'react';
import type { VideoFormat } from '../../../compositions/shared/video-format.js';
import type { TemplateId } from '../../../compositions/templates.js';
import { expandBatchRows } from '../../../core/batches/expand-batch-rows.js';
import { PreviewPlayer } from '../preview/preview-player.js';
import { templateCompositions } from '../preview/template-compositions.js';
import { usePlayableProps } from '../preview/use-playable-props.js';

/** One CSV row in the Player, merged over the base props exactly as the server will (core/batches/expand-batch-rows.ts). */
export const RowPreview = ({
	template,
	baseProps,
	row,
	rowNumber,
	mapping,
}: {
	template: TemplateId;
	baseProps: Record<string, unknown>;
	row: Record<string, string>;
	rowNumber: number;
	mapping: Record<string, string>;
}) => {
	const expanded = useMemo(
		() => expandBatchRows({ template, baseProps, rows: [row], mapping, textValues: true, variants: null, narrationColumn: null }),
		[template, baseProps, row, mapping],
	);
	const props = expanded.rows[0]?.props;
	const playable = usePlayableProps(props ?? null);
	const composition = templateCompositions[template];
	return (
		<section className="row-preview" aria-label={`Preview of row ${rowNumber}`}>
			<h2>Row {rowNumber}</h2>
			{props && playable ? (
				<PreviewPlayer
					composition={composition}
					inputProps={playable ?? {}}
					metadata={composition.metadataOf(props)}
					format={(props.format ?? '9:16') as VideoFormat}
					onFormatChange={() => {}}
				/>
			) : (
				<p className="error-notice">This row does not validate yet: {expanded.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}</p>
			)}
		</section>
	);
};

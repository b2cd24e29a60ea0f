import { useMemo, useState } from 'react';
import type { VideoFormat } from '../../../compositions/shared/video-format.js';
import { findTemplate, sampleProps, type TemplateId } from '../../../compositions/templates.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';
import { type JsonSchema, objectFields } from '../editor/fields-from-json-schema.js';
import { issuesByPath } from '../editor/issues-by-path.js';
import { RenderPanel } from '../editor/render-panel.js';
import { SchemaForm } from '../editor/schema-form.js';
import { setValueAt } from '../editor/set-value-at.js';
import { useMediaOptions } from '../editor/use-media-options.js';
import { VoiceoverPanel } from '../editor/voiceover-panel.js';
import { PreviewPlayer } from '../preview/preview-player.js';
import { templateCompositions } from '../preview/template-compositions.js';
import { usePlayableProps } from '../preview/use-playable-props.js';

/** The form on the left, the Player on the right; the Player shows the last props that passed the template's schema. */
export const EditorPage = ({ templateId }: { templateId: string }) => {
	const { client } = useStudio();
	const template = findTemplate(templateId);
	const described = useApiQuery(() => client.templates.get.query({ id: templateId }), [client, templateId]);
	const [draft, setDraft] = useState<Record<string, unknown>>(() => structuredClone(sampleProps[templateId as TemplateId] ?? {}));
	const [lastValid, setLastValid] = useState<Record<string, unknown> | null>(null);
	const media = useMediaOptions();

	const parsed = useMemo(() => template?.schema.safeParse(draft), [template, draft]);
	const valid = parsed?.success ? (parsed.data as Record<string, unknown>) : lastValid;
	if (parsed?.success && parsed.data !== lastValid) setLastValid(parsed.data as Record<string, unknown>);
	const issues = useMemo(() => (parsed && !parsed.success ? issuesByPath(parsed.error.issues) : {}), [parsed]);
	const fields = useMemo(() => (described.data ? objectFields(described.data.propsJsonSchema as JsonSchema) : []), [described.data]);
	const composition = templateCompositions[templateId as TemplateId];
	const playable = usePlayableProps(valid);

	if (!template || !composition) return <ErrorNotice error={new Error(`No template '${templateId}'`)} />;
	const change = (path: readonly (string | number)[], value: unknown) => setDraft((current) => setValueAt(current, path, value) as Record<string, unknown>);
	const format = (valid?.format ?? '9:16') as VideoFormat;

	return (
		<div className="editor">
			<section className="editor-form" aria-label="Props">
				<h1>{template.title}</h1>
				<p className="muted">{template.description}</p>
				{media.clipsError ? <p className="muted">The clip library could not be listed; sample media only.</p> : null}
				{described.error ? <ErrorNotice error={described.error} retry={described.reload} /> : null}
				{described.loading && !described.data ? <Loading what="the template's fields" /> : null}
				{Object.keys(issues).length > 0 ? (
					<p className="error-notice" role="status">
						{Object.keys(issues).length} field(s) need attention; the preview shows the last valid props.
					</p>
				) : null}
				<VoiceoverPanel
					onUse={(voiceover, words) =>
						setDraft((current) => {
							const withVoice = setValueAt(current, ['voiceover'], voiceover);
							return setValueAt(withVoice, ['captions', 'words'], words) as Record<string, unknown>;
						})
					}
				/>
				<SchemaForm fields={fields} value={draft} context={{ issues, onChange: change, mediaOptions: media.options }} />
			</section>
			<div className="editor-side">
				{playable && valid ? (
					<PreviewPlayer
						composition={composition}
						inputProps={playable}
						metadata={composition.metadataOf(valid)}
						format={format}
						onFormatChange={(next) => change(['format'], next)}
					/>
				) : (
					<p className="muted">The sample props do not validate; fill in the form to see a preview.</p>
				)}
				<RenderPanel template={templateId} props={draft} disabled={!parsed?.success} />
			</div>
		</div>
	);
};

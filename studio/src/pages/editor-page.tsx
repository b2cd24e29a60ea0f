import type { PlayerRef } from '@remotion/player';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ScheduledInterrupt } from '../../../compositions/interrupts/interrupt-schema.js';
import type { VideoFormat } from '../../../compositions/shared/video-format.js';
import { findTemplate, sampleProps, type TemplateId } from '../../../compositions/templates.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';
import { type JsonSchema, objectFields } from '../editor/fields-from-json-schema.js';
import { formSectionsOf } from '../editor/form-sections-of.js';
import { issuesByPath } from '../editor/issues-by-path.js';
import { RenderPanel } from '../editor/render-panel.js';
import { SectionedSchemaForm } from '../editor/schema-form.js';
import { setValueAt, valueAt } from '../editor/set-value-at.js';
import { useMediaOptions } from '../editor/use-media-options.js';
import { useUndoable } from '../editor/use-undoable.js';
import { VoiceoverPanel } from '../editor/voiceover-panel.js';
import { PreviewPlayer } from '../preview/preview-player.js';
import { templateCompositions } from '../preview/template-compositions.js';
import { usePlayableProps } from '../preview/use-playable-props.js';
import { moveInterrupt } from '../timeline/move-interrupt.js';
import { moveWord } from '../timeline/move-word.js';
import { timelineItemsOf } from '../timeline/timeline-items-of.js';
import { TimelineStrip } from '../timeline/timeline-strip.js';

type Props = Record<string, unknown>;
const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);

/**
 * The Player and the timeline first, then the form in the order a creator edits it; the Player shows the last props
 * that passed the template's schema. Every change (a field, a dragged word, a moved interrupt) can be undone.
 */
export const EditorPage = ({ templateId }: { templateId: string }) => {
	const { client } = useStudio();
	const template = findTemplate(templateId);
	const described = useApiQuery(() => client.templates.get.query({ id: templateId }), [client, templateId]);
	const history = useUndoable<Props>(() => structuredClone(sampleProps[templateId as TemplateId] ?? {}));
	const draft = history.value;
	const [lastValid, setLastValid] = useState<Props | null>(null);
	const media = useMediaOptions();
	const player = useRef<PlayerRef | null>(null);

	const parsed = useMemo(() => template?.schema.safeParse(draft), [template, draft]);
	const valid = parsed?.success ? (parsed.data as Props) : lastValid;
	if (parsed?.success && parsed.data !== lastValid) setLastValid(parsed.data as Props);
	const issues = useMemo(() => (parsed && !parsed.success ? issuesByPath(parsed.error.issues) : {}), [parsed]);
	const sections = useMemo(() => (described.data ? formSectionsOf(objectFields(described.data.propsJsonSchema as JsonSchema)) : []), [described.data]);
	const composition = templateCompositions[templateId as TemplateId];
	const playable = usePlayableProps(valid);
	const metadata = useMemo(() => (valid && composition ? composition.metadataOf(valid) : null), [valid, composition]);
	const timeline = useMemo(() => (valid && metadata ? timelineItemsOf(valid, metadata) : null), [valid, metadata]);

	const { undo, redo } = history;
	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (!(event.metaKey || event.ctrlKey) || isTyping(event.target)) return;
			const key = event.key.toLowerCase();
			if (key === 'z' && !event.shiftKey) undo();
			else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
			else return;
			event.preventDefault();
		};
		window.addEventListener('keydown', onKey);
		return () => window.removeEventListener('keydown', onKey);
	}, [undo, redo]);

	if (!template || !composition) return <ErrorNotice error={new Error(`No template '${templateId}'`)} />;
	const change = (path: readonly (string | number)[], value: unknown) => history.update((current) => setValueAt(current, path, value) as Props);
	const format = (valid?.format ?? '9:16') as VideoFormat;
	const seek = (ms: number) => {
		if (!metadata) return;
		player.current?.pause();
		player.current?.seekTo(Math.max(0, Math.min(metadata.durationInFrames - 1, Math.round((ms / 1000) * metadata.fps))));
	};
	const onMoveWord = (index: number, deltaMs: number) => {
		const word = valueAt(draft, ['captions', 'words', index]) as { startMs: number; endMs: number } | undefined;
		if (word && timeline) change(['captions', 'words', index], moveWord(word, deltaMs, timeline.durationMs));
	};
	const onMoveInterrupt = (index: number, atMs: number) => {
		if (!timeline || !valid) return;
		const scheduled: ScheduledInterrupt[] = timeline.interrupts.map((item) => item.interrupt);
		change(['interrupts'], moveInterrupt((draft.interrupts ?? {}) as Props, scheduled, index, atMs));
	};
	const voiceover = (draft.voiceover as { src?: string } | undefined)?.src ?? null;

	return (
		<div className="editor">
			<div className="editor-side">
				<div className="editor-title">
					<h1>{template.title}</h1>
					<div className="undo-buttons">
						<button type="button" onClick={history.undo} disabled={!history.canUndo} title="Undo (Ctrl+Z)">
							Undo
						</button>
						<button type="button" onClick={history.redo} disabled={!history.canRedo} title="Redo (Ctrl+Shift+Z)">
							Redo
						</button>
					</div>
				</div>
				{playable && valid && metadata ? (
					<PreviewPlayer
						composition={composition}
						inputProps={playable}
						metadata={metadata}
						format={format}
						onFormatChange={(next) => change(['format'], next)}
						playerRef={player}
						shortcuts
						below={(frame) =>
							timeline ? (
								<TimelineStrip
									items={timeline}
									currentMs={(frame / metadata.fps) * 1000}
									onSeek={seek}
									onMoveWord={onMoveWord}
									onMoveInterrupt={onMoveInterrupt}
								/>
							) : null
						}
					/>
				) : (
					<p className="muted">The sample props do not validate; fill in the form to see a preview.</p>
				)}
				<RenderPanel template={templateId} props={draft} disabled={!parsed?.success} />
			</div>
			<section className="editor-form" aria-label="Props">
				<p className="muted">{template.description}</p>
				{media.clipsError ? <p className="muted">The clip library could not be listed; sample media only.</p> : null}
				{described.error ? <ErrorNotice error={described.error} retry={described.reload} /> : null}
				{described.loading && !described.data ? <Loading what="the template's fields" /> : null}
				{Object.keys(issues).length > 0 ? (
					<p className="error-notice" role="status">
						{Object.keys(issues).length} field(s) need attention; the preview shows the last valid props.
					</p>
				) : null}
				<SectionedSchemaForm
					sections={sections}
					value={draft}
					context={{ issues, onChange: change, mediaOptions: media.options }}
					slots={{
						sound: (
							<VoiceoverPanel
								current={voiceover}
								onRemove={() => change(['voiceover'], undefined)}
								onUse={(spoken, words) =>
									history.update((current) => setValueAt(setValueAt(current, ['voiceover'], spoken), ['captions', 'words'], words) as Props)
								}
							/>
						),
					}}
				/>
			</section>
		</div>
	);
};

import { useState } from 'react';
import { errorMessageOf } from '../api/error-message-of.js';
import type { RouterOutputs } from '../api/router-outputs.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';

type Transcript = RouterOutputs['transcripts']['get'];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The words of a render's transcript, each editable in place: a fix keeps the word's timing (the API never changes it),
 * and every render that uses the transcript from then on shows it. Only changed words are sent.
 */
export const TranscriptEditor = ({ transcriptId }: { transcriptId: string }) => {
	const { client } = useStudio();
	const transcript = useApiQuery(() => client.transcripts.get.query({ id: transcriptId }), [client, transcriptId]);
	const [drafts, setDrafts] = useState<Record<number, string>>({});
	const [status, setStatus] = useState<{ saved?: Transcript; error?: unknown }>({});
	const words = status.saved?.words ?? transcript.data?.words ?? [];
	const changed = Object.entries(drafts).filter(([index, text]) => text.trim() !== '' && text.trim() !== words[Number(index)]?.text);

	const save = async () => {
		try {
			const saved = await client.transcripts.editWords.mutate({
				id: transcriptId,
				edits: changed.map(([index, text]) => ({ index: Number(index), text: text.trim() })),
			});
			setDrafts({});
			setStatus({ saved });
		} catch (error) {
			setStatus({ error });
		}
	};

	if (transcript.error) return <ErrorNotice error={transcript.error} retry={transcript.reload} />;
	if (!transcript.data) return <Loading what="transcript" />;
	return (
		<form
			className="transcript-editor"
			aria-label={`Transcript ${transcriptId}`}
			onSubmit={(event) => {
				event.preventDefault();
				void save();
			}}
		>
			<p className="muted">
				{transcript.data.provider} ({transcript.data.model}), {transcript.data.language ?? 'language unknown'}, {words.length} words
				{(status.saved?.edited ?? transcript.data.edited) ? ', edited' : ''}
				{transcript.data.note ? `: ${transcript.data.note}` : ''}
			</p>
			<ol className="transcript-words">
				{words.map((word, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: a transcript's words never reorder; an edit changes a word in place
					<li key={index}>
						<label>
							<span className="muted">{seconds(word.startMs)}</span>
							<input
								aria-label={`Word ${index + 1} at ${seconds(word.startMs)}`}
								value={drafts[index] ?? word.text}
								maxLength={64}
								onChange={(event) => setDrafts((previous) => ({ ...previous, [index]: event.target.value }))}
							/>
						</label>
					</li>
				))}
			</ol>
			<button type="submit" disabled={changed.length === 0}>
				Save {changed.length > 0 ? `${changed.length} fixed word${changed.length === 1 ? '' : 's'}` : 'fixes'}
			</button>
			{status.saved && changed.length === 0 ? <span role="status">Saved: renders using this transcript show the fixes.</span> : null}
			{status.error ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(status.error)}
				</p>
			) : null}
		</form>
	);
};

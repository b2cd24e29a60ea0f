import { useState } from 'react';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';

type Voiceover = { src: string; audioUrl: string; durationMs: number; words: { text: string; startMs: number; endMs: number }[] };

/**
 * The one voiceover control: speaks a narration with the server's voice, plays it here, and can put it (and its word
 * timings) into the props; shows the voiceover the props have and removes it.
 */
export const VoiceoverPanel = ({
	current,
	onUse,
	onRemove,
}: {
	current: string | null;
	onUse: (voiceover: { src: string; durationInSeconds: number }, words: Voiceover['words']) => void;
	onRemove: () => void;
}) => {
	const { client } = useStudio();
	const [text, setText] = useState('');
	const [voiceover, setVoiceover] = useState<Voiceover | null>(null);
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<unknown>(null);

	const preview = async () => {
		setBusy(true);
		setError(null);
		try {
			setVoiceover(await client.voiceovers.preview.mutate({ narration: { text } }));
		} catch (caught) {
			setError(caught);
		} finally {
			setBusy(false);
		}
	};

	return (
		<details className="voiceover-panel">
			<summary>Voiceover{current ? ': in use' : ''}</summary>
			{current ? (
				<p className="row">
					<span className="muted">
						Using <code>{current.replace(/^storage:/, '')}</code>
					</span>
					<button type="button" onClick={onRemove}>
						Remove voiceover
					</button>
				</p>
			) : null}
			<label htmlFor="narration-text">Narration (mark *emphasis* with stars)</label>
			<textarea id="narration-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} />
			<button type="button" onClick={preview} disabled={busy || text.trim() === ''}>
				{busy ? 'Speaking…' : 'Preview voice'}
			</button>
			{error ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(error)}
				</p>
			) : null}
			{voiceover ? (
				<div className="row">
					{/* biome-ignore lint/a11y/useMediaCaption: the words are shown as the video's captions */}
					<audio controls src={voiceover.audioUrl} />
					<button
						type="button"
						onClick={() =>
							onUse(
								{ src: voiceover.src, durationInSeconds: voiceover.durationMs / 1000 },
								voiceover.words.map(({ text: word, startMs, endMs }) => ({ text: word, startMs, endMs })),
							)
						}
					>
						Use as voiceover and captions
					</button>
				</div>
			) : null}
		</details>
	);
};

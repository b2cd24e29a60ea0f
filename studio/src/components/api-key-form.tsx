import { useState } from 'react';
import { useStudio } from '../api/studio-context.js';

/** The API key, entered once and kept in this browser; not needed on a loopback server unless REQUIRE_API_KEY is set. */
export const ApiKeyForm = () => {
	const { apiKey, setApiKey } = useStudio();
	const [draft, setDraft] = useState('');
	if (apiKey) {
		return (
			<div className="api-key">
				<span>API key …{apiKey.slice(-4)}</span>
				<button type="button" onClick={() => setApiKey(null)}>
					Forget key
				</button>
			</div>
		);
	}
	return (
		<form
			className="api-key"
			onSubmit={(event) => {
				event.preventDefault();
				if (draft.trim()) setApiKey(draft.trim());
			}}
		>
			<label htmlFor="api-key-input">API key</label>
			<input id="api-key-input" type="password" autoComplete="off" placeholder="rf_…" value={draft} onChange={(event) => setDraft(event.target.value)} />
			<button type="submit">Save</button>
		</form>
	);
};

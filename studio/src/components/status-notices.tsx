import { errorMessageOf } from '../api/error-message-of.js';

export const Loading = ({ what }: { what: string }) => (
	<p className="loading" role="status" aria-live="polite">
		Loading {what}…
	</p>
);

export const ErrorNotice = ({ error, retry }: { error: unknown; retry?: () => void }) => (
	<div className="error-notice" role="alert">
		<span>{errorMessageOf(error)}</span>
		{retry ? (
			<button type="button" onClick={retry}>
				Try again
			</button>
		) : null}
	</div>
);

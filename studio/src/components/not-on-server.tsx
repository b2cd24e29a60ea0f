import { isNotOnServer } from '../api/error-message-of.js';
import { ErrorNotice } from './status-notices.js';

/** "Not available on this server" when the procedure does not exist there yet; the error in words otherwise. */
export const ApiProblem = ({ error, what, retry }: { error: unknown; what: string; retry?: () => void }) =>
	isNotOnServer(error) ? (
		<p className="muted" role="status">
			{what} is not available on this server yet.
		</p>
	) : (
		<ErrorNotice error={error} retry={retry} />
	);

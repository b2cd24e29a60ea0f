import { publishHashOf } from '../use-hash-route.js';

/** What the OAuth callback said when it sent the browser back here (`connected=youtube&account=…` or `error=…`). */
export const OAuthCallbackNotice = ({ params }: { params: Record<string, string> }) => {
	const dismiss = () => window.location.assign(params.render ? publishHashOf(params.render) : '#/publish');
	if (params.error) {
		return (
			<div className="error-notice" role="alert">
				<span>
					Connecting {params.provider ?? 'the account'} failed: {params.error}
				</span>
				<button type="button" onClick={dismiss}>
					Dismiss
				</button>
			</div>
		);
	}
	if (params.connected) {
		return (
			<div className="ok-notice" role="status">
				<span>
					Connected a {params.connected} account{params.account ? ` (${params.account})` : ''}.
				</span>
				<button type="button" onClick={dismiss}>
					Dismiss
				</button>
			</div>
		);
	}
	return null;
};

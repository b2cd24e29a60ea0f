import { useState } from 'react';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ApiProblem } from '../components/not-on-server.js';
import { Loading } from '../components/status-notices.js';

type Account = { id: string; provider?: string; displayName?: string; handle?: string | null; connectedAt?: string };

/** Connected YouTube channels and TikTok accounts: connect one (the provider's consent page), disconnect one. */
export const AccountsSection = () => {
	const { untyped } = useStudio();
	const accounts = useApiQuery(() => untyped.query('accounts.list') as Promise<Account[]>, [untyped]);
	const [problem, setProblem] = useState<unknown>(null);
	const act = async (action: () => Promise<void>) => {
		setProblem(null);
		try {
			await action();
		} catch (error) {
			setProblem(error);
		}
	};
	const connect = (provider: 'youtube' | 'tiktok') =>
		act(async () => {
			const { url } = (await untyped.mutation('accounts.connectUrl', { provider })) as { url: string };
			window.location.assign(url);
		});
	return (
		<section aria-labelledby="accounts-title">
			<h2 id="accounts-title">Accounts</h2>
			{accounts.error ? <ApiProblem error={accounts.error} what="Publishing" retry={accounts.reload} /> : null}
			{accounts.loading && !accounts.data ? <Loading what="accounts" /> : null}
			{accounts.data ? (
				<>
					{accounts.data.length === 0 ? <p className="muted">No accounts connected.</p> : null}
					<ul>
						{accounts.data.map((account) => (
							<li key={account.id} className="row">
								<strong>{account.displayName ?? account.id}</strong>
								<span className="muted">
									{account.provider} {account.handle ?? ''} · id <code>{account.id}</code>
								</span>
								<button
									type="button"
									onClick={() =>
										act(async () => {
											await untyped.mutation('accounts.disconnect', { id: account.id });
											accounts.reload();
										})
									}
								>
									Disconnect
								</button>
							</li>
						))}
					</ul>
					<div className="row">
						<button type="button" onClick={() => connect('youtube')}>
							Connect YouTube
						</button>
						<button type="button" onClick={() => connect('tiktok')}>
							Connect TikTok
						</button>
					</div>
				</>
			) : null}
			{problem ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(problem)}
				</p>
			) : null}
		</section>
	);
};

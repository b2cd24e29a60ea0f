import { useState } from 'react';
import { targetNameOf } from '../../../core/publishing/target-name-of.js';
import { errorMessageOf } from '../api/error-message-of.js';
import type { RouterOutputs } from '../api/router-outputs.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { ErrorNotice, Loading } from '../components/status-notices.js';

type Provider = RouterOutputs['accounts']['providers']['items'][number]['provider'];

const expiryText = (expiresAt: string | null) => (expiresAt ? `token until ${new Date(expiresAt).toLocaleString()} (refreshed as needed)` : 'no expiry');

/** Which platforms this server can connect, the connected accounts with their scopes, and connecting or disconnecting one. */
export const AccountsSection = () => {
	const { client } = useStudio();
	const providers = useApiQuery(() => client.accounts.providers.query().then((page) => page.items), [client]);
	const accounts = useApiQuery(() => client.accounts.list.query().then((page) => page.items), [client]);
	const [problem, setProblem] = useState<unknown>(null);
	const [busy, setBusy] = useState(false);
	const act = async (action: () => Promise<void>) => {
		setProblem(null);
		setBusy(true);
		try {
			await action();
		} catch (error) {
			setProblem(error);
		} finally {
			setBusy(false);
		}
	};
	// connectUrl is a mutation: it stores the one-time state the callback checks, so it is asked for on the click, not before.
	const connect = (provider: Provider) =>
		act(async () => {
			const { url } = await client.accounts.connectUrl.mutate({ provider });
			window.location.assign(url);
		});
	const disconnect = (id: string) =>
		act(async () => {
			await client.accounts.disconnect.mutate({ id });
			accounts.reload();
		});
	return (
		<section aria-labelledby="accounts-title">
			<h2 id="accounts-title">Accounts</h2>
			{providers.error ? <ErrorNotice error={providers.error} retry={providers.reload} /> : null}
			{accounts.error ? <ErrorNotice error={accounts.error} retry={accounts.reload} /> : null}
			{accounts.loading && !accounts.data ? <Loading what="accounts" /> : null}
			{accounts.data?.length === 0 ? <p className="muted">No accounts connected. Webhook and S3 targets need none.</p> : null}
			{accounts.data && accounts.data.length > 0 ? (
				<table className="table" aria-label="Connected accounts">
					<thead>
						<tr>
							<th scope="col">Account</th>
							<th scope="col">Platform</th>
							<th scope="col">Scopes</th>
							<th scope="col">Access</th>
							<th scope="col">Actions</th>
						</tr>
					</thead>
					<tbody>
						{accounts.data.map((account) => (
							<tr key={account.id}>
								<td>
									<strong>{account.displayName}</strong> {account.handle ? <span className="muted">@{account.handle}</span> : null}
									<br />
									<code>{account.id}</code>
								</td>
								<td>{targetNameOf(account.provider)}</td>
								<td>{account.scopes.length > 0 ? account.scopes.join(', ') : <span className="muted">none reported</span>}</td>
								<td>{expiryText(account.expiresAt)}</td>
								<td>
									<button type="button" disabled={busy} onClick={() => disconnect(account.id)} aria-label={`Disconnect ${account.displayName}`}>
										Disconnect
									</button>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			) : null}
			{providers.data ? (
				<ul className="provider-list">
					{providers.data.map(({ provider, configured }) => (
						<li key={provider} className="row">
							<button type="button" disabled={!configured || busy} onClick={() => connect(provider)}>
								Connect {targetNameOf(provider)}
							</button>
							{configured ? null : <span className="muted">Not configured on this server (its app credentials are not set).</span>}
						</li>
					))}
				</ul>
			) : null}
			{problem ? (
				<p role="alert" className="error-notice">
					{errorMessageOf(problem)}
				</p>
			) : null}
		</section>
	);
};

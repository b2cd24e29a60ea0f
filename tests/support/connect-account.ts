import type { ApiClient } from '../../client/create-api-client.js';
import type { AccountView } from '../../server/publishing/account-view.js';

/**
 * The whole OAuth dance as a browser does it: ask the API for the consent URL, open it (the fake provider consents at
 * once and redirects), and follow the redirect to the API's callback, asking for JSON.
 */
export const connectAccount = async (client: ApiClient, provider: 'youtube' | 'tiktok'): Promise<{ account: AccountView; callbackUrl: string }> => {
	const { url } = await client.accounts.connectUrl.mutate({ provider });
	const consent = await fetch(url, { redirect: 'manual' });
	const callbackUrl = consent.headers.get('location');
	if (consent.status !== 302 || !callbackUrl) throw new Error(`consent page answered ${consent.status}: ${await consent.text()}`);
	const callback = await fetch(callbackUrl, { headers: { accept: 'application/json' } });
	const body = (await callback.json()) as { account?: AccountView; error?: { message: string } };
	if (!body.account) throw new Error(`callback answered ${callback.status}: ${body.error?.message}`);
	return { account: body.account, callbackUrl };
};

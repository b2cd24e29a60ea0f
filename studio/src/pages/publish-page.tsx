import { useState } from 'react';
import { AccountsSection } from '../publishing/accounts-section.js';
import { OAuthCallbackNotice } from '../publishing/oauth-callback-notice.js';
import { PublicationsSection } from '../publishing/publications-section.js';
import { PublishForm } from '../publishing/publish-form.js';
import { RenderPicker } from '../publishing/render-picker.js';

/** Accounts, publishing a finished render to a target, and that render's publications with retry. */
export const PublishPage = ({ params }: { params: Record<string, string> }) => {
	const renderId = params.render ?? '';
	const [generation, setGeneration] = useState(0);
	return (
		<section aria-labelledby="publish-title">
			<h1 id="publish-title">Publish</h1>
			<OAuthCallbackNotice params={params} />
			<AccountsSection />
			<section aria-labelledby="publish-form-title">
				<h2 id="publish-form-title">Publish a render</h2>
				<RenderPicker renderId={renderId} />
				{renderId ? (
					// Keyed: another render starts from a fresh form and result.
					<PublishForm key={renderId} renderId={renderId} onCreated={() => setGeneration((value) => value + 1)} />
				) : (
					<p className="muted">Pick a finished render to publish it.</p>
				)}
			</section>
			<PublicationsSection renderId={renderId || null} generation={generation} />
		</section>
	);
};

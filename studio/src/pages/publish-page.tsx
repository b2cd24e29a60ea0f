import { useMemo, useState } from 'react';
import { z } from 'zod';
import { publicationTargetSchema } from '../../../core/publishing/publish-contract.js';
import { errorMessageOf } from '../api/error-message-of.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { type JsonSchema, objectFields } from '../editor/fields-from-json-schema.js';
import { issuesByPath } from '../editor/issues-by-path.js';
import { SchemaForm } from '../editor/schema-form.js';
import { setValueAt } from '../editor/set-value-at.js';
import { AccountsSection } from '../publishing/accounts-section.js';
import { PublicationsSection } from '../publishing/publications-section.js';

/** The target form comes from the same zod schema the API validates with (a tagged union: YouTube, TikTok, webhook, S3). */
const targetFields = objectFields({
	type: 'object',
	properties: { target: z.toJSONSchema(publicationTargetSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema },
	required: ['target'],
});

/** Accounts, publishing a finished render to a target, and every publication with retry. */
export const PublishPage = () => {
	const { client, untyped } = useStudio();
	const doneRenders = useApiQuery(() => client.renders.list.query({ status: 'done', limit: 50 }), [client]);
	const [renderId, setRenderId] = useState('');
	const [draft, setDraft] = useState<Record<string, unknown>>({ target: { kind: 'webhook', url: '' } });
	const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
	const [generation, setGeneration] = useState(0);
	const parsed = useMemo(() => publicationTargetSchema.safeParse(draft.target), [draft]);
	const issues = parsed.success ? {} : issuesByPath(parsed.error.issues.map((issue) => ({ ...issue, path: ['target', ...issue.path] })));

	const publish = async () => {
		setResult(null);
		try {
			await untyped.mutation('publications.create', { renderId, target: draft.target });
			setResult({ ok: true, text: 'Publication queued.' });
			setGeneration((value) => value + 1);
		} catch (error) {
			setResult({ ok: false, text: errorMessageOf(error) });
		}
	};

	return (
		<section aria-labelledby="publish-title">
			<h1 id="publish-title">Publish</h1>
			<AccountsSection />
			<section aria-labelledby="publish-form-title" className="publish-form">
				<h2 id="publish-form-title">Publish a render</h2>
				<div className="row">
					<label htmlFor="publish-render">Render</label>
					<select id="publish-render" value={renderId} onChange={(event) => setRenderId(event.target.value)}>
						<option value="">Pick a finished render…</option>
						{doneRenders.data?.items.map((render) => (
							<option key={render.id} value={render.id}>
								{render.template} · {render.id} · {new Date(render.createdAt).toLocaleString()}
							</option>
						))}
					</select>
				</div>
				<SchemaForm
					fields={targetFields}
					value={draft}
					context={{ issues, onChange: (path, value) => setDraft((current) => setValueAt(current, path, value) as Record<string, unknown>), mediaOptions: [] }}
				/>
				<button type="button" className="primary" disabled={!renderId || !parsed.success} onClick={publish}>
					Publish
				</button>
				{result ? (
					<p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error-notice'}>
						{result.text}
					</p>
				) : null}
			</section>
			<PublicationsSection generation={generation} />
		</section>
	);
};

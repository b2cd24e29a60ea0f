import { useMemo, useState } from 'react';
import { z } from 'zod';
import { platformProviderSchema, publicationTargetSchema } from '../../../core/publishing/publish-contract.js';
import { errorMessageOf } from '../api/error-message-of.js';
import type { RouterOutputs } from '../api/router-outputs.js';
import { useStudio } from '../api/studio-context.js';
import { useApiQuery } from '../api/use-api-query.js';
import { type JsonSchema, objectFields } from '../editor/fields-from-json-schema.js';
import { issuesByPath } from '../editor/issues-by-path.js';
import { SchemaForm } from '../editor/schema-form.js';
import { setValueAt, type ValuePath } from '../editor/set-value-at.js';

/** The target form comes from the same zod schema the API validates with (a tagged union, one member per target kind). */
const targetFields = objectFields({
	type: 'object',
	properties: { target: z.toJSONSchema(publicationTargetSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema },
	required: ['target'],
});

type Draft = { target: Record<string, unknown> };
type Account = RouterOutputs['accounts']['list']['items'][number];

/** A platform target needs an account: the first connected one of its kind is filled in, which is the usual single-channel case. */
const withDefaultAccount = (draft: Draft, accounts: readonly Account[] | undefined): Draft => {
	const { kind, accountId } = draft.target;
	if (!platformProviderSchema.safeParse(kind).success || accountId) return draft;
	const account = accounts?.find((candidate) => candidate.provider === kind);
	return account ? { target: { ...draft.target, accountId: account.id } } : draft;
};

/** Publishing one done render: a target of any kind, checked as it is typed, then publications.create. */
export const PublishForm = ({ renderId, onCreated }: { renderId: string; onCreated: () => void }) => {
	const { client } = useStudio();
	const accounts = useApiQuery(() => client.accounts.list.query().then((page) => page.items), [client]);
	const [draft, setDraft] = useState<Draft>({ target: { kind: 'webhook', url: '' } });
	const [touched, setTouched] = useState(false);
	const [busy, setBusy] = useState(false);
	const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
	const parsed = useMemo(() => publicationTargetSchema.safeParse(draft.target), [draft]);
	const issues = touched && !parsed.success ? issuesByPath(parsed.error.issues.map((issue) => ({ ...issue, path: ['target', ...issue.path] }))) : {};
	const onChange = (path: ValuePath, value: unknown) => {
		setTouched(true);
		setDraft((current) => withDefaultAccount(setValueAt(current, path, value) as Draft, accounts.data));
	};

	const publish = async () => {
		if (!parsed.success) return;
		setResult(null);
		setBusy(true);
		try {
			const publication = await client.publications.create.mutate({ renderId, target: parsed.data });
			// The same render to the same target answers the publication that exists rather than uploading twice.
			setResult({ ok: true, text: `Publication ${publication.id} is ${publication.status}.` });
			onCreated();
		} catch (error) {
			setResult({ ok: false, text: errorMessageOf(error) });
		} finally {
			setBusy(false);
		}
	};

	return (
		<form
			className="publish-form"
			aria-label="Publish target"
			onSubmit={(event) => {
				event.preventDefault();
				void publish();
			}}
		>
			<SchemaForm fields={targetFields} value={draft} context={{ issues, onChange, mediaOptions: [] }} />
			<button type="submit" className="primary" disabled={busy || !parsed.success}>
				{busy ? 'Publishing…' : 'Publish'}
			</button>
			{result ? (
				<p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error-notice'}>
					{result.text}
				</p>
			) : null}
		</form>
	);
};

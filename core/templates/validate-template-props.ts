import { findTemplate } from '../../compositions/templates.js';

export type PropsIssue = { path: string; message: string };

export type PropsValidation =
	| { ok: true; props: Record<string, unknown> }
	| { ok: false; reason: 'unknown-template' | 'invalid-props'; issues: PropsIssue[]; message: string };

/** Validates props against a template's schema and fills its defaults; issues name the field (`captions.words.0.endMs`). */
export const validateTemplateProps = (templateId: string, props: unknown): PropsValidation => {
	const template = findTemplate(templateId);
	if (!template) {
		const issues = [{ path: 'template', message: `No template ${JSON.stringify(templateId)}` }];
		return { ok: false, reason: 'unknown-template', issues, message: issues[0]?.message ?? '' };
	}
	const parsed = template.schema.safeParse(props);
	if (parsed.success) return { ok: true, props: parsed.data };
	const issues = parsed.error.issues.map((issue) => ({
		path: ['props', ...issue.path].map(String).join('.'),
		message: issue.message,
	}));
	return {
		ok: false,
		reason: 'invalid-props',
		issues,
		message: `Invalid props for ${templateId}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
	};
};

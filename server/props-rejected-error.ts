import type { PropsIssue } from '../core/templates/validate-template-props.js';

/** Carries per-field issues from template validation to the error formatter. */
export class PropsRejectedError extends Error {
	constructor(
		message: string,
		readonly issues: PropsIssue[],
	) {
		super(message);
		this.name = 'PropsRejectedError';
	}
}

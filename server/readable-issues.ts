import type { PropsIssue } from '../core/templates/validate-template-props.js';

/** `"limit": Too big: expected number to be <=100; "id": Invalid input…`: each field and what is wrong with it, on one line. */
export const readableIssues = (issues: readonly PropsIssue[]): string =>
	issues.map((issue) => (issue.path ? `"${issue.path}": ${issue.message}` : issue.message)).join('; ');

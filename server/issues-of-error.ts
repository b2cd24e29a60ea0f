import type { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { PropsIssue } from '../core/templates/validate-template-props.js';
import { PropsRejectedError } from './props-rejected-error.js';

/** The field-by-field issues behind a refused request (`props.captions.words.1.endMs`: …), or null when it has none. */
export const issuesOfError = (error: TRPCError): PropsIssue[] | null =>
	error.cause instanceof ZodError
		? error.cause.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
		: error.cause instanceof PropsRejectedError
			? error.cause.issues
			: null;

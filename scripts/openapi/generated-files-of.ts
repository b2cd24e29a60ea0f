import { staticOpenApiText } from '../../server/openapi/static-openapi-text.js';
import { clientTypesOf } from './client-types-of.js';
import { pythonClientOf } from './python-client-of.js';

/** Every file `npm run openapi` writes, by path from the repository root: the document and what is generated from it. */
export const generatedFilesOf = (document: object): Record<string, string> => {
	const text = staticOpenApiText(document);
	const parsed = JSON.parse(text);
	return {
		'docs/openapi.json': text,
		'client/reelforge-api.ts': clientTypesOf(parsed),
		'client/python/reelforge_client.py': pythonClientOf(parsed),
	};
};

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../core/db/project-root.js';
import { openApiDocument } from '../server/http/openapi-document.js';
import { STATIC_OPENAPI_BASE_URL } from '../server/openapi/static-openapi-text.js';
import { generatedFilesOf } from './openapi/generated-files-of.js';

/**
 * `npm run openapi`: writes docs/openapi.json (the checked-in copy of GET /openapi.json on http://localhost:3000) and
 * the clients generated from it: the TypeScript types of @reelforge/client and the Python client.
 */
const files = Object.entries(generatedFilesOf(openApiDocument(STATIC_OPENAPI_BASE_URL)));
for (const [file, text] of files) {
	writeFileSync(path.join(projectRoot, file), text);
	console.log(`wrote ${file}`);
}
// The JSON in the repository's own format, so `npm run lint` passes on it; the test compares it as JSON.
execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', 'docs/openapi.json'], {
	cwd: projectRoot,
	stdio: 'ignore',
});

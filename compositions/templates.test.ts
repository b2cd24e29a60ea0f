import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { templateIds, templates } from './templates.js';

const compositionsDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(compositionsDir);
const ids = templates.map((template) => template.id);
/** What one place lacks and what it has that the list does not, so a failure names the template. */
const mismatch = (place: readonly string[]) => ({
	missing: ids.filter((id) => !place.includes(id)),
	unknown: place.filter((id) => !(ids as readonly string[]).includes(id)),
});
const agrees = { missing: [], unknown: [] };
const folders = fs.readdirSync(compositionsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
const hasFile = (folder: string, file: string) => fs.existsSync(path.join(compositionsDir, folder, file));

/** Template ids named in the first column of the README's "## Templates" table (`| \`clip-story\`: …`). */
const readmeTemplateIds = (): string[] => {
	const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
	const section = readme.split(/^## /m).find((part) => part.startsWith('Templates\n'));
	if (!section) throw new Error('README.md has no "## Templates" section');
	return [...section.matchAll(/^\|\s*`([a-z0-9-]+)`/gm)].map((match) => match[1] ?? '');
};

/** The templates the golden-still test renders, read from its `cases` (importing it would start a render). */
const goldenCases = (): { name: string; template: string }[] => {
	const source = fs.readFileSync(path.join(repoRoot, 'tests', 'integration', 'template-stills-match-goldens.test.ts'), 'utf8');
	return [...source.matchAll(/\{\s*name:\s*'([^']+)',\s*template:\s*'([^']+)'/g)].map((match) => ({ name: match[1] ?? '', template: match[2] ?? '' }));
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the template list', () => {
	it('has unique ids, each the name of the folder its definition sits in', () => {
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		expect(templateIds).toEqual(ids);
		const withDefinition = folders.filter((entry) => hasFile(entry.name, 'definition.ts')).map((entry) => entry.name);
		// missing: listed, but no folder of that name; unknown: a folder with a definition.ts that templates.ts does not list.
		expect(mismatch(withDefinition)).toEqual(agrees);
	});

	it('lists the very definition each template folder exports', async () => {
		for (const id of ids) {
			const module: Record<string, unknown> = await import(pathToFileURL(path.join(compositionsDir, id, 'definition.ts')).href);
			const listed = Object.values(module).filter((value) => (templates as readonly unknown[]).includes(value));
			expect(
				listed.map((definition) => (definition as { id: string }).id),
				`${id}/definition.ts`,
			).toEqual([id]);
		}
	});

	it('leaves no folder with a component and calculateMetadata but no definition', () => {
		const orphans = folders.filter((entry) => hasFile(entry.name, 'calculate-metadata.ts') && !hasFile(entry.name, 'definition.ts'));
		expect(orphans.map((entry) => entry.name)).toEqual([]);
	});

	it.each(ids)('validates the sample props of %s against its schema and gives them a size and a length', (id) => {
		const template = templates.find((candidate) => candidate.id === id);
		if (!template) throw new Error(`no template ${id}`);
		const parsed = template.schema.safeParse(template.sampleProps);
		expect(parsed.error?.issues ?? []).toEqual([]);
		const metadata = template.calculateMetadata({
			props: template.sampleProps,
			defaultProps: template.sampleProps,
			abortSignal: new AbortController().signal,
			compositionId: id,
			isRendering: false,
		});
		expect(metadata).toMatchObject({ width: expect.any(Number), height: expect.any(Number), fps: expect.any(Number), durationInFrames: expect.any(Number) });
	});

	it.each(ids)('loads the component of %s through its lazyComponent', async (id) => {
		const template = templates.find((candidate) => candidate.id === id);
		const loaded = await template?.lazyComponent();
		expect(typeof loaded?.default).toBe('function');
	});

	it('is imported without React, Remotion or any component (the API and workers validate props with it)', () => {
		const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'template-list-')), 'resolved.txt');
		const hook = `import fs from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); fs.appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }`;
		const script = [
			"import { register } from 'node:module';",
			`register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`,
			`const { templates } = await import(${JSON.stringify(pathToFileURL(path.join(compositionsDir, 'templates.ts')).href)});`,
			'console.log(templates.length);',
		].join('\n');
		const printed = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
		expect(printed.trim()).toBe(String(ids.length));
		const resolved = fs.readFileSync(log, 'utf8').split('\n');
		expect(resolved.filter((url) => url.includes('/compositions/')).length).toBeGreaterThan(ids.length);
		const heavy = resolved.filter((url) => /\/node_modules\/(react|react-dom|remotion|@remotion\/[^/]+)\/|\.tsx$/.test(url));
		expect(heavy).toEqual([]);
	});
});

describe('every template outside compositions/', () => {
	it("is a row of the README's template table, and the table names no other", () => {
		expect(mismatch(readmeTemplateIds())).toEqual(agrees);
	});

	it.each(ids)('has a thumbnail at docs/templates/%s.png (served as its thumbnailUrl)', (id) => {
		const thumbnail = path.join(repoRoot, 'docs', 'templates', `${id}.png`);
		expect(fs.existsSync(thumbnail), thumbnail).toBe(true);
		expect(fs.readFileSync(thumbnail).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
	});

	it('has a golden still that the golden test renders, for each template', () => {
		const cases = goldenCases();
		expect(mismatch(cases.map((testCase) => testCase.template))).toEqual(agrees);
		const missing = cases.filter((testCase) => !fs.existsSync(path.join(repoRoot, 'tests', 'goldens', `${testCase.name}.png`)));
		expect(missing).toEqual([]);
	});
});

import fs from 'node:fs';
import path from 'node:path';

export type ImportEdge = { from: string; to: string; typeOnly: boolean };

const SOURCE = /\.(ts|tsx)$/;
const SKIP = /(^|\/)(node_modules|dist|generated)(\/|$)|\.test\.tsx?$|\.d\.ts$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

const listSources = (dir: string, root: string): string[] =>
	fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		const relative = path.relative(root, full);
		if (SKIP.test(relative) || entry.name.startsWith('.')) return [];
		if (entry.isDirectory()) return listSources(full, root);
		return SOURCE.test(entry.name) ? [relative] : [];
	});

const resolveImport = (root: string, from: string, specifier: string): string | null => {
	const base = path.join(path.dirname(from), specifier);
	const stem = base.replace(/\.js$/, '');
	for (const candidate of [`${stem}.ts`, `${stem}.tsx`, base, path.join(base, 'index.ts')]) {
		if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return path.normalize(candidate);
	}
	return null;
};

/** Every relative import between the project's own source files (tests, generated and built code left out). */
export const importGraph = (root: string, folders: readonly string[]): ImportEdge[] =>
	folders
		.filter((folder) => fs.existsSync(path.join(root, folder)))
		.flatMap((folder) => listSources(path.join(root, folder), root))
		.flatMap((from) => {
			const text = fs.readFileSync(path.join(root, from), 'utf8');
			return [...text.matchAll(IMPORT)].flatMap((match) => {
				const to = resolveImport(root, from, match[2] ?? match[3] ?? '');
				return to ? [{ from, to, typeOnly: Boolean(match[1]) }] : [];
			});
		});

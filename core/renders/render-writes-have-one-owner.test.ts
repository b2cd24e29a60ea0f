import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../db/project-root.js';

describe('the render record', () => {
	it('is written only by core/renders (every status change a guarded write that cannot overwrite a cancel)', () => {
		// Every update of a Render row in the product's code, wherever it is; tests and generated code aside.
		const found = execFileSync('git', ['grep', '--untracked', '-nE', String.raw`\.render\.(update|updateMany|upsert)\(`, '--', '*.ts', '*.tsx'], {
			cwd: projectRoot,
			encoding: 'utf8',
		})
			.split('\n')
			.filter((line) => line !== '' && !/\.test\.tsx?:|^tests\/|^bench\/|^scripts\/|core\/db\/generated\//.test(line));
		const outside = found.filter((line) => !line.startsWith('core/renders/'));
		expect(outside).toEqual([]);
		expect(found.length).toBeGreaterThan(5);
	});
});

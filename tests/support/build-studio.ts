import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../core/db/project-root.js';

/** Builds studio/ into studio/dist (about a second with Vite 8), so tests drive what the current sources make. */
export const buildStudio = () => {
	execFileSync(
		process.execPath,
		[path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'studio/vite.config.ts', '--logLevel', 'error'],
		{
			cwd: projectRoot,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
};

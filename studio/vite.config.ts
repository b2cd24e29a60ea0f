import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const studioDir = path.dirname(fileURLToPath(import.meta.url));
// `npm run studio:dev` proxies the API: start it with `npx reelforge serve` (or point REELFORGE_API_URL elsewhere).
const apiUrl = process.env.REELFORGE_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
	root: studioDir,
	base: '/studio/',
	// Vite 8 compiles JSX with Oxc itself; no React plugin needed (changes reload the page instead of hot-swapping components).
	oxc: { jsx: { runtime: 'automatic' } },
	build: {
		outDir: path.join(studioDir, 'dist'),
		emptyOutDir: true,
		chunkSizeWarningLimit: 2000,
		rolldownOptions: {
			// @remotion/player starts with "use client" (for React Server Components): meaningless in this single-page app.
			onwarn: (warning, warn) => {
				if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
			},
		},
	},
	server: {
		port: Number(process.env.STUDIO_PORT ?? 5173),
		proxy: Object.fromEntries(['/trpc', '/files', '/templates', '/batches'].map((prefix) => [prefix, { target: apiUrl, changeOrigin: false }])),
		// The compositions live beside studio/, one level up.
		fs: { allow: [path.join(studioDir, '..')] },
	},
});

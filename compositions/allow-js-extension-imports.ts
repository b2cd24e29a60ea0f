type ResolvableConfig = { resolve?: { extensionAlias?: { [extension: string]: string | string[] } } };

/**
 * The compositions are ESM TypeScript and import siblings as `./file.js` (NodeNext style, as the API server loads them too).
 * Teaches the bundler that `./file.js` may be `file.ts` or `file.tsx`. Used by the worker's bundle and remotion.config.ts.
 */
export const allowJsExtensionImports = <T extends ResolvableConfig>(config: T): T => ({
	...config,
	resolve: {
		...config.resolve,
		extensionAlias: { ...config.resolve?.extensionAlias, '.js': ['.ts', '.tsx', '.js'] },
	},
});

import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';

type SchemaEngine = Awaited<ReturnType<typeof engineBindings.SchemaEngine.new>>;

let initialised: Promise<void> | null = null;

// The package's entry imports the .wasm file as an ES module, which Node cannot load; instantiate it by hand.
const initialiseWasm = async () => {
	const require = createRequire(import.meta.url);
	const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
	const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
		'./schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
	});
	const exports = instance.exports as { __wbindgen_start?: () => void };
	(engineBindings as unknown as { __wbg_set_wasm: (wasm: unknown) => void }).__wbg_set_wasm(exports);
	exports.__wbindgen_start?.();
};

/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter.
 * It needs no native engine download, so migrations apply on offline machines too.
 */
export const loadSchemaEngine = async (
	schema: string,
	adapterFactory: SqlMigrationAwareDriverAdapterFactory,
	log: (line: string) => void = () => {},
): Promise<{ engine: SchemaEngine; dispose: () => Promise<void> }> => {
	initialised ??= initialiseWasm();
	await initialised;
	// Freeing the engine does not close the connections it opened; track them so a SQLite file is not left locked.
	const opened: { dispose: () => Promise<void> }[] = [];
	const tracking: SqlMigrationAwareDriverAdapterFactory = {
		provider: adapterFactory.provider,
		adapterName: adapterFactory.adapterName,
		connect: async () => {
			const connection = await adapterFactory.connect();
			opened.push(connection);
			return connection;
		},
		connectToShadowDb: async () => {
			const connection = await adapterFactory.connectToShadowDb();
			opened.push(connection);
			return connection;
		},
	};
	const engine = await engineBindings.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, log, bindMigrationAwareSqlAdapterFactory(tracking));
	return {
		engine,
		dispose: async () => {
			engine.free();
			await Promise.all(opened.map((connection) => connection.dispose()));
		},
	};
};

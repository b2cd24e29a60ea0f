import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// The root project's global setup runs once for every project: one temp root per run, and a teardown that fails the
		// run if a test left a process or a database behind.
		globalSetup: ['./tests/support/global-setup.ts'],
		// Renders use both cores: one test file at a time across all projects keeps timings honest and CI steady.
		maxWorkers: 1,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['{core,compositions,server,workers,cli,prisma,bench,studio,client}/**/*.test.{ts,tsx}', 'tests/architecture/**/*.test.ts'],
					exclude: ['**/node_modules/**', 'studio/dist/**'],
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'faults',
					include: ['tests/faults/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 240_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'integration',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/faults/**', 'tests/e2e/**', 'tests/architecture/**', '**/node_modules/**'],
					// Renders take both cores; one file at a time keeps them from starving each other.
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					// The built studio driven in headless Chromium against a real stack (tests/e2e/); renders a little.
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 240_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});

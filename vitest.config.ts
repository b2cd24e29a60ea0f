import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// Renders use both cores: one test file at a time across all projects keeps timings honest and CI steady.
		maxWorkers: 1,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['{core,compositions,server,workers,cli,prisma,bench}/**/*.test.{ts,tsx}'],
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
					exclude: ['tests/faults/**', '**/node_modules/**'],
					// Renders take both cores; one file at a time keeps them from starving each other.
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});

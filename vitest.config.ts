import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
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

import type { Reporter, TestModule } from 'vitest/node';

const SLOWEST = 10;

/**
 * Ends the run with the slowest test files (what to look at when CI's time grows) and one plain line,
 * "N passed, N failed, N skipped", that any CI log reader understands.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') counts.passed++;
				else if (state === 'failed') counts.failed++;
				else counts.skipped++;
			}
		}
		const slowest = testModules
			.map((module) => ({ file: module.relativeModuleId, seconds: module.diagnostic().duration / 1000 }))
			.sort((a, b) => b.seconds - a.seconds)
			.slice(0, SLOWEST);
		if (slowest.length > 1) {
			process.stdout.write(`\nslowest test files:\n${slowest.map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${file}`).join('\n')}\n`);
		}
		process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
	}
}

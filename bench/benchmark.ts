export type BenchmarkContext = {
	/** A fresh directory for this benchmark's files. */
	workDir: string;
};

/** One measurement; `run` returns the JSON written to bench/results/<name>.json. */
export type Benchmark = {
	name: string;
	run: (context: BenchmarkContext) => Promise<Record<string, unknown>>;
};

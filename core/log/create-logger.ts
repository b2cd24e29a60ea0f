export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type Logger = Record<Exclude<LogLevel, 'silent'>, (message: string, fields?: Record<string, unknown>) => void>;

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON line per event on stderr, so stdout stays free for a command's own output. */
export const createLogger = (level: LogLevel, component: string): Logger => {
	const at =
		(lineLevel: Exclude<LogLevel, 'silent'>) =>
		(message: string, fields: Record<string, unknown> = {}) => {
			if (order[lineLevel] < order[level]) return;
			process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: lineLevel, component, message, ...fields })}\n`);
		};
	return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
};

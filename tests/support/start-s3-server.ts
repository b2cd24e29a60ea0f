import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { projectRoot } from '../../core/db/project-root.js';
import { closeServer, listenOnLoopback } from './read-request-body.js';
import { stopProcesses } from './stop-processes.js';
import { makeTempDir } from './temp-dir.js';
import { verifyPresignedRequest } from './verify-presigned-url.js';

/** s3rver's own credentials: it checks header signatures against them and refuses others (403). */
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';

export type S3Request = { method: string; path: string; query: string; presigned: boolean; status: number };

/** What the server process reports once it listens. */
const startS3rverProcess = async (directory: string, buckets: string[]): Promise<{ child: ChildProcess; port: number }> => {
	const script = `
		const S3rver = require('s3rver');
		new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: ${JSON.stringify(directory)},
			configureBuckets: ${JSON.stringify(buckets.map((name) => ({ name })))} })
			.run().then((address) => console.log('listening ' + address.port), (error) => { console.error(error); process.exit(1); });`;
	const child = spawn(process.execPath, ['-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const port = await new Promise<number>((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /listening (\d+)/.exec(output);
			if (match) resolve(Number(match[1]));
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.on('exit', (code) => reject(new Error(`s3rver exited with ${code}: ${output}`)));
		setTimeout(() => reject(new Error(`s3rver did not start: ${output}`)), 20_000).unref();
	});
	return { child, port };
};

/**
 * A real S3-compatible server (s3rver, its own process, data on disk) on loopback, with a front door in this process
 * that records every request that reached it, checks presigned URLs as S3 does (s3rver does not), and can cut
 * uploads mid-body to stand in for a dropped connection.
 */
export const startS3Server = async ({ buckets = ['reelforge'] }: { buckets?: string[] } = {}) => {
	const directory = makeTempDir('s3rver');
	const { child, port } = await startS3rverProcess(path.join(directory, 'data'), buckets);
	let cut: { afterBytes: number; left: number } | null = null;
	const doors: http.Server[] = [];

	/** A front door to the server: its own address, and the requests that came through it. */
	const openDoor = async (): Promise<{ endpoint: string; requests: S3Request[] }> => {
		const requests: S3Request[] = [];
		const front = http.createServer((req, res) => {
			const [pathname = '/', query = ''] = (req.url ?? '/').split('?');
			const presigned = new URLSearchParams(query).has('X-Amz-Signature');
			const record = (status: number) => requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(pathname), query, presigned, status });
			if (presigned) {
				const problem = verifyPresignedRequest(req, { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY });
				if (problem) {
					record(403);
					res
						.writeHead(403, { 'content-type': 'application/xml' })
						.end(`<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>${problem}</Message></Error>`);
					return;
				}
			}
			const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
				record(answer.statusCode ?? 0);
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			});
			upstream.on('error', () => res.destroy());
			if (req.method !== 'PUT') {
				req.pipe(upstream);
				return;
			}
			// S3 stores a PUT only once its whole body arrived; s3rver streams it straight into place, so a cut request
			// would leave a truncated object there that S3 never would. The door forwards a PUT once it is whole.
			const cutAfter = cut && cut.left > 0 ? cut.afterBytes : null;
			if (cut && cutAfter !== null) cut.left -= 1;
			const body: Buffer[] = [];
			let received = 0;
			req.on('data', (chunk: Buffer) => {
				body.push(chunk);
				received += chunk.length;
				if (cutAfter !== null && received >= cutAfter) {
					// The connection drops partway through the body: the client sees an error, nothing reaches the server.
					record(-1);
					upstream.destroy();
					req.socket.destroy();
				}
			});
			req.on('end', () => upstream.end(Buffer.concat(body)));
		});
		doors.push(front);
		return { endpoint: await listenOnLoopback(front), requests };
	};
	const { endpoint, requests } = await openDoor();
	const FLEET_SECRETS = {
		URL_SIGNING_SECRET: randomBytes(32).toString('hex'),
		WEBHOOK_SIGNING_SECRET: randomBytes(32).toString('hex'),
		TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
	};
	const envOf = (doorEndpoint: string, bucket: string, prefix: string): Record<string, string> => ({
		STORAGE_S3_BUCKET: bucket,
		STORAGE_S3_PREFIX: prefix,
		STORAGE_S3_ENDPOINT: doorEndpoint,
		STORAGE_S3_REGION: 'us-east-1',
		STORAGE_S3_FORCE_PATH_STYLE: 'true',
		STORAGE_S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
		STORAGE_S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
		// What every machine of a fleet that stores in a bucket shares besides it (loadConfig requires them there).
		...FLEET_SECRETS,
	});

	return {
		endpoint,
		bucket: buckets[0] ?? 'reelforge',
		credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
		/** Every request that reached the server, in order (status -1: cut off). */
		requests,
		/** The next `count` uploads (PUT bodies: objects and parts) are cut after `afterBytes` bytes. */
		cutUploads: ({ afterBytes, count }: { afterBytes: number; count: number }) => {
			cut = { afterBytes, left: count };
		},
		/** The STORAGE_S3_* settings that keep Reelforge's files in `bucket` of this server. */
		env: (bucket = buckets[0] ?? 'reelforge', prefix = ''): Record<string, string> => envOf(endpoint, bucket, prefix),
		/**
		 * Another door to the same server, with its own requests: give each worker of a test its own, and what reached
		 * the bucket from which worker can be told apart.
		 */
		openDoor: async (bucket = buckets[0] ?? 'reelforge', prefix = '') => {
			const door = await openDoor();
			return { ...door, env: envOf(door.endpoint, bucket, prefix) };
		},
		close: async () => {
			for (const door of doors) await closeServer(door);
			if (child.pid) await stopProcesses([child.pid]);
		},
	};
};
export type S3Server = Awaited<ReturnType<typeof startS3Server>>;

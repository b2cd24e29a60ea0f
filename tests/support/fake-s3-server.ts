import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import { closeServer, listenOnLoopback, readRequestBody } from './read-request-body.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** Undoes `Content-Encoding: aws-chunked`: `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n` … `0\r\n<trailers>\r\n\r\n`. */
const decodeAwsChunked = (body: Buffer): Buffer => {
	const parts: Buffer[] = [];
	let offset = 0;
	for (;;) {
		const lineEnd = body.indexOf('\r\n', offset);
		if (lineEnd < 0) throw new Error('aws-chunked body ends without a final chunk');
		const size = Number.parseInt(body.subarray(offset, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
		if (!Number.isFinite(size)) throw new Error('aws-chunked chunk without a size');
		if (size === 0) return Buffer.concat(parts);
		parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
		offset = lineEnd + 2 + size + 2;
	}
};

/**
 * An S3-compatible endpoint on loopback, path-style (`/bucket/key`), implementing PutObject and HeadObject. Every request
 * must carry a valid AWS Signature Version 4 (recomputed here from the canonical request with the known secret), and a
 * signed payload hash must match the body; otherwise 403 SignatureDoesNotMatch, recorded in `violations`.
 */
export const startFakeS3Server = async ({ accessKeyId = 'AKIDFAKE', secretAccessKey = 'fake-secret-key', region = 'us-east-1' } = {}) => {
	const objects = new Map<string, { bytes: Buffer; contentType: string; metadata: Record<string, string> }>();
	const violations: string[] = [];
	const buckets = new Set<string>(['videos']);

	const s3Error = (res: http.ServerResponse, status: number, code: string, message: string) =>
		res
			.writeHead(status, { 'content-type': 'application/xml' })
			.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);

	const verifySignature = (req: http.IncomingMessage, url: URL): string | null => {
		const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
			req.headers.authorization ?? '',
		);
		if (!match) return `no SigV4 Authorization header: ${req.headers.authorization}`;
		const [, keyId, date, signedRegion, signedHeaders, signature] = match as unknown as string[];
		if (keyId !== accessKeyId) return `unknown access key ${keyId}`;
		if (signedRegion !== region) return `signed for region ${signedRegion}, not ${region}`;
		const amzDate = String(req.headers['x-amz-date'] ?? '');
		const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
		if (!amzDate.startsWith(date ?? '-') || !payloadHash) return 'x-amz-date or x-amz-content-sha256 missing';
		const headerNames = (signedHeaders ?? '').split(';');
		if (!headerNames.includes('host') || !headerNames.includes('x-amz-date')) return 'host and x-amz-date must be signed';
		const canonicalQuery = [...url.searchParams]
			.map(([key, value]) => [encodeURIComponent(key), encodeURIComponent(value)])
			.sort(([a], [b]) => (a as string).localeCompare(b as string))
			.map(([key, value]) => `${key}=${value}`)
			.join('&');
		const canonicalHeaders = headerNames
			.map(
				(name) =>
					`${name}:${String(req.headers[name] ?? '')
						.trim()
						.replace(/\s+/g, ' ')}\n`,
			)
			.join('');
		const canonicalRequest = [req.method, (req.url ?? '/').split('?')[0], canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
		const scope = `${date}/${region}/s3/aws4_request`;
		const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
		const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date ?? ''), region), 's3'), 'aws4_request');
		return createHmac('sha256', key).update(stringToSign).digest('hex') === signature ? null : 'signature does not match';
	};

	const server = http.createServer((req, res) => {
		void (async () => {
			const url = new URL(req.url ?? '/', 'http://fake');
			const raw = await readRequestBody(req);
			const problem = verifySignature(req, url);
			if (problem) {
				violations.push(problem);
				return s3Error(res, 403, 'SignatureDoesNotMatch', problem);
			}
			const [, bucket, ...keyParts] = url.pathname.split('/');
			const key = keyParts.map(decodeURIComponent).join('/');
			if (!bucket || !buckets.has(bucket)) return s3Error(res, 404, 'NoSuchBucket', `The bucket ${bucket} does not exist`);
			if (req.method === 'PUT' && key) {
				const payloadHash = String(req.headers['x-amz-content-sha256']);
				const bytes = /aws-chunked/.test(String(req.headers['content-encoding'] ?? '')) ? decodeAwsChunked(raw) : raw;
				if (/^[0-9a-f]{64}$/.test(payloadHash) && sha256(raw) !== payloadHash) {
					violations.push('payload hash does not match the body');
					return s3Error(res, 400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.');
				}
				const declared = Number(req.headers['x-amz-decoded-content-length'] ?? req.headers['content-length']);
				if (declared !== bytes.length) return s3Error(res, 400, 'IncompleteBody', `got ${bytes.length} of ${declared} bytes`);
				const metadata = Object.fromEntries(
					Object.entries(req.headers)
						.filter(([name]) => name.startsWith('x-amz-meta-'))
						.map(([name, value]) => [name.slice(11), String(value)]),
				);
				objects.set(`${bucket}/${key}`, { bytes, contentType: String(req.headers['content-type'] ?? ''), metadata });
				return res.writeHead(200, { etag: `"${createHash('md5').update(bytes).digest('hex')}"` }).end();
			}
			if (req.method === 'HEAD' && key) {
				const object = objects.get(`${bucket}/${key}`);
				return object ? res.writeHead(200, { 'content-length': object.bytes.length }).end() : res.writeHead(404).end();
			}
			s3Error(res, 501, 'NotImplemented', `${req.method} ${url.pathname} is not implemented here`);
		})().catch((error: unknown) => {
			violations.push(`handler crashed: ${String(error)}`);
			if (!res.headersSent) s3Error(res, 500, 'InternalError', String(error));
		});
	});
	const url = await listenOnLoopback(server);
	return {
		url,
		objects,
		violations,
		env: (): Record<string, string> => ({
			S3_ENDPOINT: url,
			S3_REGION: region,
			S3_BUCKET: 'videos',
			S3_ACCESS_KEY_ID: accessKeyId,
			S3_SECRET_ACCESS_KEY: secretAccessKey,
			S3_FORCE_PATH_STYLE: 'true',
		}),
		close: () => closeServer(server),
	};
};
export type FakeS3Server = Awaited<ReturnType<typeof startFakeS3Server>>;

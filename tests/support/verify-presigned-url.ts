import { createHash, createHmac } from 'node:crypto';
import type http from 'node:http';

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding, as SigV4 canonicalises query strings. */
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Checks a presigned S3 request (SigV4 in the query string: X-Amz-Credential, -Date, -Expires, -SignedHeaders,
 * -Signature) the way S3 does: the signature recomputed from the canonical request with the known secret, and the
 * expiry. Returns the problem, or null when S3 would accept it. (s3rver does not check presigned URLs itself.)
 */
export const verifyPresignedRequest = (
	req: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>,
	{ accessKeyId, secretAccessKey, now = Date.now() }: { accessKeyId: string; secretAccessKey: string; now?: number },
): string | null => {
	const [path = '/', rawQuery = ''] = (req.url ?? '/').split('?');
	const query = new URLSearchParams(rawQuery);
	const credential = query.get('X-Amz-Credential') ?? '';
	const amzDate = query.get('X-Amz-Date') ?? '';
	const expires = Number(query.get('X-Amz-Expires'));
	const signedHeaders = query.get('X-Amz-SignedHeaders') ?? '';
	const signature = query.get('X-Amz-Signature') ?? '';
	const [keyId, date, region, service] = credential.split('/');
	if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' || !date || !region || service !== 's3') return 'not a SigV4 presigned URL';
	if (keyId !== accessKeyId) return `unknown access key ${keyId}`;
	const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
	if (!Number.isFinite(signedAt) || !Number.isInteger(expires)) return 'X-Amz-Date or X-Amz-Expires missing';
	if (now > signedAt + expires * 1000) return 'Request has expired';
	const canonicalQuery = [...query]
		.filter(([name]) => name !== 'X-Amz-Signature')
		.map(([name, value]) => [encode(name), encode(value)] as const)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => `${name}=${value}`)
		.join('&');
	const canonicalHeaders = signedHeaders
		.split(';')
		.map((name) => `${name}:${String(req.headers[name] ?? '').trim()}\n`)
		.join('');
	const canonicalRequest = [req.method, path, canonicalQuery, canonicalHeaders, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
	const stringToSign = ['AWS4-HMAC-SHA256', amzDate, `${date}/${region}/s3/aws4_request`, sha256(canonicalRequest)].join('\n');
	const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), 's3'), 'aws4_request');
	return createHmac('sha256', key).update(stringToSign).digest('hex') === signature
		? null
		: 'The request signature we calculated does not match the signature you provided';
};

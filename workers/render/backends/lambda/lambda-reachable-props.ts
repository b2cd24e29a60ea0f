import net from 'node:net';
import { collectMediaSources, replaceMediaSources } from '../../../../core/media/collect-media-sources.js';
import { isPublicAddress } from '../../../../core/net/is-public-address.js';
import { RenderInputError } from '../../render-errors.js';

const STORAGE_PREFIX = 'storage:';

/** Whether a URL's host can be reached from AWS: a public IP, or a name that is not local by its form. */
export const isReachableFromAws = (hostname: string): boolean => {
	const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
	if (net.isIP(host)) return isPublicAddress(host);
	return host.includes('.') && !/(^|\.)(localhost|local|internal|lan|home\.arpa)$/.test(host);
};

/**
 * The props with every media source as a URL that Lambda, running in AWS, can fetch: public http(s) URLs as they are,
 * `storage:` keys as `urlOfStorageKey` makes them (see lambdaStorageUrls). Anything Lambda could not reach is refused
 * here, naming the source, instead of failing minutes later inside AWS.
 */
export const lambdaReachableProps = async (
	props: Record<string, unknown>,
	urlOfStorageKey: (key: string, src: string) => Promise<string>,
): Promise<Record<string, unknown>> => {
	const map = new Map<string, string>();
	for (const src of collectMediaSources(props)) {
		if (src.startsWith(STORAGE_PREFIX)) {
			map.set(src, await urlOfStorageKey(src.slice(STORAGE_PREFIX.length), src));
			continue;
		}
		const url = URL.canParse(src) ? new URL(src) : null;
		if (!url || !/^https?:$/.test(url.protocol) || !isReachableFromAws(url.hostname)) {
			throw new RenderInputError(`Lambda cannot fetch "${src}": media for Lambda renders must be public http(s) URLs or storage: keys`);
		}
	}
	return replaceMediaSources(props, map) as Record<string, unknown>;
};

import fs from 'node:fs';
import path from 'node:path';

/** Chromium features Remotion turns off that keep public pages from reaching private networks; the sandbox keeps them on. */
export const PRIVATE_NETWORK_FEATURES = [
	'LocalNetworkAccessChecks',
	'BlockInsecurePrivateNetworkRequests',
	'PrivateNetworkAccessSendPreflights',
	'PrivateNetworkAccessRespectPreflightResults',
];

const shellQuoted = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;

/**
 * Writes an executable that starts `browser` with Remotion's flags except three: its "no proxy" flags are replaced by
 * the egress guard as proxy for every request, loopback included (`<-loopback>`), and Chromium's private-network checks,
 * which Remotion disables, stay on. Remotion launches it as it would the browser itself (same arguments, same stdio).
 */
export const writeSandboxedBrowserLauncher = ({ dir, browser, proxyUrl }: { dir: string; browser: string; proxyUrl: string }): string => {
	const launcher = path.join(dir, 'sandboxed-chromium');
	const script = `#!/usr/bin/env bash
# Written by Reelforge's render worker: starts Chromium behind the render sandbox's egress guard.
args=()
for arg in "$@"; do
	case "$arg" in
		--no-proxy-server | --proxy-server=* | --proxy-bypass-list=*) ;;
		--disable-features=*)
			IFS=',' read -ra features <<<"\${arg#--disable-features=}"
			kept=()
			for feature in "\${features[@]}"; do
				case "$feature" in
					${PRIVATE_NETWORK_FEATURES.join(' | ')}) ;;
					*) kept+=("$feature") ;;
				esac
			done
			args+=("--disable-features=$(IFS=','; echo "\${kept[*]}")")
			;;
		*) args+=("$arg") ;;
	esac
done
exec ${shellQuoted(browser)} "\${args[@]}" ${shellQuoted(`--proxy-server=${proxyUrl}`)} '--proxy-bypass-list=<-loopback>'
`;
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(launcher, script, { mode: 0o700 });
	return launcher;
};

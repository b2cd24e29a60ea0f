#!/usr/bin/env bash
# Makes sure everything Reelforge needs is on this machine; quick and silent when it already is.
#   bash scripts/setup.sh          what rendering needs: Chromium headless shell, redis-server, fonts, espeak-ng, npm packages
#   bash scripts/setup.sh --test   also what the test suite needs: PostgreSQL, started, with a `reelforge` role; Chromium for the studio tests
# On Debian/Ubuntu as root, missing system packages are installed with apt; otherwise it prints what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
[[ "${1:-}" == "--test" ]] && with_tests=true

missing=()
have_headless_shell() {
	[[ -n "${BROWSER_EXECUTABLE:-}" ]] || command -v chromium-headless-shell >/dev/null || [[ -x /usr/lib/chromium/headless_shell ]]
}
have_headless_shell || missing+=(chromium-headless-shell)
command -v redis-server >/dev/null || missing+=(redis-server)
[[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]] || missing+=(fonts-noto-color-emoji)
# The offline voice (default voiceover provider) binds libespeak-ng.
ls /usr/lib/*/libespeak-ng.so.1 >/dev/null 2>&1 || missing+=(espeak-ng)
# Debian's full ffmpeg (lavfi test sources): the real-footage benchmark makes its landscape sources with it.
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
# The offline recogniser and aligner (captions.source transcribe/align, provider offline) and its US English model.
command -v pocketsphinx_batch >/dev/null || missing+=(pocketsphinx)
[[ -d /usr/share/pocketsphinx/model/en-us/en-us ]] || missing+=(pocketsphinx-en-us)
if $with_tests; then
	command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
	# The studio's end-to-end tests drive Debian's full Chromium through playwright-core.
	command -v chromium >/dev/null || missing+=(chromium)
	# The generated Python client is tested against a real server (tests/integration/python-client.test.ts).
	command -v python3 >/dev/null || missing+=(python3)
fi

if ((${#missing[@]} > 0)); then
	if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
		echo "setup: installing ${missing[*]}" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >/dev/null
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		echo "setup: missing system packages: ${missing[*]}" >&2
		echo "setup: install them with:  sudo apt-get install -y ${missing[*]}" >&2
		echo "setup: (or set BROWSER_EXECUTABLE / REDIS_URL to ones you run yourself)" >&2
		exit 1
	fi
fi

# npm packages: install when node_modules is missing or older than the lockfile.
stamp=node_modules/.reelforge-lock-hash
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || "$(cat "$stamp")" != "$lock_hash" ]]; then
	echo "setup: installing npm packages (first run compiles better-sqlite3, about 2 minutes)" >&2
	npm ci --no-audit --no-fund --loglevel=error >&2
	echo "$lock_hash" >"$stamp"
fi

# The studio (studio/dist, served by the API at /studio/): built again when its sources, the compositions it previews,
# the core modules it imports or the locked packages change.
studio_stamp=studio/dist/.reelforge-source-hash
studio_hash=$(find studio compositions core -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.css' -o -name '*.html' \) \
	-not -path 'studio/dist/*' -not -path 'core/db/generated/*' -not -name '*.test.ts' -print0 |
	sort -z | xargs -0 sha256sum | cat - package-lock.json | sha256sum | cut -d' ' -f1)
if [[ ! -f $studio_stamp || "$(cat "$studio_stamp")" != "$studio_hash" ]]; then
	echo "setup: building the studio" >&2
	node node_modules/vite/bin/vite.js build --config studio/vite.config.ts --logLevel error >&2
	echo "$studio_hash" >"$studio_stamp"
fi

if $with_tests; then
	# A local PostgreSQL for the tests that run on both databases.
	version=$(ls /usr/lib/postgresql | sort -n | tail -1)
	if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
		pg_lsclusters -h | grep -q . || pg_createcluster "$version" main >/dev/null
		pg_ctlcluster "$version" main start
	fi
	if [[ $(id -u) -eq 0 ]]; then
		su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='reelforge'\"" | grep -q 1 ||
			su postgres -c "psql -qc \"CREATE ROLE reelforge LOGIN CREATEDB PASSWORD 'reelforge'\""
	fi
fi

#!/usr/bin/env bash
# The Node.js range that package.json's `engines` claims, tested: the machine's Node runs the whole suite
# (`npm test`); this runs a part of it on each later LTS line and the current release: the library with
# openai's client (the node:test example, on the built dist/) and the CLI's start and shutdown
# (test/integration/process/server-signals.test.ts). The Node binaries come from the npm registry (node-<os>-<arch>),
# kept in node_modules/.cache/node-range. Run after `npm test` (or `npm run build`).
# Usage: scripts/node-range.sh [MAJOR...]   (default: 22 24 26)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
[ -f dist/index.js ] || { echo "dist/ is missing: run npm run build first" >&2; exit 1; }
PACKAGE="node-$(node -p 'process.platform + "-" + process.arch')"
CACHE="$ROOT/node_modules/.cache/node-range"
[ $# -gt 0 ] || set -- 22 24 26

for major in "$@"; do
  prefix="$CACHE/$major"
  bin="$prefix/node_modules/$PACKAGE/bin/node"
  if [ ! -x "$bin" ]; then
    echo "==> installing $PACKAGE@$major"
    npm install --no-save --no-audit --no-fund --no-package-lock --prefix "$prefix" "$PACKAGE@$major" </dev/null >/dev/null
  fi
  echo "==> Node $("$bin" --version)"
  # The child server of server-signals.test.ts is started with the same binary (process.execPath).
  "$bin" --import tsx --test examples/node-test/weather-agent.test.ts >"$prefix/node-test.log" 2>&1 \
    || { tail -n 40 "$prefix/node-test.log"; echo "FAIL: the node:test example on Node $major" >&2; exit 1; }
  # tap's own 30 s limit for a file run alone is short on a loaded machine: use the limit npm test uses.
  TAP_TIMEOUT=600 "$bin" --import tsx test/integration/process/server-signals.test.ts >"$prefix/signals.log" 2>&1 \
    || { tail -n 40 "$prefix/signals.log"; echo "FAIL: server-signals on Node $major" >&2; exit 1; }
  echo "    ok: the library with openai's client; the CLI starts and stops within 2 s on signals"
done

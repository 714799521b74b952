#!/usr/bin/env bash
# Run TAG detached with podman + runc and host networking (pass -e PORT=... to pick the port); prints the id.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=tools.sh
. "$HERE/tools.sh"
TAG="${1:?usage: run-image.sh TAG [podman-run options] [-- command...]}"
shift
OPTIONS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do OPTIONS+=("$1"); shift; done
[ $# -gt 0 ] && shift
need_container_tools
exec podman --runtime runc run --detach --network host "${CONTAINER_ULIMITS[@]}" "${OPTIONS[@]}" "$TAG" "$@"

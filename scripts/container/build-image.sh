#!/usr/bin/env bash
# Build CONTEXT/Dockerfile into TAG with buildah: no Docker engine needed, the base comes from make-node-base.sh.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=tools.sh
. "$HERE/tools.sh"
CONTEXT="${1:?usage: build-image.sh CONTEXT TAG}"
TAG="${2:?usage: build-image.sh CONTEXT TAG}"
BASE_TAG="${RESPONSES_MOCK_BASE_TAG:-docker.io/library/node:20-bookworm-slim}"
"$HERE/make-node-base.sh" "$BASE_TAG" >&2
BUILD_ARGS=()
[ -n "${RESPONSES_MOCK_BASE_TAG:-}" ] && BUILD_ARGS+=(--build-arg "NODE_IMAGE=$BASE_TAG")
# Docker format: OCI images drop HEALTHCHECK. --layers: cache steps between builds, as docker does.
buildah bud --isolation chroot --format docker --layers --pull=never "${CONTAINER_ULIMITS[@]}" \
  "${BUILD_ARGS[@]}" -t "$TAG" -f "$CONTEXT/Dockerfile" "$CONTEXT"

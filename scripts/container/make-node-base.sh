#!/usr/bin/env bash
# Build a local stand-in for the official node:20-bookworm-slim image, for machines that cannot pull it:
# Debian bookworm (debootstrap, minbase) + this machine's node and npm + its CA bundle, imported into podman.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=tools.sh
. "$HERE/tools.sh"
TAG="${1:-docker.io/library/node:20-bookworm-slim}"
need_container_tools
if podman image exists "$TAG"; then echo "base image $TAG: present"; exit 0; fi

NODE="$(readlink -f "$(command -v node)")" || { echo "no node on this machine to put in the base image" >&2; exit 1; }
NODE_MAJOR="$("$NODE" -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || echo "warning: this machine's node is v$NODE_MAJOR, the stand-in for $TAG gets it anyway" >&2
# npm's bin/npm-cli.js lives in .../node_modules/npm/bin: its package folder is two levels up.
NPM_PACKAGE="$(cd "$(dirname "$(readlink -f "$(command -v npm)")")/.." && pwd)"
[ -f "$NPM_PACKAGE/package.json" ] || { echo "cannot find npm's package folder (got $NPM_PACKAGE)" >&2; exit 1; }

# The Debian tree is kept between runs: debootstrap is the slow part.
DEBIAN_TREE="${RESPONSES_MOCK_DEBIAN_TREE:-/var/tmp/responses-mock-bookworm}"
if [ ! -x "$DEBIAN_TREE/usr/bin/dpkg" ] || [ ! -f "$DEBIAN_TREE/.complete" ]; then
  rm -rf "$DEBIAN_TREE"
  echo "debootstrap bookworm into $DEBIAN_TREE (about a minute)..." >&2
  debootstrap --variant=minbase bookworm "$DEBIAN_TREE" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
    >"$DEBIAN_TREE.log" 2>&1 || { tail -n 30 "$DEBIAN_TREE.log" >&2; exit 1; }
  touch "$DEBIAN_TREE/.complete"
fi

# Assemble in a scratch copy so that the cached tree stays pristine.
ROOTFS="$(mktemp -d /var/tmp/responses-mock-rootfs.XXXXXX)"
trap 'rm -rf "$ROOTFS"' EXIT
cp -a "$DEBIAN_TREE/." "$ROOTFS/"
rm -rf "$ROOTFS/.complete" "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/*.bin \
  "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/*
install -D -m 0755 "$NODE" "$ROOTFS/usr/local/bin/node"
mkdir -p "$ROOTFS/usr/local/lib/node_modules"
cp -a "$NPM_PACKAGE" "$ROOTFS/usr/local/lib/node_modules/npm"
rm -rf "$ROOTFS/usr/local/lib/node_modules/npm/docs" "$ROOTFS/usr/local/lib/node_modules/npm/man"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
# npm ci inside a build may reach the registry through a TLS proxy that only this machine trusts.
install -D -m 0644 /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt"
# The official image's unprivileged user: node, uid and gid 1000.
chroot "$ROOTFS" /bin/sh -ec 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'

tar --numeric-owner -C "$ROOTFS" -cf - . | podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$TAG" >/dev/null
echo "base image $TAG: built (node $("$NODE" --version), npm $(node "$NPM_PACKAGE/bin/npm-cli.js" --version 2>/dev/null))"

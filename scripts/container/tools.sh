# shellcheck shell=bash
# Sourced by the scripts beside it: installs the container tools on first use.
need_container_tools() {
  local missing=()
  for tool in buildah podman runc debootstrap; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { echo "container tools missing (${missing[*]}) and no apt-get to install them" >&2; return 1; }
  [ "$(id -u)" -eq 0 ] || { echo "container tools missing (${missing[*]}): run as root to install them" >&2; return 1; }
  echo "installing ${missing[*]} (apt-get)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq buildah podman runc debootstrap >/dev/null
}

# shellcheck disable=SC2034  # used by the scripts that source this file
# Without these, runc may ask for more open files or processes than this machine's hard limits allow.
CONTAINER_ULIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=1000:1000)

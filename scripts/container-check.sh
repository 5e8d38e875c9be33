#!/usr/bin/env bash
# Builds the service's container image from packaging/server/Containerfile with podman and checks
# that the image really serves: /healthz answers, an account can register and create an encounter,
# SIGTERM stops the container cleanly, and after a restart on the same volume the account and its
# data are still there.
#
# Usage: scripts/container-check.sh [--keep]     (--keep leaves the image in place)
#
# Where the public registry cannot be reached, the debian:12 base image is made from the Debian
# archive with mmdebstrap and imported under the name the Containerfile uses.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
image=localhost/dnd-tracker-server:check
name=dnd-tracker-server-check
volume=dnd-tracker-server-check-data
port=${DND_CHECK_PORT:-18080}
keep=0
[[ ${1:-} == --keep ]] && keep=1

need=()
for tool in podman mmdebstrap curl python3; do
    command -v "$tool" >/dev/null || need+=("$tool")
done
if ((${#need[@]})); then
    sudo_cmd=""
    [[ $(id -u) -ne 0 ]] && sudo_cmd=sudo
    $sudo_cmd apt-get update -q
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman mmdebstrap uidmap curl python3
fi

cleanup() {
    podman rm -f "$name" >/dev/null 2>&1 || true
    podman volume rm -f "$volume" >/dev/null 2>&1 || true
    ((keep)) || podman rmi -f "$image" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if ! podman image exists docker.io/library/debian:12; then
    if ! podman pull -q docker.io/library/debian:12 >/dev/null 2>&1; then
        echo "registry not reachable: building the debian:12 base from the Debian archive"
        tmp=$(mktemp -d)
        mmdebstrap --variant=minbase bookworm "$tmp/rootfs.tar" http://deb.debian.org/debian
        podman import -q "$tmp/rootfs.tar" docker.io/library/debian:12 >/dev/null
        rm -rf "$tmp"
    fi
fi
podman image exists docker.io/library/debian:12-slim ||
    podman pull -q docker.io/library/debian:12-slim >/dev/null 2>&1 ||
    podman tag docker.io/library/debian:12 docker.io/library/debian:12-slim

echo "building $image"
podman build --pull=never --isolation=chroot -f "$root/packaging/server/Containerfile" -t "$image" "$root"

start() {
    # Host networking: the check needs no container network, only the service on loopback.
    podman run -d --name "$name" --network host -e DND_LISTEN="127.0.0.1:$port" \
        -e DND_SCRYPT_LOG_N=14 -v "$volume:/var/lib/dnd-tracker-server" "$image" >/dev/null
    for _ in $(seq 1 100); do
        curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return 0
        sleep 0.1
    done
    podman logs "$name"
    echo "the service in the container did not answer /healthz" >&2
    return 1
}

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

podman volume create "$volume" >/dev/null
start
echo "healthz: $(curl -fs "http://127.0.0.1:$port/healthz")"
token=$(curl -fs -H 'Content-Type: application/json' \
    -d '{"email":"dm@example.org","username":"containerdm","password":"Container-check-2026!"}' \
    "http://127.0.0.1:$port/api/v1/auth/register" | json "['data']['accessToken']")
curl -fs -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"Ambush at the ford"}' "http://127.0.0.1:$port/api/v1/encounters" >/dev/null

podman stop -t 10 "$name" >/dev/null
status=$(podman inspect -f '{{.State.ExitCode}}' "$name")
[[ $status == 0 ]] || { podman logs "$name"; echo "SIGTERM stop exited with $status" >&2; exit 1; }
echo "stopped on SIGTERM with exit code 0"
podman rm "$name" >/dev/null

start
token=$(curl -fs -H 'Content-Type: application/json' \
    -d '{"email":"dm@example.org","password":"Container-check-2026!"}' \
    "http://127.0.0.1:$port/api/v1/auth/login" | json "['data']['accessToken']")
names=$(curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/encounters" |
    json "['data']['items'][0]['name']")
[[ $names == "Ambush at the ford" ]] || { echo "encounter lost across the restart: $names" >&2; exit 1; }
echo "after a restart on the same volume the account and its encounter are there"
echo "container check passed"

#!/bin/bash
# Benchmark of dnd-tracker-server on SQLite, on loopback only, bounded in time.
#  1. wrk, 50 connections: authenticated GET /api/v1/encounters against GET /healthz in the same run.
#  2. /healthz latency, probed every 20 ms, while 20 logins hash at full cost (scrypt N=2^17) at once.
# usage: bench/server/run.sh [path/to/dnd-tracker-server] [seconds per wrk run]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=${1:-$root/build/ci/server/dnd-tracker-server}
seconds=${2:-10}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -x "$binary" ] || { echo "no server binary at $binary (cmake --preset ci && cmake --build build/ci --target dnd-tracker-server)" >&2; exit 1; }

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start_server() {
    DND_JWT_SECRET=bench-secret-0123456789abcdef0123456789 "$binary" --data-dir "$work/data" --listen "127.0.0.1:$port" \
        --plans "$root/server/plans.json" --rate-limit-user 1000000000 --rate-limit-anonymous 1000000000 \
        --rate-limit-auth-ip 1000000 --rate-limit-auth-email 1000000 "$@" >"$work/requests.log" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "server did not start: $(cat "$work/server.err")" >&2
    exit 1
}
stop_server() {
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

echo "== machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg); binary: $binary"
start_server
password='Goblin-king-42'
curl -fs -XPOST "$base/api/v1/auth/register" -d "{\"email\":\"bench@example.com\",\"username\":\"bench\",\"password\":\"$password\"}" >/dev/null
"$binary" admin set-tier --email bench@example.com --tier guild --data-dir "$work/data" --plans "$root/server/plans.json" >/dev/null
token=$(curl -fs -XPOST "$base/api/v1/auth/login" -d "{\"email\":\"bench@example.com\",\"password\":\"$password\"}" | json "['data']['accessToken']")
for i in $(seq 20); do
    curl -fs -XPOST "$base/api/v1/encounters" -H "Authorization: Bearer $token" \
        -d "{\"name\":\"Encounter $i\",\"participants\":[{\"name\":\"Goblin\",\"initiative\":12,\"maxHp\":7,\"currentHp\":7}]}" >/dev/null
done

echo "== wrk -t2 -c50 -d${seconds}s GET /healthz"
wrk -t2 -c50 -d"${seconds}s" --latency "$base/healthz" | tee "$work/healthz.txt"
echo "== wrk -t2 -c50 -d${seconds}s GET /api/v1/encounters (authenticated, 20 items per page)"
wrk -t2 -c50 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/api/v1/encounters" | tee "$work/encounters.txt"
healthz=$(awk '/Requests\/sec/ {print $2}' "$work/healthz.txt")
encounters=$(awk '/Requests\/sec/ {print $2}' "$work/encounters.txt")
python3 - "$healthz" "$encounters" <<'PY'
import sys
h, e = float(sys.argv[1]), float(sys.argv[2])
print(f"== result: /healthz {h:.0f} req/s, /api/v1/encounters {e:.0f} req/s = {100 * e / h:.1f}% of /healthz")
PY
echo "== load average after the wrk runs: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_server

echo "== /healthz latency while 20 logins hash at once (scrypt N=2^17, default hashing threads)"
start_server
curl -fs -XPOST "$base/api/v1/auth/register" -d "{\"email\":\"hash@example.com\",\"username\":\"hasher\",\"password\":\"$password\"}" >/dev/null
logins=()
for i in $(seq 20); do
    curl -s -o /dev/null -w "login %{http_code} %{time_total}s\n" -XPOST "$base/api/v1/auth/login" \
        -d "{\"email\":\"hash@example.com\",\"password\":\"$password\"}" >"$work/login-$i.txt" &
    logins+=($!)
done
running() { for pid in "${logins[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }
probe_start=$(date +%s.%N)
: >"$work/probe.txt"
while running; do
    curl -s -o /dev/null -w "%{time_total}\n" "$base/healthz" >>"$work/probe.txt"
    sleep 0.02
done
wait "${logins[@]}" || true
probe_end=$(date +%s.%N)
cat "$work"/login-*.txt | sort -k3 -t' ' | tail -n 1 | sed 's/^/slowest /'
python3 - "$work/probe.txt" "$probe_start" "$probe_end" <<'PY'
import sys
values = sorted(float(v) * 1000 for v in open(sys.argv[1]) if v.strip())
span = float(sys.argv[3]) - float(sys.argv[2])
p = lambda q: values[min(len(values) - 1, int(q * len(values)))]
print(f"== result: {len(values)} /healthz probes over {span:.1f}s while hashing: "
      f"median {p(0.5):.2f} ms, p99 {p(0.99):.2f} ms, max {values[-1]:.2f} ms")
PY

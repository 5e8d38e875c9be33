#!/bin/sh
# Throwaway PostgreSQL cluster for the service's tests, from Debian's postgresql package.
# usage: pg-test-cluster.sh start|stop|halt|resume DIR PORT
#   start makes a new cluster (an old one in DIR is removed), stop removes it; halt stops the
#   server and keeps its data, resume starts it again (a database outage for the service's tests).
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -eu
action=${1:?start|stop}
dir=${2:?directory}
port=${3:?port}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

run() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

launch() {
    run "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        run "$bindir/pg_ctl" -D "$dir/data" stop -m fast >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    run "$bindir/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1
    launch
    echo "PostgreSQL test cluster on 127.0.0.1:$port"
    ;;
halt)
    run "$bindir/pg_ctl" -D "$dir/data" stop -m fast >/dev/null
    ;;
resume)
    launch
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        run "$bindir/pg_ctl" -D "$dir/data" stop -m fast >/dev/null
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop|halt|resume DIR PORT" >&2
    exit 2
    ;;
esac

#!/bin/bash
# Runs the shipped nginx site (packaging/server/nginx-dnd-tracker.conf) in front of a real
# dnd-tracker-server on loopback, with a throwaway self-signed certificate, and checks TLS
# termination, the HTTP->HTTPS redirect, proxied API calls, the WebSocket upgrade, the body limit,
# HSTS, private metrics and the forwarded client address.
# usage: nginx-proxy-test.sh SERVER_BINARY SITE_CONF PLANS_FILE
set -euo pipefail
binary=$1
site=$2
plans=$3
command -v nginx >/dev/null || { echo "nginx is needed (apt-get install nginx-light)"; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
server_pid=""
cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
pick() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port=$(pick); http_port=$(pick); https_port=$(pick)
host=tracker.example.org
passed=0; failed=0
check() {
    if [ "$2" = "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $1: expected '$3', got '$2'"; fi
}

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=$host" -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
sed -e "s|127.0.0.1:8080|127.0.0.1:$app_port|" \
    -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "s|listen 443 ssl http2;|listen 127.0.0.1:$https_port ssl http2;|" \
    -e "/listen \[::\]/d" \
    -e "s|/etc/letsencrypt/live/$host/fullchain.pem|$work/cert.pem|" \
    -e "s|/etc/letsencrypt/live/$host/privkey.pem|$work/key.pem|" \
    -e "s|return 301 https://\$host\$request_uri;|return 301 https://\$host:$https_port\$request_uri;|" \
    "$site" >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
nginx -t -q -c "$work/nginx.conf" -p "$work"
DND_TRUST_PROXY=1 DND_JWT_SECRET=proxy-test-secret-0123456789abcdef0123 "$binary" --data-dir "$work/data" \
    --listen "127.0.0.1:$app_port" --plans "$plans" --scrypt-log-n 10 >"$work/requests.log" 2>"$work/server.err" &
server_pid=$!
nginx -c "$work/nginx.conf" -p "$work"
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$app_port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

https="https://$host:$https_port"
resolve=(--resolve "$host:$https_port:127.0.0.1" --resolve "$host:$http_port:127.0.0.1" --cacert "$work/cert.pem")
check "healthz over TLS" "$(curl -s "${resolve[@]}" -o /dev/null -w '%{http_code}' "$https/healthz")" 200
check "redirect to https" "$(curl -s "${resolve[@]}" -o /dev/null -w '%{http_code} %{redirect_url}' "http://$host:$http_port/healthz")" "301 $https/healthz"
check "HSTS" "$(curl -s "${resolve[@]}" -D - -o /dev/null "$https/healthz" | grep -ci '^strict-transport-security')" 1
check "security headers pass through" "$(curl -s "${resolve[@]}" -D - -o /dev/null "$https/api/v1/subscriptions/plans" | grep -ci '^x-content-type-options: nosniff')" 1
body='{"email":"proxy@example.com","username":"proxied","password":"Relay-secret-42"}'
check "register through the proxy" "$(curl -s "${resolve[@]}" -o /dev/null -w '%{http_code}' -XPOST -H 'Content-Type: application/json' -H 'X-Forwarded-For: 203.0.113.9' -d "$body" "$https/api/v1/auth/register")" 201
check "body limit at the proxy" "$(head -c 2000000 /dev/zero | tr '\0' 'x' | curl -s "${resolve[@]}" -o /dev/null -w '%{http_code}' -XPOST --data-binary @- "$https/api/v1/auth/login")" 413
check "websocket upgrade through the proxy" "$(curl -s --http1.1 "${resolve[@]}" -o /dev/null -w '%{http_code}' --max-time 2 \
    -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' \
    "$https/api/v1/ws" || true)" 101
# Metrics are scraped from the service's own loopback port, never through the proxy, whatever the
# spelling of the path (the service's router ignores empty segments and a trailing slash).
for path in /metrics /metrics/ //metrics /metrics?x=1 /%6detrics /api/../metrics; do
    check "metrics private through the proxy: $path" "$(curl -s --path-as-is "${resolve[@]}" -o /dev/null -w '%{http_code}' "$https$path")" 403
done
check "metrics on the service's port" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/metrics")" 200
sleep 0.2
# nginx replaces a client-sent X-Forwarded-For with the address it saw.
check "client address forwarded, spoofing ignored" "$(grep '"path":"/api/v1/auth/register"' "$work/requests.log" | grep -c '"ip":"127.0.0.1"')" 1
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

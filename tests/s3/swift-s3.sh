#!/usr/bin/env bash
# A real S3 server on 127.0.0.1 for the tests: OpenStack Swift with its s3api middleware (Debian packages).
# MinIO's server cannot be downloaded here and no Docker engine runs; Swift speaks the same S3 protocol the Minio
# SDK uses (make bucket, put with x-amz-meta-*, stat, list, get, server-side copy, delete).
#
#   tests/s3/swift-s3.sh start   installs the packages when missing, starts the servers, prints `export` lines
#   tests/s3/swift-s3.sh stop    stops the servers it started
#
# State lives under $ECO_TEST_S3_DIR (default .s3test in the repo). Needs root (apt-get, /etc/swift, chown).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
dir=${ECO_TEST_S3_DIR:-$repo/.s3test}
port=${ECO_TEST_S3_PORT:-8080}

log() { echo "swift-s3: $*" >&2; }

install_packages() {
  if command -v swift-proxy-server >/dev/null 2>&1 && command -v memcached >/dev/null 2>&1; then
    return
  fi
  log "installing swift and memcached (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq swift swift-proxy swift-object swift-container swift-account memcached >&2
}

write_rings() {
  mkdir -p /etc/swift
  if [ ! -f /etc/swift/swift.conf ]; then
    local suffix prefix
    suffix=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    prefix=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '[swift-hash]\nswift_hash_path_suffix = %s\nswift_hash_path_prefix = %s\n[storage-policy:0]\nname = gold\ndefault = yes\n' "$suffix" "$prefix" > /etc/swift/swift.conf
  fi
  (
    cd /etc/swift
    for spec in account:6202 container:6201 object:6200; do
      local name=${spec%%:*} ring_port=${spec##*:}
      if [ ! -f "$name.ring.gz" ]; then
        swift-ring-builder "$name.builder" create 6 1 1 >/dev/null
        swift-ring-builder "$name.builder" add "r1z1-127.0.0.1:$ring_port/d1" 1 >/dev/null
        swift-ring-builder "$name.builder" rebalance >/dev/null
      fi
    done
  )
  chown -R swift:swift /etc/swift 2>/dev/null || true
}

write_configs() {
  local secret=$1
  mkdir -p "$dir/srv/d1" "$dir/run"
  chown -R swift:swift "$dir/srv"
  for spec in account:6202 container:6201 object:6200; do
    local name=${spec%%:*} server_port=${spec##*:}
    cat > "$dir/$name-server.conf" <<CONF
[DEFAULT]
devices = $dir/srv
mount_check = false
bind_ip = 127.0.0.1
bind_port = $server_port
workers = 1
log_facility = LOG_LOCAL0
[pipeline:main]
pipeline = $name-server
[app:$name-server]
use = egg:swift#$name
CONF
  done
  cat > "$dir/proxy-server.conf" <<CONF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $port
workers = 1
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk s3api tempauth copy slo dlo proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
[filter:tempauth]
use = egg:swift#tempauth
user_lake_admin = $secret .admin
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:11211
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
CONF
}

start() {
  install_packages
  write_rings
  local secret
  secret=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  stop_quietly
  write_configs "$secret"
  if ! (exec 3<>/dev/tcp/127.0.0.1/11211) 2>/dev/null; then
    memcached -u root -l 127.0.0.1 -p 11211 -d -P "$dir/run/memcached.pid"
  fi
  for name in account container object proxy; do
    nohup "swift-$name-server" "$dir/$name-server.conf" > "$dir/run/$name.log" 2>&1 &
    echo $! > "$dir/run/$name.pid"
  done
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$port/healthcheck" >/dev/null 2>&1; then
      echo "export ECO_TEST_S3_ENDPOINT=127.0.0.1:$port"
      echo "export ECO_TEST_S3_ACCESS_KEY=lake:admin"
      echo "export ECO_TEST_S3_SECRET_KEY=$secret"
      log "S3 server up on 127.0.0.1:$port"
      return 0
    fi
    sleep 0.5
  done
  log "the S3 server did not answer; logs in $dir/run"
  tail -n 20 "$dir"/run/*.log >&2 || true
  return 1
}

stop_quietly() {
  for name in proxy object container account memcached; do
    if [ -f "$dir/run/$name.pid" ]; then
      kill "$(cat "$dir/run/$name.pid")" 2>/dev/null || true
      rm -f "$dir/run/$name.pid"
    fi
  done
  # Swift's servers fork workers; wait for every process started from our configs to be gone.
  for _ in $(seq 1 20); do
    pgrep -f "$dir/.*-server.conf" >/dev/null 2>&1 || return 0
    sleep 0.25
  done
  pkill -9 -f "$dir/.*-server.conf" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) stop_quietly; log "stopped" ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

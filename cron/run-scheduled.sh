#!/usr/bin/env bash
# What cron calls: runs one `eco` verb with a log file per day, keeps 14 days of logs. No pipeline logic here:
# locking is eco's own (exit code 4 means another run held the lock and this one was skipped).
set -uo pipefail
home=${ECOSYSTEM_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
logs=${ECO_LOG_DIR:-$home/data/logs}
mkdir -p "$logs"
log="$logs/eco-$(date -u +%Y-%m-%d).log"
find "$logs" -name 'eco-*.log' -mtime +14 -delete 2>/dev/null || true
cd "$home"
eco=(dotnet "$home/cron/Ecosystem.Cron/bin/Release/net10.0/eco.dll")
[ -f "${eco[1]}" ] || eco=(dotnet run --project "$home/cron/Ecosystem.Cron" -c Release --)
"${eco[@]}" "$@" >>"$log" 2>&1
code=$?
echo "$(date -u +%FT%TZ) eco $* exited $code" >>"$log"
exit $code

#!/usr/bin/env bash
# The load check (not a test): starts a throw-away PostgreSQL and the app in Release on it (migrated, demo data),
# then benchmarks/Aip.LoadCheck drives USERS signed-in people at once through reads (home, plan overview, Strategy
# Sheet, PDF) and writes (Section 1 edits with their version, review comments) for SECONDS, and reports requests,
# p50/p95, errors, and lost writes (saved but not found in the database). Exit code 0 only with no errors and no
# lost writes. Everything it starts is stopped and removed at the end. Needs the PostgreSQL server binaries, curl
# and python3 (for free ports).
# Usage: scripts/load-check.sh [SECONDS=60] [USERS=200] [-- extra driver options, e.g. --think-min 0.5 --think-max 2]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
users="${2:-200}"
shift $(( $# > 2 ? 2 : $# )) || true
[[ "${1:-}" == "--" ]] && shift

bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
work=$(mktemp -d /tmp/aip-load-XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_port=$(free_port)
app_port=$(free_port)
as_server() { if [[ $(id -u) == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown nobody "$work"

app_pid=
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  as_server "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "PostgreSQL on port $pg_port..."
as_server "$bin/initdb" -D "$work/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
as_server "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 \
  -o "-p $pg_port -h 127.0.0.1 -k $work -c max_connections=300" start >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=aip_load"

echo "Building (Release)..."
dotnet build src/Aip.Web -c Release -v q -nologo >/dev/null
dotnet build benchmarks/Aip.LoadCheck -c Release -v q -nologo >/dev/null

echo "The app on port $app_port (log: $work/app.log)..."
(
  cd src/Aip.Web
  # Not Production: that environment redirects this plain-HTTP loopback run to HTTPS and sends Secure cookies only.
  # The account rate limits would refuse 200 sign-ins from one address; the load check measures the pages, not them.
  ASPNETCORE_ENVIRONMENT=LoadCheck \
  Mail__LinkOrigin="http://127.0.0.1:$app_port" \
  RateLimits__PerAddress=100000 RateLimits__PerAccount=100000 \
  Database__Provider=Postgres ConnectionStrings__Aip="$connection" \
  Database__MigrateOnStartup=true Database__SeedDemoData=true \
  Mail__PickupDirectory="$work/mail" Logging__Folder="$work/logs" \
  Documents__MaxQueuedRenders="$users" \
  exec dotnet bin/Release/net10.0/Aip.Web.dll --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1
) &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$app_port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$app_port/health" >/dev/null || { echo "The app did not start:"; tail -n 30 "$work/app.log"; exit 1; }

dotnet benchmarks/Aip.LoadCheck/bin/Release/net10.0/Aip.LoadCheck.dll \
  --base-url "http://127.0.0.1:$app_port" --connection "$connection" --users "$users" --seconds "$seconds" "$@"

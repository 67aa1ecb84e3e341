#!/usr/bin/env bash
# The web benchmark (not a test): builds Release, then for SQLite and for a throw-away PostgreSQL hosts the app
# (migrated, demo data, plus a plan four times the demo plan and DISTRICTS more districts, all through the domain),
# signs in each role and drives each page with `hey` for SECONDS at each number of CONNECTIONS (PDFs at 1 and 4),
# beside a raw ADO.NET page with the plan overview's data. Then it times the published app's start-up and prints one
# table (rps, p50/p95/p99, SQL statements and allocated KB per request, PDF pages per second) and one PASS/FAIL line
# per target of issue 17; exit code 1 on a FAIL. Everything it starts is stopped and removed at the end. Needs the
# PostgreSQL server binaries, curl, python3 (free ports) and hey (installed with apt-get when missing).
# Usage: scripts/benchmark-web.sh [SECONDS=10] [CONNECTIONS=8,32] [DISTRICTS=400] [DATABASES=Sqlite,Postgres] [PAGES] [REPEAT=1]
# PAGES (comma-separated words, e.g. "home,overview") measures only the pages whose names contain one of them.
# REPEAT samples of SECONDS each per page and connection count; the table shows their medians.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-8,32}"
districts="${3:-400}"
databases="${4:-Sqlite,Postgres}"
pages="${5:-}"
repeat="${6:-1}"

if ! command -v hey >/dev/null; then
  echo "Installing hey (apt-get)..."
  sudo_=(); [[ $(id -u) == 0 ]] || sudo_=(sudo)
  "${sudo_[@]}" apt-get install -y -q hey >/dev/null || { "${sudo_[@]}" apt-get update -q >/dev/null && "${sudo_[@]}" apt-get install -y -q hey >/dev/null; }
fi

bin=$(dirname "$(command -v initdb 2>/dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
work=$(mktemp -d /tmp/aip-bench-XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_server() { if [[ $(id -u) == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown nobody "$work"
results="$work/results.tsv"
: >"$results"

pg_started=
app_pid=
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [[ -n "$pg_started" ]] && as_server "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building (Release)..."
dotnet build benchmarks/Aip.WebBench -c Release -v q -nologo >/dev/null
# The deployment build (ReadyToRun on Linux x64: see the publish profile), as start-up is timed from it.
# (-r again on the command line: the profile's runtime identifier alone is not seen by the implicit restore, which
# then publishes nothing when the assets were last restored without it.)
dotnet publish src/Aip.Web -p:PublishProfile=ReadyToRun -r linux-x64 -o "$work/publish" -v q -nologo >/dev/null
[[ -f "$work/publish/Aip.Web.dll" ]] || { echo "dotnet publish left no Aip.Web.dll in $work/publish"; exit 1; }
# From its own folder: the test host finds the app's content root through MvcTestingAppManifest.json there.
bench() { (cd benchmarks/Aip.WebBench/bin/Release/net10.0 && dotnet Aip.WebBench.dll "$@"); }
sqlite="Data Source=$work/aip-bench.db"

run() {
  bench run --provider "$1" --connection "$2" --port "$(free_port)" --work "$work/$1" --out "$results" \
    --seconds "$seconds" --connections "$connections" --districts "$districts" --repeat "$repeat" \
    ${pages:+--pages "$pages"} >"$work/$1.log"
}

if [[ ",$databases," == *",Sqlite,"* ]]; then
  run Sqlite "$sqlite"
fi

if [[ ",$databases," == *",Postgres,"* ]]; then
  pg_port=$(free_port)
  echo "PostgreSQL on port $pg_port..."
  as_server "$bin/initdb" -D "$work/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
  as_server "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 60 \
    -o "-p $pg_port -h 127.0.0.1 -k $work -c max_connections=300" start >/dev/null
  pg_started=1
  run Postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=aip_bench"
fi

# Start-up of the published app on the SQLite database the run left (migrated and seeded): the median of three.
if [[ ",$databases," == *",Sqlite,"* ]]; then
  echo "Start-up of the published app..."
  times=()
  for _ in 1 2 3; do
    port=$(free_port)
    start=$(date +%s.%N)
    ASPNETCORE_ENVIRONMENT=Benchmark Database__Provider=Sqlite ConnectionStrings__Aip="$sqlite" \
      Database__MigrateOnStartup=true Mail__LinkOrigin="http://127.0.0.1:$port" \
      Mail__PickupDirectory="$work/startup/mail" Logging__Folder="$work/startup/logs" Files__Folder="$work/startup/files" \
      dotnet "$work/publish/Aip.Web.dll" --urls "http://127.0.0.1:$port" >"$work/startup.log" 2>&1 &
    app_pid=$!
    until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
      kill -0 "$app_pid" 2>/dev/null || { echo "The published app did not start:"; tail -n 30 "$work/startup.log"; exit 1; }
      sleep 0.02
    done
    times+=("$(python3 -c "print(round($(date +%s.%N) - $start, 3))")")
    kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
    app_pid=
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  printf 'Sqlite\tpublished app, seconds to first healthy answer\t0\t%s\t0\t0\t0\t0\t0\t0\t0\t0\n' "$median" >>"$results"
fi

echo
echo "Web benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), ${seconds} s per page and connection count"
echo
bench report "$results"

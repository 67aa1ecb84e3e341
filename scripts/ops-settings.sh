# Sourced by backup.sh and restore.sh: asks the app which database and file store it uses, from its own settings
# (appsettings.json, appsettings.{Environment}.json, environment variables such as Database__Provider and
# ConnectionStrings__Aip), and finds the PostgreSQL client tools.
#   AIP_WEB_DLL       the app (default: a Release build of src/Aip.Web, built when missing)
#   AIP_CONTENT_ROOT  the app's folder, where appsettings.json and a relative SQLite file are (default: src/Aip.Web)
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AIP_CONTENT_ROOT="${AIP_CONTENT_ROOT:-$repo/src/Aip.Web}"
if [[ -z "${AIP_WEB_DLL:-}" ]]; then
  AIP_WEB_DLL="$repo/src/Aip.Web/bin/Release/net10.0/Aip.Web.dll"
  [[ -f "$AIP_WEB_DLL" ]] || dotnet build "$repo/src/Aip.Web" -c Release -v q -nologo >&2
fi

aip_ops() {
  dotnet "$AIP_WEB_DLL" ops "$@" --contentRoot "$AIP_CONTENT_ROOT"
}

# pg_dump / pg_restore from PATH, else from the newest /usr/lib/postgresql/<version>/bin.
pg_tool() {
  if command -v "$1" >/dev/null 2>&1; then
    command -v "$1"
  else
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$found" ]] || { echo "$1 not found: install the PostgreSQL client tools" >&2; return 1; }
    echo "$found"
  fi
}

settings=$(aip_ops settings)
eval "$settings"

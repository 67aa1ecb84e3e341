#!/usr/bin/env bash
# Restores a folder written by backup.sh over the app's database and file store. Stop the app first.
# The backup is checked against its SHA256SUMS; the database is replaced as a whole (SQLite: copied back with the
# online backup API; PostgreSQL: pg_restore --clean in one transaction); the file store is replaced, the files that
# were there kept beside it as <folder>.before-restore-<time>.
# Usage: scripts/restore.sh BACKUP-FOLDER    (docs/operations.md)
set -euo pipefail
src="${1:?usage: scripts/restore.sh BACKUP-FOLDER}"
source "$(dirname "$0")/ops-settings.sh"

(cd "$src" && sha256sum --quiet --check SHA256SUMS)
provider=$(sed -n 's/^provider=//p' "$src/backup.txt")
if [[ "$provider" != "$AIP_DB_PROVIDER" ]]; then
  echo "The backup is of a $provider database; this app uses $AIP_DB_PROVIDER" >&2
  exit 1
fi

case "$AIP_DB_PROVIDER" in
  Sqlite)
    mkdir -p "$(dirname "$AIP_SQLITE_FILE")"
    aip_ops sqlite-restore "$src/database.sqlite" ;;
  Postgres)
    "$(pg_tool pg_restore)" --clean --if-exists --no-owner --single-transaction --exit-on-error \
      --dbname="$PGDATABASE" "$src/database.pgdump" ;;
esac

if [[ -d "$src/files" ]]; then
  if [[ -z "$AIP_FILES_FOLDER" ]]; then
    echo "The backup has files but Files:Folder is not set: set it, then restore again" >&2
    exit 1
  fi
  if [[ -e "$AIP_FILES_FOLDER" ]]; then
    mv "$AIP_FILES_FOLDER" "$AIP_FILES_FOLDER.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  fi
  mkdir -p "$AIP_FILES_FOLDER"
  cp -a "$src/files/." "$AIP_FILES_FOLDER/"
fi
echo "Restored the $AIP_DB_PROVIDER database$([[ -d "$src/files" ]] && echo " and files") from $src"

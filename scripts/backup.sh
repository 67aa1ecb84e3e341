#!/usr/bin/env bash
# Backs up AIP into one new folder: the database (SQLite: the online backup API, consistent while the app runs;
# PostgreSQL: pg_dump -Fc) and the file store (Files:Folder, when it is set and exists), with SHA256SUMS.
# The Data Protection keys (sign-in cookies, antiforgery tokens) are in the database, so they are in the backup.
# Usage: scripts/backup.sh BACKUP-FOLDER    (docs/operations.md)
set -euo pipefail
# A backup holds password hashes, authenticator keys, sessions and the Data Protection keys: readable by its owner only.
umask 077
dest="${1:?usage: scripts/backup.sh BACKUP-FOLDER}"
source "$(dirname "$0")/ops-settings.sh"

if [[ -e "$dest" && -n "$(ls -A "$dest" 2>/dev/null)" ]]; then
  echo "$dest is not empty: back up into a new folder" >&2
  exit 1
fi
mkdir -p "$dest"
chmod 700 "$dest"

case "$AIP_DB_PROVIDER" in
  Sqlite)
    aip_ops sqlite-backup "$dest/database.sqlite" ;;
  Postgres)
    "$(pg_tool pg_dump)" --format=custom --no-owner --file="$dest/database.pgdump" ;;
  *)
    echo "Database:Provider $AIP_DB_PROVIDER: back it up with the server's own tools (docs/operations.md)" >&2
    exit 2 ;;
esac

if [[ -n "$AIP_FILES_FOLDER" && -d "$AIP_FILES_FOLDER" ]]; then
  mkdir -p "$dest/files"
  cp -a "$AIP_FILES_FOLDER/." "$dest/files/"
fi

{
  echo "provider=$AIP_DB_PROVIDER"
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "files=$([[ -d "$dest/files" ]] && echo yes || echo no)"
} > "$dest/backup.txt"
(cd "$dest" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "Backed up $AIP_DB_PROVIDER database$([[ -d "$dest/files" ]] && echo " and files") to $dest"

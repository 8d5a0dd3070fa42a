#!/usr/bin/env bash
# Regenerates sample-events/*.json and puts them in confplan's canonical form (load, then dump).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product confplan
python3 sample-events/make-samples.py sample-events
db=$(mktemp -u /tmp/confplan-samples-XXXXXX.sqlite)
trap 'rm -f "$db" "$db"-wal "$db"-shm' EXIT
for f in sample-events/*.json; do
    key=$(.build/debug/confplan --db "$db" load "$f" | sed -n 's/^loaded \([^:]*\):.*/\1/p')
    .build/debug/confplan --db "$db" dump "$key" -o "$f"
done

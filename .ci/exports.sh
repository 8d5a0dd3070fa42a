#!/usr/bin/env bash
# Writes every export of every sample event into DIR, one file per export, so two builds can be
# compared byte for byte. `.ci/run` checks them against the digests in Tests/ExportGolden (digests,
# not copies: the 210 files are 9 MB); after a reviewed change of output, write them again with
#   .ci/exports.sh .build/debug/confplan /tmp/x && (cd /tmp/x && sha256sum * > "$OLDPWD/Tests/ExportGolden/exports.sha256")
# and to see what changed, run this with the binary of the commit before and diff the two folders.
# Usage: .ci/exports.sh BINARY DIR
set -euo pipefail
bin=$1; out=$2
mkdir -p "$out"
db=$(mktemp -u /tmp/confplan-exports-XXXXXX.sqlite)
trap 'rm -f "$db" "$db"-wal "$db"-shm' EXIT
for f in sample-events/*.json; do
    key=$("$bin" --db "$db" load "$f" | sed -n 's/^loaded \([^:]*\):.*/\1/p')
    x() {
        local name=$1; shift
        "$bin" --db "$db" "$@" -o "$out/$key-$name" 2>/dev/null || { echo "exports.sh: $key-$name failed: $*" >&2; exit 1; }
    }
    x programme.txt export programme "$key"
    x programme-60.txt export programme "$key" --width 60
    x programme-day2.txt export programme "$key" --day 2
    x programme.md export programme "$key" --format markdown
    x markdown.md export markdown "$key"
    x room-sheets.txt export room-sheets "$key"
    x ical.ics export ical "$key"
    # DTSTAMP says when the file was made (and LAST-MODIFIED repeats it where nothing was logged).
    stamp=$(sed -n 's/^DTSTAMP:\([0-9TZ]*\).*/\1/p' "$out/$key-ical.ics" | head -1)
    [ -z "$stamp" ] || sed -i "s/$stamp/19700101T000000Z/g" "$out/$key-ical.ics"
    x frab.xml export frab-xml "$key"
    x frab.json export frab-json "$key"
    for t in sessions people attendees signups; do
        x "$t.csv" export csv "$t" "$key"
        x "$t-codes.csv" export csv "$t" "$key" --codes --no-bom
    done
    for t in attendees people sessions signups programme; do x "$t.xlsx" export xlsx "$t" "$key"; done
    for fmt in pdf xlsx csv text; do
        x "table-cards.$fmt" export table-cards "$key" --session k1 --format "$fmt"
        x "table-cards-stage.$fmt" export table-cards "$key" --session open --view stage --format "$fmt"
        x "badges.$fmt" export badges "$key" --format "$fmt"
        x "sign-in.$fmt" export sign-in "$key" --format "$fmt"
        x "sign-in-org.$fmt" export sign-in "$key" --session open --sort organisation --format "$fmt"
    done
    x arrivals.csv export arrivals "$key" --format csv
    x arrivals-missing.xlsx export arrivals "$key" --missing --format xlsx
    for fmt in text json xlsx; do
        x "seating.$fmt" seating "$key" open --format "$fmt"
        x "seating-photo.$fmt" seating "$key" k1 --photo 3,4 --rule international --format "$fmt"
    done
    # The samples may have no journeys or runs: the lists then say so, and the notices are empty.
    for fmt in text csv xlsx pdf; do
        for list in pickups dropoffs runs; do x "$list.$fmt" export "$list" "$key" --format "$fmt"; done
    done
    for fmt in text csv; do
        x "transport-notices.$fmt" export transport-notices "$key" --preview --format "$fmt"
    done
    # A welcome dinner's banquet (issue 37), in the samples that have one (dinner1), laid out or not.
    if grep -q '"id": "dinner1"' "$f"; then
        for fmt in text pdf; do
            for list in hall-plan table-charts table-signs place-cards; do
                x "$list.$fmt" export "$list" "$key" dinner1 --format "$fmt"
            done
        done
        for fmt in text csv xlsx pdf; do x "seating-list.$fmt" export seating-list "$key" dinner1 --format "$fmt"; done
        for fmt in text csv xlsx; do x "kitchen.$fmt" export kitchen "$key" dinner1 --format "$fmt"; done
        for fmt in text csv; do x "seating-notices.$fmt" export seating-notices "$key" dinner1 --format "$fmt"; done
    fi
    # Rooming: the 分房表 per hotel, the room-nights and the notices (empty where no rooms are held).
    for fmt in text csv xlsx pdf; do x "rooming.$fmt" export rooming "$key" --format "$fmt"; done
    for fmt in text csv xlsx; do x "room-nights.$fmt" export room-nights "$key" --format "$fmt"; done
    for fmt in text csv; do
        x "rooming-notices.$fmt" export rooming-notices "$key" --preview --format "$fmt"
    done
    # Notices need a change since a release.
    "$bin" --db "$db" release "$key" --name golden >/dev/null 2>&1
    "$bin" --db "$db" move "$key" k1 --start 16:00 >/dev/null 2>&1 || true
    for fmt in text csv xlsx; do
        x "notices.$fmt" export notices "$key" --format "$fmt"
        x "notices-all.$fmt" export notices "$key" --to all --full --format "$fmt"
    done
done

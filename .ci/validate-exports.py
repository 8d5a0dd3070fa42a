#!/usr/bin/env python3
"""Checks confplan's exports with validators nobody on the team wrote.

Usage: validate-exports.py FILE...   (.xml: frab XML Schema via xmllint; .json: frab JSON Schema;
.ics: icalendar and vobject, every TZID has its VTIMEZONE, lines folded at 75 octets; .xlsx:
openpyxl opens it, and its header and rows match the CSV of the same table in csv/ beside it,
phone cells are text, nothing is a formula)."""
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "..", "Tests", "validators", "c3voc-schedule")


def check_xml(path):
    r = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "schedule.xml.xsd"), path],
                       capture_output=True, text=True)
    return [] if r.returncode == 0 else [r.stderr.strip()[:2000]]


def check_json(path):
    import jsonschema
    schema = json.load(open(os.path.join(SCHEMAS, "schema.json"), encoding="utf-8"))
    data = json.load(open(path, encoding="utf-8"))
    v = jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())
    return [f"{list(e.path)}: {e.message[:300]}" for e in v.iter_errors(data)]


def check_ics(path):
    import icalendar
    import vobject
    raw = open(path, "rb").read()
    problems = []
    text = raw.decode("utf-8")
    for n, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            problems.append(f"line {n} is {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n} splits a UTF-8 sequence")
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a bare LF line break")
    cal = icalendar.Calendar.from_ical(text)
    for c in cal.walk():
        for e in getattr(c, "errors", []):
            problems.append(f"icalendar: {c.name}: {e}")
    vobject.readOne(text, validate=True)
    zones = {str(c["TZID"]) for c in cal.walk("VTIMEZONE")}
    for c in cal.walk("VEVENT"):
        for key in ("DTSTART", "DTEND"):
            tzid = c[key].params.get("TZID") if key in c else None
            if tzid and tzid not in zones:
                problems.append(f"{key} uses TZID {tzid} without a VTIMEZONE")
    if not cal.walk("VEVENT"):
        problems.append("no VEVENT")
    return problems


def check_xlsx(path):
    import openpyxl
    problems = []
    ws = openpyxl.load_workbook(path).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    if ws.freeze_panes != "A2":
        problems.append(f"header not frozen ({ws.freeze_panes})")
    if not ws.auto_filter.ref:
        problems.append("no filter on the header")
    folder, name = os.path.split(path)
    table = name.rsplit("-", 1)[1][:-5]
    twin = os.path.join(folder, "csv", name.replace("-programme.xlsx", "-sessions.xlsx")[:-5] + ".csv")
    with open(twin, encoding="utf-8-sig", newline="") as f:
        expected = list(csv.reader(f))
    if len(rows) != len(expected):
        problems.append(f"{len(rows)} rows, the CSV has {len(expected)}")
    if table != "programme" and rows and rows[0] != expected[0]:
        problems.append(f"header {rows[0]} is not the CSV's {expected[0]}")
    for col, head in enumerate(rows[0] if rows else []):
        if head in ("手机", "phone"):
            for n, r in enumerate(rows[1:], 2):
                if r[col] is not None and not isinstance(r[col], str):
                    problems.append(f"row {n}: the phone {r[col]!r} is not text")
                    break
    for r in ws.iter_rows():
        for c in r:
            if c.data_type == "f":
                problems.append(f"{c.coordinate} is a formula")
    return problems


def main(paths):
    failed = False
    for p in paths:
        check = {".xml": check_xml, ".json": check_json, ".ics": check_ics, ".xlsx": check_xlsx}[os.path.splitext(p)[1]]
        try:
            problems = check(p)
        except Exception as e:  # a parser giving up is a failure too
            problems = [f"{type(e).__name__}: {e}"]
        print(f"{p}: " + ("ok" if not problems else "INVALID"))
        for pr in problems[:20]:
            print("   ", pr)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""The exact optimum of confplan's repair, for tests and the bench only (never a runtime need).

Reads event files (confplan's JSON, as `confplan dump` writes them) and, for each, finds with
CP-SAT (the `ortools` package) the fewest sessions to move so that no error of these kinds is
left: two sessions in one room at once, one person in two sessions at once, a session outside
its room's or its people's hours or the event, a room without the features a session needs or
without seats for its sign-ups. What it keeps and assumes, independently of how `solve` searches:

- Fixed sessions, meals, breaks and the opening stay where they are; so do sessions whose time
  is impossible. Errors among only those cannot be cleared and are left out.
- A moved session keeps its length (a session without a time gets an hour), may go to any room
  that has its features and seats, on any day of the event, at any minute, inside the hours of
  its room (a room without hours is open the working day: 08:00 to 18:00, or longer where the
  programme is, in whole hours) and of all its people, and never runs into a meal, break or
  opening: it may overlap one only by spanning all of it and being strictly longer.
- Warnings (travel, attendees' clashes, plenaries, held times already run into) are not errors.

Prints one JSON line per file: {"file", "moves", "status"} where status is OPTIMAL (moves is
the optimum), FEASIBLE (the best found in the time limit), or INFEASIBLE.

    python3 repair_oracle.py [--seconds N] FILE...
"""
import json
import sys
from datetime import date, datetime

from ortools.sat.python import cp_model

FEATURE_WORDS = {"同传": "interpretation", "同声传译": "interpretation", "投影": "projector", "直播": "livestream",
                 "舞台": "stage", "主席台": "stage", "无障碍": "accessible", "录像": "recording"}
HELD = {"meal", "break", "opening-ceremony"}
EPOCH = datetime(2000, 1, 1)


def minutes(text):
    return int((datetime.strptime(text, "%Y-%m-%dT%H:%M") - EPOCH).total_seconds() // 60)


def day_minutes(text):
    return int((datetime.combine(date.fromisoformat(text), datetime.min.time()) - EPOCH).total_seconds() // 60)


def feature(word):
    w = word.strip().lower()
    return FEATURE_WORDS.get(w, w)


def windows(obj):
    return [(minutes(w["start"]), minutes(w["end"])) for w in obj.get("availability", [])]


def intersect(a, b):
    out = []
    for x0, x1 in a:
        for y0, y1 in b:
            lo, hi = max(x0, y0), min(x1, y1)
            if lo <= hi:
                out.append((lo, hi))
    return merge(out)


def merge(spans):
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def subtract(spans, lo, hi):
    """Removes the open-closed range of starts lo..hi (inclusive) from closed spans."""
    out = []
    for a, b in spans:
        if hi < a or b < lo:
            out.append((a, b))
            continue
        if a < lo:
            out.append((a, lo - 1))
        if hi < b:
            out.append((hi + 1, b))
    return out


def solve_file(path, seconds):
    d = json.load(open(path, encoding="utf-8"))
    ev = d["event"]
    change = ev.get("dayChangeHour", 4) * 60
    first_day = day_minutes(ev["firstDay"])
    last_day = day_minutes(ev["lastDay"])
    event_span = (first_day + change, last_day + 1440 + change)
    rooms = {r["id"]: r for r in d["rooms"]}
    people = {p["id"]: p for p in d["people"]}
    signups = {}
    for p in d["people"]:
        for s in p.get("registration", {}).get("signups", []):
            signups[s] = signups.get(s, 0) + 1

    sessions = d["sessions"]
    timed = {}
    for s in sessions:
        if s.get("start") and s.get("end"):
            a, b = minutes(s["start"]), minutes(s["end"])
            if b > a and b - a <= 1440:
                timed[s["id"]] = (a, b)
    # The working day, as solve's hours are defined: 08:00–18:00 or the programme's extent.
    first, last = 8 * 60, 18 * 60
    for a, b in timed.values():
        m = (a - first_day) % 1440
        first = min(first, m)
        last = max(last, min(1440, m + (b - a)))
    first, last = first // 60 * 60, (last + 59) // 60 * 60
    held = [timed[s["id"]] for s in sessions if s.get("kind") in HELD and s["id"] in timed]
    days = range((last_day - first_day) // 1440 + 1)

    def holders(s):
        return sorted({r["person"] for r in s.get("roles", [])})

    def seats_ok(s, r):
        need = signups.get(s["id"], 0)
        return need <= min(r["capacity"], s.get("capacityLimit", 10 ** 9))

    def features_ok(s, r):
        have = {feature(f) for f in r.get("features", [])}
        return all(feature(f) in have for f in s.get("requires", []))

    def hours(s, r):
        """Closed intervals of time the session may occupy in room r (start..end)."""
        base = windows(r) or [(first_day + k * 1440 + first, first_day + k * 1440 + last) for k in days]
        spans = intersect(merge(base), [event_span])
        for p in holders(s):
            w = windows(people.get(p, {}))
            if w:
                spans = intersect(spans, merge(w))
        return spans

    def valid_here(s):
        if s["id"] not in timed or not s.get("room") or s["room"] not in rooms:
            return False
        r = rooms[s["room"]]
        a, b = timed[s["id"]]
        return features_ok(s, r) and seats_ok(s, r) and any(x <= a and b <= y for x, y in hours(s, r))

    model = cp_model.CpModel()
    in_room = {r: [] for r in rooms}
    of_person = {}
    fixed_room = {r: [] for r in rooms}
    fixed_person = {}
    keeps = []
    keep_of = {}
    for s in sessions:
        sid = s["id"]
        kept = s.get("fixed") or s.get("kind") in HELD or (s.get("start") and sid not in timed)
        if kept:
            if sid in timed:
                if s.get("room") in rooms:
                    fixed_room[s["room"]].append(timed[sid])
                for p in holders(s):
                    fixed_person.setdefault(p, []).append(timed[sid])
            continue
        length = timed[sid][1] - timed[sid][0] if sid in timed else 60
        home = valid_here(s)
        options = []
        for rid, r in rooms.items():
            if not (features_ok(s, r) and seats_ok(s, r)):
                continue
            starts = [(a, b - length) for a, b in hours(s, r) if b - length >= a]
            for h0, h1 in held:
                # Overlapping starts are h0-L+1..h1-1; those spanning all of it, h1-L..h0, are
                # allowed when the session is strictly longer.
                if length > h1 - h0:
                    starts = subtract(subtract(starts, h0 - length + 1, h1 - length - 1), h0 + 1, h1 - 1)
                else:
                    starts = subtract(starts, h0 - length + 1, h1 - 1)
            if home and rid == s["room"]:
                starts = merge(starts + [(timed[sid][0], timed[sid][0])])
            if not starts:
                continue
            x = model.NewBoolVar(f"x_{sid}_{rid}")
            st = model.NewIntVarFromDomain(cp_model.Domain.FromIntervals([[a, b] for a, b in starts]), f"s_{sid}_{rid}")
            iv = model.NewOptionalFixedSizeIntervalVar(st, length, x, f"i_{sid}_{rid}")
            in_room[rid].append(iv)
            options.append((rid, x, st, starts))
        if not options:
            return {"file": path, "moves": None, "status": "INFEASIBLE", "why": f"{sid} fits no room"}
        model.AddExactlyOne([o[1] for o in options])
        lo = min(o[3][0][0] for o in options)
        hi = max(o[3][-1][1] for o in options)
        start = model.NewIntVar(lo, hi, f"start_{sid}")
        for _, x, st, _ in options:
            model.Add(start == st).OnlyEnforceIf(x)
        iv = model.NewFixedSizeIntervalVar(start, length, f"p_{sid}")
        for p in holders(s):
            of_person.setdefault(p, []).append(iv)
        if home:
            keep = model.NewBoolVar(f"keep_{sid}")
            x = next(o[1] for o in options if o[0] == s["room"])
            model.Add(start == timed[sid][0]).OnlyEnforceIf(keep)
            model.AddImplication(keep, x)
            keeps.append(keep)
            keep_of[sid] = keep
            # Moved means somewhere else: kept exactly when at its own place.
            at_home = model.NewBoolVar(f"home_{sid}")
            model.Add(start == timed[sid][0]).OnlyEnforceIf(at_home)
            model.Add(start != timed[sid][0]).OnlyEnforceIf(at_home.Not())
            model.AddBoolAnd([at_home, x]).OnlyEnforceIf(keep)
            # A hint, not a constraint: most sessions stay, which finds a first plan sooner.
            model.AddHint(keep, 1)
            model.AddHint(x, 1)
            model.AddHint(start, timed[sid][0])
    # Sessions that stay, merged where they overlap one another (an error nothing can clear).
    for rid in rooms:
        for a, b in merge([(a, b - 1) for a, b in fixed_room[rid]]):
            in_room[rid].append(model.NewIntervalVar(a, b + 1 - a, b + 1, f"f_{rid}_{a}"))
        if len(in_room[rid]) > 1:
            model.AddNoOverlap(in_room[rid])
    for p, spans in fixed_person.items():
        for a, b in merge([(a, b - 1) for a, b in spans]):
            of_person.setdefault(p, []).append(model.NewIntervalVar(a, b + 1 - a, b + 1, f"fp_{p}_{a}"))
    for p, ivs in of_person.items():
        if len(ivs) > 1:
            model.AddNoOverlap(ivs)
    # Implied, and what makes the bound strong: of two sessions that clash where they are (one
    # room, or one person, at once), at most one stays.
    kept_at = {}
    for s in sessions:
        if s["id"] in keep_of:
            kept_at[s["id"]] = (s.get("room"), timed[s["id"]], set(holders(s)))
    ids = sorted(kept_at, key=lambda i: kept_at[i][1])
    for i, a in enumerate(ids):
        ra, (a0, a1), pa = kept_at[a]
        for b in ids[i + 1:]:
            rb, (b0, b1), pb = kept_at[b]
            if b0 >= a1:
                break
            if ra == rb or pa & pb:
                model.AddBoolOr([keep_of[a].Not(), keep_of[b].Not()])
    movable = sum(1 for s in sessions if not (s.get("fixed") or s.get("kind") in HELD
                                                or (s.get("start") and s["id"] not in timed)))
    model.Minimize(movable - sum(keeps))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 2
    status = solver.Solve(model)
    name = solver.StatusName(status)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {"file": path, "moves": round(solver.ObjectiveValue()), "status": name,
                "bound": round(solver.BestObjectiveBound())}
    return {"file": path, "moves": None, "status": name}


def main(argv):
    seconds = 60.0
    files = []
    it = iter(argv)
    for a in it:
        if a == "--seconds":
            seconds = float(next(it))
        else:
            files.append(a)
    for f in files:
        print(json.dumps(solve_file(f, seconds), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

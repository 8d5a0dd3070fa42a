/// The database schema as numbered migrations. `PRAGMA user_version` records how many have run;
/// a database with a higher number than `Schema.latest` comes from a newer confplan and is
/// refused untouched.
///
/// Lists inside a row (room features, session languages, availability windows) are stored as
/// text joined by U+001F (unit separator), which no name or feature can contain after import
/// clean-up: they are small, always read whole, and never queried by element.
enum Schema {
    static let migrations: [String] = [
        // 1: the planning model.
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            day_change_hour INTEGER NOT NULL DEFAULT 4,
            default_travel_minutes INTEGER NOT NULL DEFAULT 30,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (event_id, key)
        );
        CREATE TABLE travel_times (
            from_site INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            to_site INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            minutes INTEGER NOT NULL CHECK (minutes >= 0),
            PRIMARY KEY (from_site, to_site)
        ) WITHOUT ROWID;
        CREATE TABLE rooms (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE RESTRICT,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            capacity INTEGER NOT NULL CHECK (capacity >= 0),
            features TEXT NOT NULL DEFAULT '',
            availability TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (event_id, key)
        );
        CREATE INDEX rooms_by_site ON rooms(site_id);
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            track TEXT NOT NULL DEFAULT '',
            room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
            start TEXT,
            end TEXT,
            languages TEXT NOT NULL DEFAULT '',
            required_features TEXT NOT NULL DEFAULT '',
            capacity_limit INTEGER,
            plenary INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'draft',
            notes TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (event_id, key),
            CHECK ((start IS NULL) = (end IS NULL))
        );
        CREATE INDEX sessions_by_room ON sessions(room_id);
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            org_type TEXT NOT NULL DEFAULT 'other',
            vip_level INTEGER NOT NULL DEFAULT 0,
            availability TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (event_id, key)
        );
        CREATE INDEX people_by_phone ON people(event_id, phone) WHERE phone != '';
        CREATE INDEX people_by_email ON people(event_id, email) WHERE email != '';
        CREATE TABLE session_roles (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, person_id, role)
        ) WITHOUT ROWID;
        CREATE INDEX roles_by_person ON session_roles(person_id);
        CREATE TABLE registrations (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            category TEXT NOT NULL DEFAULT 'delegate',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE signups (
            person_id INTEGER NOT NULL REFERENCES registrations(person_id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (person_id, session_id)
        ) WITHOUT ROWID;
        CREATE INDEX signups_by_session ON signups(session_id);
        """,
        // 2: what staff decide about conflict findings.
        """
        CREATE TABLE acknowledgements (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            finding_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            by_user TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (event_id, finding_key)
        ) WITHOUT ROWID;
        CREATE TABLE severity_overrides (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            PRIMARY KEY (event_id, code)
        ) WITHOUT ROWID;
        """,
        // 3: matching of imported people happens in memory, so these indexes only slowed every
        // insert into people.
        """
        DROP INDEX people_by_phone;
        DROP INDEX people_by_email;
        """,
        // 4: who changed what, and when (confplan log).
        """
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            by_user TEXT NOT NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL
        );
        CREATE INDEX change_log_by_event ON change_log(event_id, id);
        """,
        // 5: a registration becomes two columns of the person's row (category NULL: not
        // registered), and people's uid loses its unique index. Importing 100,000 attendees
        // wrote two rows and updated four b-trees per person; now one row and two. Nothing
        // looks a person up by uid, and `doctor` checks that uids stay unique in each event.
        // (SQLite changes a table by building a new one; `migrate` turns foreign keys off
        // around this and checks them before committing.)
        """
        CREATE TABLE people_v5 (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            org_type TEXT NOT NULL DEFAULT 'other',
            vip_level INTEGER NOT NULL DEFAULT 0,
            availability TEXT NOT NULL DEFAULT '',
            province TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            category TEXT,
            registration_order INTEGER,
            UNIQUE (event_id, key),
            CHECK ((category IS NULL) = (registration_order IS NULL))
        );
        INSERT INTO people_v5
            SELECT p.id, p.event_id, p.key, p.uid, p.name, p.organisation, p.title, p.phone, p.email, p.org_type,
                   p.vip_level, p.availability, p.province, p.city, p.gender, p.notes, p.version, r.category, r.position
            FROM people p LEFT JOIN registrations r ON r.person_id = p.id;
        CREATE TABLE signups_v5 (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (person_id, session_id)
        ) WITHOUT ROWID;
        INSERT INTO signups_v5 SELECT person_id, session_id, position FROM signups;
        DROP TABLE signups;
        DROP TABLE registrations;
        DROP TABLE people;
        ALTER TABLE people_v5 RENAME TO people;
        ALTER TABLE signups_v5 RENAME TO signups;
        CREATE INDEX signups_by_session ON signups(session_id);
        """,
        // 6: pairs of people staff looked at and decided are two (confplan duplicates), by UID
        // so the decision survives reloading the event; the smaller UID first.
        """
        CREATE TABLE kept_apart (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            first_uid TEXT NOT NULL,
            second_uid TEXT NOT NULL,
            by_user TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (event_id, first_uid, second_uid)
        );
        """,
        // 7: sessions staff fixed in place, which `solve` never moves.
        """
        ALTER TABLE sessions ADD COLUMN fixed INTEGER NOT NULL DEFAULT 0;
        """,
        // 8: numbered releases of the programme, frozen as JSON (sessions with their times,
        // rooms, titles and roles as they were), with who and when.
        """
        CREATE TABLE releases (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            by_user TEXT NOT NULL,
            sessions TEXT NOT NULL,
            PRIMARY KEY (event_id, number)
        ) WITHOUT ROWID;
        """,
        // 9: the language to write to a person in (notices), when not the one their name says.
        """
        ALTER TABLE people ADD COLUMN language TEXT;
        """,
        // 10: how the event seats its rostrum (以左为尊 or 以右为尊).
        """
        ALTER TABLE events ADD COLUMN seating_rule TEXT NOT NULL DEFAULT 'domestic';
        """,
        // 11: a session's rostrum as staff arranged it (`SeatingColumn`), NULL until they do.
        """
        ALTER TABLE sessions ADD COLUMN seating TEXT;
        """,
        // 12: badge numbers, given the first time badges are printed and kept after.
        """
        ALTER TABLE people ADD COLUMN badge INTEGER;
        """,
        // 13: the check-in desk: each arrival a row (undone in place), numbered in the order of
        // recording so desks take in only what is new; at most one standing arrival per person
        // and session (NULL: the event). Check-in codes kept beside the people, indexed for scans.
        """
        ALTER TABLE events ADD COLUMN checkin_items TEXT NOT NULL DEFAULT '';
        ALTER TABLE people ADD COLUMN checkin TEXT;
        CREATE INDEX people_by_checkin ON people(event_id, checkin);
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            desk TEXT NOT NULL DEFAULT '',
            by_user TEXT NOT NULL,
            items TEXT NOT NULL DEFAULT '',
            undone_at TEXT,
            undone_by TEXT,
            undo_reason TEXT,
            seq INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX checkins_once ON checkins(person_id, coalesce(session_id, 0)) WHERE undone_at IS NULL;
        CREATE INDEX checkins_by_seq ON checkins(event_id, seq);
        """,
        // 14: each calendar entry's SEQUENCE as it last went out, with what the session then was
        // (`ReleasedSession.calendarFingerprint`) and when, by the session's UUID: kept, never
        // derived again from the releases, so deleting a release or a session cannot lower it.
        """
        CREATE TABLE calendar_entries (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 0),
            fingerprint TEXT NOT NULL,
            at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, uid)
        ) WITHOUT ROWID;
        """,
        // 15: who was signed up for a session when it was deleted (UUIDs, the person's as the
        // people table keeps it), so the notices of its cancellation reach them. Kept with the
        // deletion, not with each release: a release of 600,000 sign-ups would copy them all.
        """
        CREATE TABLE cancelled_signups (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            session_uid TEXT NOT NULL,
            person_uid NOT NULL,
            PRIMARY KEY (event_id, session_uid, person_uid)
        ) WITHOUT ROWID;
        """,
        // 16: what a list's next copy is matched by, by the people's UIDs: whom each source's
        // list named, with the free notes it gave them (`source`, `merged_from` empty when the
        // list named them itself), and the values of people merged into others (`source`
        // empty), so a list still naming them finds the kept person. Taking a merge back
        // deletes the rows it added (`merged_from`).
        """
        CREATE TABLE import_memory (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            person_uid TEXT NOT NULL,
            source TEXT NOT NULL,
            merged_from TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, source, person_uid, merged_from)
        ) WITHOUT ROWID;
        """,
        // 17: whom each source's list named, one row per list (its people's UIDs, a line each):
        // a row of `import_memory` per person cost a 100,000-row list more to write than the
        // people themselves, and ten times that for a million. Free notes, and what merges
        // bring, stay rows of `import_memory`; rows written before this stay valid.
        """
        CREATE TABLE import_lists (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            uids TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, source)
        );
        """,
        // 18: the sub-forums each source's list gave each person it named (a line per person:
        // the person's UID, a tab, the sessions' UIDs between spaces), so that its next copy
        // takes away only those, not another list's or staff's. NULL: remembered before this,
        // not known; the list then stays the truth for all of a person's sub-forums.
        // Written since as one blob per list (`GivenSignups`); text written before is still read.
        """
        ALTER TABLE import_lists ADD COLUMN signups TEXT;
        """,
        // 19: arrivals and ground transport (接送站): each person's journey (one row, both ways;
        // times as wall-clock text like sessions'), the vehicles hired and the runs they make.
        // A deleted site takes the runs from or to it; a deleted vehicle leaves its runs without one.
        """
        CREATE TABLE trips (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            companions INTEGER NOT NULL DEFAULT 0 CHECK (companions >= 0),
            stay_site INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            arrival_mode TEXT,
            arrival_number TEXT NOT NULL DEFAULT '',
            arrival_hub INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            arrival_time TEXT,
            arrival_transfer INTEGER NOT NULL DEFAULT 0,
            departure_mode TEXT,
            departure_number TEXT NOT NULL DEFAULT '',
            departure_hub INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            departure_time TEXT,
            departure_transfer INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE vehicles (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            plate TEXT NOT NULL,
            kind TEXT NOT NULL,
            seats INTEGER NOT NULL CHECK (seats > 0),
            driver TEXT NOT NULL DEFAULT '',
            driver_phone TEXT NOT NULL DEFAULT '',
            availability TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, key)
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            vehicle_id INTEGER REFERENCES vehicles(id) ON DELETE SET NULL,
            from_site INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            to_site INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            depart TEXT NOT NULL,
            escort_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, key)
        );
        CREATE INDEX runs_by_vehicle ON runs(vehicle_id);
        CREATE TABLE run_passengers (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (run_id, person_id)
        ) WITHOUT ROWID;
        CREATE INDEX run_passengers_by_person ON run_passengers(person_id);
        """,
        // 20: what the last transport notices told each passenger and driver (a key such as
        // `pickup:UID` or `driver:UID:DAY`, and the facts told as text), so that after a flight
        // moves only those whose run, time or car changed are told again.
        """
        CREATE TABLE transport_notices (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, key)
        ) WITHOUT ROWID;
        """,
        // 21: rooming (分房): each person's stay (one row; dates as `YYYY-MM-DD`, NULL: from their
        // journey), the rooms hotels hold (per-night counts and room numbers as text lists, a
        // few per block), and who sleeps in which room for which nights. A deleted hotel takes
        // its blocks, a deleted block its assignments; a deleted person their stay and rooms,
        // and is no longer anyone's roommate or principal.
        """
        CREATE TABLE stays (
            person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
            need TEXT NOT NULL,
            check_in TEXT,
            check_out TEXT,
            roommate_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            principal_id INTEGER REFERENCES people(id) ON DELETE SET NULL
        );
        CREATE INDEX stays_by_roommate ON stays(roommate_id);
        CREATE INDEX stays_by_principal ON stays(principal_id);
        CREATE TABLE room_blocks (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            hotel_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            beds INTEGER NOT NULL CHECK (beds > 0),
            nights TEXT NOT NULL DEFAULT '',
            numbers TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (event_id, key)
        );
        CREATE INDEX room_blocks_by_hotel ON room_blocks(hotel_id);
        CREATE TABLE room_assignments (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            uid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            block_id INTEGER NOT NULL REFERENCES room_blocks(id) ON DELETE CASCADE,
            room TEXT NOT NULL,
            bed INTEGER,
            check_in TEXT NOT NULL,
            check_out TEXT NOT NULL,
            UNIQUE (event_id, key)
        );
        CREATE INDEX room_assignments_by_person ON room_assignments(person_id);
        CREATE INDEX room_assignments_by_block ON room_assignments(block_id);
        """,
        // 22: banquet tables (桌次、座次): a person's dietary need (its kind, NULL for none, and
        // the words given), the event's seat order, and per meal session its plan, its tables
        // (numbered, placed relative to the head table) and who sits where. Seats are rows in
        // the order staff put them, not keyed by person or seat: a person at two tables, or two
        // in one seat, are findings staff must be able to see, not rows the store refuses.
        """
        ALTER TABLE people ADD COLUMN diet TEXT;
        ALTER TABLE people ADD COLUMN diet_note TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN banquet_seat_order TEXT NOT NULL DEFAULT 'host-and-deputy';
        CREATE TABLE table_plans (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            head_table INTEGER NOT NULL,
            numbered_by_hand INTEGER NOT NULL DEFAULT 0,
            seat_order TEXT,
            excluded TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE banquet_tables (
            session_id INTEGER NOT NULL REFERENCES table_plans(session_id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 12),
            halal INTEGER NOT NULL DEFAULT 0,
            across INTEGER NOT NULL DEFAULT 0,
            back INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL,
            PRIMARY KEY (session_id, number)
        ) WITHOUT ROWID;
        CREATE TABLE banquet_seats (
            session_id INTEGER NOT NULL REFERENCES table_plans(session_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            table_number INTEGER NOT NULL,
            seat INTEGER NOT NULL CHECK (seat > 0),
            host INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX banquet_seats_by_person ON banquet_seats(person_id);
        """,
        // 23: check-in codes indexed only where a person has one. Everyone an import adds has
        // none yet, and an entry for each of them made every imported person two index inserts
        // instead of one; a scan looks codes up with `checkin = ?`, which the partial index
        // serves, and the few that list people without a code read the event's people anyway.
        """
        DROP INDEX people_by_checkin;
        CREATE INDEX people_by_checkin ON people(event_id, checkin) WHERE checkin IS NOT NULL;
        """,
    ]

    static var latest: Int { migrations.count }
}

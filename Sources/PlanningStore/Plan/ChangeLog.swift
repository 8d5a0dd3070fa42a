import Foundation
import PlanningCore

/// One entry of `confplan log`. Entries are stored as a `ChangeNote` (its action, and its facts
/// as JSON) and told in the reader's language; entries of versions before notes keep the English
/// sentence they were stored with, and only their action is translated.
public struct LogEntry: Hashable, Sendable {
    public var at: String
    public var user: String
    public var action: String
    public var summary: String
    public var note: ChangeNote?

    public func text(_ lang: Language) -> (action: String, summary: String) {
        note?.text(lang) ?? (ChangeNote.Action(rawValue: action)?.text(lang) ?? action, summary)
    }
}

extension Store {
    /// Records who did what, in the caller's transaction, so the log and the change commit together.
    /// `rows`: the rows the change wrote, kept beside the note (which `confplan log` and older
    /// versions read and ignore it in), so a UI open on the event takes in just those rows.
    func log(event: Int, _ note: ChangeNote, rows: LoggedRows? = nil) throws {
        let facts = String(decoding: try JSONEncoder.sorted.encode(StoredNote(note: note, rows: rows)), as: UTF8.self)
        try db.prepared("INSERT INTO change_log (event_id, at, by_user, action, summary) VALUES (?,?,?,?,?)")
            .run(event, Store.timestamp(Date()), Store.currentUser, note.action.rawValue, facts)
    }

    func log(_ change: Change, event: Int) throws {
        let names = ChangeNote.Names(
            room: { [db] id in
                (try? db.prepared("SELECT name FROM rooms WHERE id = ?").bind([id.raw]).firstText()) ?? "room \(id.raw)"
            },
            person: { [db] id in
                (try? db.prepared("SELECT name FROM people WHERE id = ?").bind([id.raw]).firstText())
                    ?? "person \(id.raw)"
            },
            session: { [db] id in
                (try? db.prepared("SELECT title FROM sessions WHERE id = ?").bind([id.raw]).firstText())
                    ?? "session \(id.raw)"
            },
            lodging: { [self] block, room in (try? lodgingName(block, room)) ?? room },
            hotel: { [db] id in
                (try? db.prepared("SELECT name FROM sites WHERE id = ?").bind([id.raw]).firstText()) ?? "site \(id.raw)"
            })
        if let note = ChangeNote(change, names) { try log(event: event, note, rows: LoggedRows(change)) }
    }

    /// `德阳旌湖宾馆 标间-3`: the hotel and the room as lists name it (in Chinese, as the log keeps it).
    private func lodgingName(_ block: ID<RoomBlock>, _ room: String) throws -> String {
        guard let b = try currentRoomBlock(block) else { return room }
        let s = try db.prepared("SELECT \(Store.blockColumns) FROM room_blocks "
            + "WHERE event_id = (SELECT event_id FROM room_blocks WHERE id = ?) ORDER BY id").bind([block.raw])
        var blocks: [RoomBlock] = []
        while try s.step() { blocks.append(self.block(from: s)) }
        let hotel = try db.prepared("SELECT name FROM sites WHERE id = ?").bind([b.hotel.raw]).firstText() ?? ""
        return hotel + " " + RoomBlock.label(block: b, room: room, among: blocks, .zh)
    }

    /// The newest entries first. `matching` keeps those whose text, told in `lang`, or whose
    /// user contains it: staff search the log in the words they read it in.
    public func changeLog(_ event: ID<Event>, limit: Int = 50, matching: String? = nil,
                          in lang: Language = .en) throws -> [LogEntry] {
        let s = try db.prepared(
            "SELECT at, by_user, action, summary FROM change_log WHERE event_id = ? ORDER BY id DESC LIMIT ?"
        ).bind([event.raw, matching == nil ? limit : -1])
        defer { s.reset() }  // stopping early must not hold the read snapshot open
        let decoder = JSONDecoder()
        var out: [LogEntry] = []
        while out.count < limit, try s.step() {
            let summary = s.text(3)
            let note = summary.hasPrefix("{") ? try? decoder.decode(ChangeNote.self, from: Data(summary.utf8)) : nil
            let entry = LogEntry(at: s.text(0), user: s.text(1), action: s.text(2), summary: summary, note: note)
            if let matching {
                let (action, said) = entry.text(lang)
                guard (action + " " + said + " " + entry.user).contains(matching) else { continue }
            }
            out.append(entry)
        }
        return out
    }
}

extension JSONEncoder {
    /// Keys in one order, so equal notes are stored as equal text.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}

extension Statement {
    /// The first column of the first row as text, or nil when there is no row.
    func firstText() throws -> String? {
        defer { reset() }
        return try step() ? text(0) : nil
    }
}

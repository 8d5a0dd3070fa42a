import PlanningCore
import Print
import Workbook

/// Text messages telling each guest where they sleep (`张伟您好：您的住宿安排为德阳旌湖宾馆
/// 1208，5月13–15日。`). Each carries a fingerprint of its rooms and nights, so that after a room
/// changes only those whose rooms differ from what they were told hear again, and those whose
/// room was taken back are told so (`changed(since:)`), as the transport notices do.
public struct RoomingNotices {
    public typealias Notice = TransportNotices.Notice

    public let notices: [Notice]

    /// `language`, when staff give one (`--lang`), is every message's; else each guest's own.
    public init(plan: EventPlan, language: Language? = nil, hotel: ID<Site>? = nil) {
        let lists = [Language.zh: RoomingLists(plan: plan, language: .zh),
                     .en: RoomingLists(plan: plan, language: .en)]
        let blocks = Dictionary(plan.roomBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var mine: [ID<Person>: [RoomAssignment]] = [:]
        for a in plan.roomAssignments where hotel == nil || blocks[a.block]?.hotel == hotel {
            mine[a.person, default: []].append(a)
        }
        notices = plan.people.compactMap { p -> Notice? in
            guard let rooms = mine[p.id]?.sorted(by: { ($0.checkIn, $0.key) < ($1.checkIn, $1.key) }),
                  let told = lists[language ?? Notices.language(of: p)]!.stay(of: p.id) else { return nil }
            let lang = language ?? Notices.language(of: p)
            let fingerprint = rooms.map { a in
                [blocks[a.block]?.uid ?? "", a.room, a.checkIn.description, a.checkOut.description]
                    .joined(separator: "|")
            }.joined(separator: "\n")
            return Notice(key: Self.key(p), name: p.name, phone: p.phone, email: p.email, language: lang,
                          message: RoomingNoticeWords.told.text(lang, p.name, told), fingerprint: fingerprint)
        }
    }

    private init(notices: [Notice]) { self.notices = notices }

    static func key(_ p: Person) -> String { "room:" + p.uid }

    /// The notices whose rooms differ from what `sent` (key → fingerprint) says was told, worded
    /// as a change for those told before, and a notice for each guest told of a room they no
    /// longer have; with nothing sent yet, all of them.
    public func changed(since sent: [String: String], plan: EventPlan, language: Language? = nil) -> RoomingNotices {
        let byKey = Dictionary(plan.people.map { (Self.key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let lists = [Language.zh: RoomingLists(plan: plan, language: .zh),
                     .en: RoomingLists(plan: plan, language: .en)]
        var out = notices.filter { sent[$0.key] != $0.fingerprint }.map { n in
            guard sent[n.key] != nil, let p = byKey[n.key], let told = lists[n.language]!.stay(of: p.id) else {
                return n
            }
            var changed = n
            changed.message = RoomingNoticeWords.changed.text(n.language, p.name, told)
            return changed
        }
        let now = Set(notices.map(\.key))
        for key in sent.keys.sorted() where !now.contains(key) {
            guard let p = byKey[key] else { continue }
            let lang = language ?? Notices.language(of: p)
            out.append(Notice(key: key, name: p.name, phone: p.phone, email: p.email, language: lang,
                              message: RoomingNoticeWords.cancelled.text(lang, p.name), fingerprint: nil))
        }
        return RoomingNotices(notices: out)
    }

    /// What to record once these are sent: each key's fingerprint, nil to forget a cancelled one.
    public var record: [String: String?] {
        Dictionary(notices.map { ($0.key, $0.fingerprint) }, uniquingKeysWith: { a, _ in a })
    }

    /// One block per notice, headed by who and how to reach them, for copying into messages.
    public func text() -> String {
        Notices.blocks(notices.map { ([$0.name, $0.phone, $0.email], $0.message) })
    }

    /// Phone, e-mail, name and the message: for an SMS gateway, as the other notices.
    public func sheet(_ lang: Language) -> TableSheet {
        TableSheet(
            name: RoomingNoticeWords.sheetName.text(lang),
            header: NoticeWords.header.text(lang).split(separator: "\t").map(String.init),
            rows: notices.map { n in [n.phone, n.email, n.name, n.message].map(TableCell.text) })
    }
}

/// The words of the rooming notices.
public enum RoomingNoticeWords: String, Phrasebook {
    case told, changed, cancelled, sheetName, noneChanged, noneAtAll

    public static let tables: [Language: [RoomingNoticeWords: String]] = [
        .en: [
            .told: "Dear %1, your room: %2.",
            .changed: "Dear %1, your room has changed: %2.",
            .cancelled: "Dear %1, the room arranged for you is cancelled; the organisers will contact you.",
            .sheetName: "Rooming notices",
            .noneChanged: "no guest's room changed since the last notices: nobody to tell",
            .noneAtAll: "nobody has a room yet: no notices",
        ],
        .zh: [
            .told: "%1您好：您的住宿安排为%2。",
            .changed: "%1您好：您的住宿已调整为%2。",
            .cancelled: "%1您好：原为您安排的住宿已取消，会务组将另行与您联系。",
            .sheetName: "住宿通知",
            .noneChanged: "自上次通知以来分房没有变化，无需再通知",
            .noneAtAll: "还没有分房，没有可发的通知",
        ],
    ]
}

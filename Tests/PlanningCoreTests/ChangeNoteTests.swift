import Testing
@testable import PlanningCore

@Suite struct ChangeNoteTests {
    let names = ChangeNote.Names(room: { $0.raw == 1 ? "主会场" : "第二会议室" }, person: { _ in "曾永涛" },
                                 session: { _ in "开幕式" })

    /// A session moved to another room and time is one entry that reads in either language, its
    /// kind and status as words, never as codes.
    @Test func aMoveIsToldInTheReadersLanguage() throws {
        var before = Session(id: ID(1), key: "s1", uid: "u1", title: "开幕式", kind: .openingCeremony, room: ID(1),
                             start: at("2026-05-14T09:00"), end: at("2026-05-14T10:00"))
        var after = before
        after.room = ID(2)
        after.start = at("2026-05-14T14:00")
        after.end = at("2026-05-14T15:00")
        after.status = .confirmed
        before.status = .draft
        let note = try #require(ChangeNote(.session(before: SessionRecord(session: before),
                                                    after: SessionRecord(session: after)), names))
        #expect(note.text(.zh) == ("修改场次",
            "“开幕式”：时间 2026-05-14 09:00–10:00 → 2026-05-14 14:00–15:00；会场 主会场 → 第二会议室；"
                + "状态 待定 → 已确定"))
        #expect(note.text(.en) == ("change session",
            "“开幕式”: time 2026-05-14 09:00–10:00 → 2026-05-14 14:00–15:00; room 主会场 → 第二会议室; "
                + "status draft → confirmed"))
    }

    /// A repair by `solve` is one entry: how many sessions moved, and the first few by title.
    @Test func aRepairIsOneEntryNamingWhatMoved() {
        let titles = (1...6).map { "分论坛\($0)" }
        let note = ChangeNote(.solve, [.sessionsMoved(count: 6, titles: titles)])
        #expect(note.text(.zh) == ("自动调整",
            "移动了 6 个场次：“分论坛1”、“分论坛2”、“分论坛3”、“分论坛4”、“分论坛5”…"))
        #expect(note.text(.en).summary.hasPrefix("6 sessions moved: “分论坛1”, “分论坛2”"))
    }

    /// A role names the person, the role in words and the session.
    @Test func aRoleSaysWhoDoesWhatWhere() throws {
        let role = SessionRole(session: ID(1), person: ID(7), role: .moderator)
        let note = try #require(ChangeNote(.role(before: nil, after: role), names))
        #expect(note.text(.zh) == ("安排角色", "曾永涛 在 “开幕式” 任对话主持"))
    }
}

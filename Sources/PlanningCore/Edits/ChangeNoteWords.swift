extension ChangeNote {
    /// The entry as `confplan log` prints it: the action, and one line of what changed.
    public func text(_ lang: Language) -> (action: String, summary: String) {
        // Where the walk-in came in is part of what was done (`walk-in at 一号台: Ünal Test`).
        if action == .walkIn, case .walkIn(let desk, let registered)? = facts.first {
            let name = subject ?? ""
            return (LogWords.walkInAt.text(lang, desk),
                    registered ? LogWords.walkInRegistered.text(lang, name) : name)
        }
        let (subject, facts) = toldApart(lang)
        let said = facts.map { $0.text(lang) }.filter { !$0.isEmpty }
            .joined(separator: LogWords.factSeparator.text(lang))
        guard let subject else { return (action.text(lang), said) }
        return text(lang, subject: subject, facts: said)
    }

    /// A merge of namesakes (`“Katrin Hoffmann”: “Katrin Hoffmann” merged into them`) says which
    /// went into which, by what the entry kept of both: organisation, phone's end or e-mail.
    private func toldApart(_ lang: Language) -> (String?, [Fact]) {
        for case .mergeUndo(let kept, _, let removed) in facts where subject == kept.person.name {
            let (k, o) = (kept.person, removed.person)
            return (TellApart.named(k, apartFrom: o, lang), facts.map { fact in
                if case .mergedFrom = fact { .mergedFrom(TellApart.named(o, apartFrom: k, lang)) } else { fact }
            })
        }
        return (subject, facts)
    }

    private func text(_ lang: Language, subject: String, facts: String) -> (action: String, summary: String) {
        let said = LogWords.quoted.text(lang, subject)
        if facts.isEmpty {
            let changeless: Set<Action> = [.changeSession, .changePerson, .changeRoom]
            let none = LogWords.about.text(lang, said, LogWords.noField.text(lang))
            return (action.text(lang), changeless.contains(action) ? none : said)
        }
        return (action.text(lang), LogWords.about.text(lang, said, facts))
    }
}

extension ChangeNote.Fact {
    func text(_ lang: Language) -> String {
        switch self {
        case .changed(let field, let from, let to):
            return LogWords.changed.text(lang, field.text(lang), field.value(from, lang), field.value(to, lang))
        case .details: return LogWords.details.text(lang)
        case .placed(let time, let room):
            return LogWords.placed.text(
                lang, time.isEmpty ? LogWords.unscheduled.text(lang) : time,
                room.isEmpty ? LogWords.noRoom.text(lang) : room)
        case .organisation(let org): return org
        case .seats(let n): return LogWords.seats.text(lang, n)
        case .registered: return LogWords.registered.text(lang)
        case .registrationRemoved: return LogWords.registrationRemoved.text(lang)
        case .registrationChanged: return LogWords.registrationChanged.text(lang)
        case .role(let person, let role, let session):
            let word = RoleKind(rawValue: role)?.text(lang) ?? role
            return LogWords.role.text(lang, person, word, LogWords.quoted.text(lang, session))
        case .imported(let source, let new, let updated):
            let counts = LogWords.imported.text(lang, new, updated)
            return source.isEmpty ? counts : LogWords.about.text(lang, source, counts)
        case .vehiclesImported(let source, let new, let updated):
            let counts = LogWords.vehiclesImported.text(lang, new, updated)
            return source.isEmpty ? counts : LogWords.about.text(lang, source, counts)
        case .roomBlocksImported(let source, let new, let updated, let hotels):
            let counts = LogWords.roomBlocksImported.text(lang, new, updated, hotels)
            return source.isEmpty ? counts : LogWords.about.text(lang, source, counts)
        case .loaded(let sessions, let rooms, let people): return LogWords.loaded.text(lang, sessions, rooms, people)
        case .unmatched(let count, let list): return LogWords.unmatched.text(lang, count, list)
        case .mergedFrom(let name): return LogWords.mergedFrom.text(lang, LogWords.quoted.text(lang, name))
        case .apartFrom(let name): return LogWords.apartFrom.text(lang, LogWords.quoted.text(lang, name))
        case .apartTakenBack(let name): return LogWords.apartTakenBack.text(lang, LogWords.quoted.text(lang, name))
        case .splitFrom(let name): return LogWords.splitFrom.text(lang, LogWords.quoted.text(lang, name))
        case .mergeUndo, .mergeCarried: return ""
        case .finding(let id, let reason): return reason.map { LogWords.about.text(lang, id, $0) } ?? id
        case .severity(let code, let to):
            let what = FindingCode(rawValue: code)?.text(lang) ?? code
            let level = to.map { Severity(rawValue: $0)?.text(lang) ?? LogWords.off.text(lang) }
            return LogWords.about.text(lang, what, level ?? LogWords.byDefault.text(lang))
        case .sessionsMoved(let count, let titles):
            let quoted = titles.prefix(5).map { LogWords.quoted.text(lang, $0) }
            let list = quoted.joined(separator: LogWords.listSeparator.text(lang)) + (titles.count > 5 ? "…" : "")
            let n = Plural(one: LogWords.sessionsMovedOne, other: .sessionsMovedOther).text(lang, count)
            return titles.isEmpty ? n : LogWords.about.text(lang, n, list)
        case .released(let number, let name):
            let n = ReleaseWords.numbered.text(lang, number)
            return name.isEmpty ? n : LogWords.about.text(lang, n, name)
        case .because(let reason, let desk): return LogWords.because.text(lang, reason, desk)
        case .walkIn(let desk, _): return LogWords.walkInAt.text(lang, desk)
        case .roomsHeld(let n): return LogWords.roomsHeld.text(lang, n)
        case .lodged(let room, let nights): return LogWords.lodged.text(lang, room, nights)
        case .tablesSeated(let tables, let seated): return LogWords.tablesSeated.text(lang, tables, seated)
        case .seatedAt(let person, let table?, let seat?): return LogWords.seatedAt.text(lang, person, table, seat)
        case .seatedAt(let person, _, _): return LogWords.seatedNowhere.text(lang, person)
        case .seatsChanged(let seated, let moved, let reseated, let unseated):
            // Only what happened: an assignment that seats everyone anew moved nobody.
            let parts: [(LogWords, Int)] = [(.seatsNew, seated), (.seatsMoved, moved), (.seatsReseated, reseated),
                                            (.seatsTaken, unseated)]
            return parts.filter { $0.1 > 0 }.map { $0.0.text(lang, $0.1) }
                .joined(separator: LogWords.listSeparator.text(lang))
        case .roomsAssigned(let given, let moved, let changed, let taken):
            return LogWords.roomsAssigned.text(lang, given, moved, changed, taken)
        case .runsPlanned(let new, let changed, let cancelled):
            return LogWords.runsPlanned.text(lang, new, changed, cancelled)
        }
    }
}

extension ChangeNote.Field {
    /// A stored value as the log shows it: codes as words, text quoted, nothing as "none".
    func value(_ stored: String, _ lang: Language) -> String {
        switch self {
        case .time: return stored.isEmpty ? LogWords.unscheduled.text(lang) : stored
        case .room: return stored.isEmpty ? LogWords.none.text(lang) : stored
        case .kind: return SessionKind(rawValue: stored)?.text(lang) ?? stored
        case .status: return SessionStatus(rawValue: stored)?.text(lang) ?? stored
        case .seats: return stored
        default: return LogWords.quoted.text(lang, stored)
        }
    }
}

extension ChangeNote.Action: Phrasebook {
    public static let tables: [Language: [ChangeNote.Action: String]] = [
        .en: Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.rawValue) }),
        .zh: [
            .addSession: "新增场次", .deleteSession: "删除场次", .changeSession: "修改场次",
            .addPerson: "新增人员", .deletePerson: "删除人员", .changePerson: "修改人员",
            .addRoom: "新增会场", .deleteRoom: "删除会场", .changeRoom: "修改会场",
            .addRole: "安排角色", .removeRole: "取消角色", .changeRole: "修改角色",
            .addSite: "新增场地", .deleteSite: "删除场地", .changeSite: "修改场地",
            .importAttendees: "导入参会名单", .loadEvent: "载入会议",
            .loadEventReplacing: "载入会议（替换）",
            .unmatchedAcknowledgements: "确认已无对应问题", .acknowledge: "确认问题",
            .withdraw: "撤回确认",
            .setSeverity: "设定级别", .mergePeople: "合并人员", .keepApart: "记为两人",
            .unmergePeople: "撤销合并", .forgetKeptApart: "撤销记为两人",
            .solve: "自动调整", .release: "发布日程",
            .deleteRelease: "删除版本", .undoCheckIn: "撤销签到", .walkIn: "现场登记",
            .changeTrip: "修改行程", .addVehicle: "新增车辆", .deleteVehicle: "删除车辆",
            .changeVehicle: "修改车辆", .addRun: "新增接送车次", .deleteRun: "删除接送车次",
            .changeRun: "修改接送车次", .planTransport: "排定接送", .importVehicles: "导入车辆名单",
            .changeStay: "修改住宿", .addRoomBlock: "新增预留房", .deleteRoomBlock: "删除预留房",
            .changeRoomBlock: "修改预留房", .assignRoom: "分配房间", .unassignRoom: "取消分房",
            .changeRoomAssignment: "调整房间", .planRooms: "自动分房", .importRooms: "导入预留房",
            .addTables: "布置桌位", .deleteTables: "删除桌位", .changeTables: "修改桌次座次",
            .assignTables: "排桌",
        ],
    ]
}

extension ChangeNote.Field: Phrasebook {
    public static let tables: [Language: [ChangeNote.Field: String]] = [
        .en: [
            .title: "title", .time: "time", .room: "room", .kind: "kind", .track: "track", .status: "status",
            .name: "name", .roomName: "name", .organisation: "organisation", .jobTitle: "title", .phone: "phone",
            .email: "email", .notes: "notes", .seats: "seats",
        ],
        .zh: [
            .title: "题目", .time: "时间", .room: "会场", .kind: "类型", .track: "分论坛", .status: "状态",
            .name: "姓名", .roomName: "名称", .organisation: "单位", .jobTitle: "职务", .phone: "手机",
            .email: "邮箱", .notes: "备注", .seats: "座位数",
        ],
    ]
}

/// The change log's words around the facts.
public enum LogWords: String, Phrasebook {
    case quoted, about, factSeparator, noField, changed, details, placed, unscheduled, noRoom, none, seats
    case registered, registrationRemoved, registrationChanged, role, imported, loaded, unmatched, off, byDefault
    case mergedFrom, apartFrom, apartTakenBack, splitFrom, sessionsMovedOne, sessionsMovedOther, listSeparator, because
    case walkInAt, walkInRegistered, vehiclesImported, roomBlocksImported
    case roomsHeld, lodged
    case tablesSeated, roomsAssigned, seatedAt, seatedNowhere, seatsNew, seatsMoved, seatsReseated, seatsTaken
    case runsPlanned

    public static let tables: [Language: [LogWords: String]] = [
        .en: [
            .quoted: "“%1”", .about: "%1: %2", .factSeparator: "; ", .noField: "no field changed",
            .changed: "%1 %2 → %3",
            .details: "details", .placed: "%1, %2", .unscheduled: "unscheduled", .noRoom: "no room", .none: "none",
            .seats: "%1 seats", .registered: "registered", .registrationRemoved: "registration removed",
            .registrationChanged: "registration changed", .role: "%1 as %2 in %3",
            .imported: "%1 new, %2 updated", .loaded: "%1 sessions, %2 rooms, %3 people",
            .unmatched: "%1 kept but matching no finding now: %2", .off: "off", .byDefault: "default",
            .mergedFrom: "%1 merged into them", .apartFrom: "not the same person as %1",
            .apartTakenBack: "may be the same person as %1 again",
            .splitFrom: "%1 a person of their own again",
            .sessionsMovedOne: "1 session moved", .sessionsMovedOther: "%1 sessions moved", .listSeparator: ", ",
            .because: "why: %1 (checked in at %2)",
            .walkInAt: "walk-in at %1", .walkInRegistered: "%1 (registered already)",
            .vehiclesImported: "%1 vehicles added, %2 updated",
            .roomBlocksImported: "%1 room blocks added, %2 updated, %3 hotels made",
            .roomsHeld: "%1 rooms", .lodged: "room %1, %2",
            .tablesSeated: "%1 tables, %2 seated",
            .seatedAt: "%1 → table %2, seat %3", .seatedNowhere: "%1 → no seat",
            .seatsNew: "%1 newly seated", .seatsMoved: "%1 to another table",
            .seatsReseated: "%1 to another seat at their table", .seatsTaken: "%1 unseated",
            .roomsAssigned: "%1 given a room, %2 moved, %3 with nights changed, %4 rooms taken back",
            .runsPlanned: "%1 runs new, %2 changed, %3 cancelled",
        ],
        .zh: [
            .quoted: "“%1”", .about: "%1：%2", .factSeparator: "；", .noField: "没有字段改动",
            .changed: "%1 %2 → %3",
            .details: "其他信息", .placed: "%1，%2", .unscheduled: "未排时间", .noRoom: "未定会场",
            .none: "无",
            .seats: "%1 个座位", .registered: "已报名", .registrationRemoved: "已取消报名",
            .registrationChanged: "报名信息有改动", .role: "%1 在 %3 任%2",
            .imported: "新增 %1 人，更新 %2 人", .loaded: "%1 个场次，%2 个会场，%3 人",
            .unmatched: "保留了 %1 条确认，但已没有对应的问题：%2", .off: "关闭",
            .byDefault: "默认",
            .mergedFrom: "已并入 %1", .apartFrom: "与 %1 不是同一人", .splitFrom: "%1 恢复为单独一人",
            .apartTakenBack: "与 %1 可能是同一人（重新列入待查）",
            .sessionsMovedOne: "移动了 1 个场次", .sessionsMovedOther: "移动了 %1 个场次",
            .listSeparator: "、", .because: "原因：%1（原在%2签到）",
            .walkInAt: "%1现场登记", .walkInRegistered: "%1（已报名）",
            .vehiclesImported: "新增 %1 辆车，更新 %2 辆",
            .roomBlocksImported: "新增 %1 个房源，更新 %2 个，新建酒店 %3 家",
            .roomsHeld: "%1 间", .lodged: "%1 房间，%2",
            .tablesSeated: "%1 桌，已排 %2 人",
            .seatedAt: "%1 → %2 号桌 %3 号座", .seatedNowhere: "%1 → 未排座",
            .seatsNew: "新排 %1 人", .seatsMoved: "换桌 %1 人", .seatsReseated: "本桌换座 %1 人",
            .seatsTaken: "撤座 %1 人",
            .roomsAssigned: "新分 %1 人，换房 %2 人，调整晚数 %3 人，收回 %4 人",
            .runsPlanned: "新排 %1 车次，调整 %2 车次，取消 %3 车次",
        ],
    ]
}

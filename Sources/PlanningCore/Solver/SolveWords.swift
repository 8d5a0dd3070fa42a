/// The words of a repair plan, for the command line and the screen alike.
public enum SolveWords: String, Phrasebook {
    case place, placeNoRoom, notPlaced, move, clears, creates
    case movedOne, movedOther, errorsCount, unplacedCount, warningsCount
    case nothingToDo, notCleared, oneDay, dayRange, moreRooms
    case cannotMove, heldTime, onlyUnplaced, notAboutPlace, noRoomWithFeatures, noRoomWithSeats, needs, onlyInHeld
    case roomsTakenPeople, roomsTaken
    case maxMoves, about
    // The same two reasons on the screen, which has a key where the command line has a flag.
    case heldTimeKey, onlyInHeldKey

    public static let tables: [Language: [SolveWords: String]] = [.en: en, .zh: zh]

    static let en: [SolveWords: String] = [
        .place: "%1 %2–%3, %4", .placeNoRoom: "%1 %2–%3, no room", .notPlaced: "not placed",
        .move: "%1: %2 → %3", .clears: "clears: %1", .creates: "creates: %1",
        .movedOne: "1 session moved", .movedOther: "%1 sessions moved",
        .errorsCount: "errors %1 → %2", .unplacedCount: "unplaced %1 → %2", .warningsCount: "warnings %1 → %2",
        .nothingToDo: "Nothing to repair: no open errors, and every session has a room and a time.",
        .notCleared: "Not cleared (%1):", .oneDay: "on %1", .dayRange: "from %1 to %2", .moreRooms: "%1 and %2 more",
        .cannotMove: "every session in it is fixed or kept where it is",
        .heldTime: "a meal, break or the opening keeps its time (--move-held lets the repair move it)",
        .onlyUnplaced: "not tried: --only-unplaced moves only sessions without a room or time",
        .notAboutPlace: "moving sessions cannot clear it",
        .noRoomWithFeatures: "%1 needs %2, and no room of the event has it",
        .noRoomWithSeats: "%1 has %2 sign-ups, and the largest room that would do seats %3",
        .needs: "%1 needs %2; %3",
        .roomsTakenPeople: "the rooms that would do (%1) are taken or closed whenever its %2 speakers and chairs "
            + "are free, %3",
        .roomsTaken: "the rooms that would do (%1) are taken or closed at every free time of the programme, %2",
        .maxMoves: "not tried: --max-moves %1 was reached", .about: "%1: %2",
        .onlyInHeld: "%1 could go only where it would run during %2, which keeps its time (move it by hand, with "
            + "a warning, or give --move-held)",
        .heldTimeKey: "a meal, break or the opening keeps its time (%1 lets the repair move it)",
        .onlyInHeldKey: "%1 could go only where it would run during %2, which keeps its time (move it by hand, "
            + "with a warning, or press %3)",
    ]

    static let zh: [SolveWords: String] = [
        .place: "%1 %2–%3，%4", .placeNoRoom: "%1 %2–%3，未定会场", .notPlaced: "未安排",
        .move: "%1：%2 → %3", .clears: "解决：%1", .creates: "新增：%1",
        .movedOne: "移动 1 个场次", .movedOther: "移动 %1 个场次",
        .errorsCount: "错误 %1 → %2", .unplacedCount: "未安排 %1 → %2", .warningsCount: "警告 %1 → %2",
        .nothingToDo: "无需调整：没有未处理的错误，所有场次都已安排会场和时间。",
        .notCleared: "未能解决（%1）：", .oneDay: "%1", .dayRange: "%1至%2", .moreRooms: "%1等%2个",
        .cannotMove: "涉及的场次都已锁定或本次保留不动",
        .heldTime: "用餐、茶歇或开幕式保持原定时间（加 --move-held 才会调整）",
        .onlyUnplaced: "未处理：--only-unplaced 只安排没有会场或时间的场次",
        .notAboutPlace: "移动场次无法解决",
        .noRoomWithFeatures: "%1需要%2，本次会议没有这样的会场",
        .noRoomWithSeats: "%1报名%2人，合适的会场最多只有%3个座位",
        .needs: "%1需要%2；%3",
        .roomsTakenPeople: "合适的会场（%1）在其%2位主讲、主持人都有空的时间"
            + "均已占用或不开放（%3）",
        .roomsTaken: "合适的会场（%1）在日程内没有空档（%2）",
        .maxMoves: "未处理：已达到 --max-moves %1", .about: "%1：%2",
        .onlyInHeld: "%1只能安排在%2期间，而%2保持原定时间（可手动调整，会有警告；或加 --move-held）",
        .heldTimeKey: "用餐、茶歇或开幕式保持原定时间（按 %1 才会调整）",
        .onlyInHeldKey: "%1只能安排在%2期间，而%2保持原定时间（可手动调整，会有警告；或按 %3）",
    ]
}

/// A repair plan in words: places, moves and reasons, named as the office names them.
public struct SolvePlanWords {
    public let words: FindingText
    public var language: Language { words.language }

    public init(plan: EventPlan, language: Language) { words = FindingText(plan: plan, language: language) }

    /// `14 May 14:00–16:00, 三号会议室`, or "not placed".
    public func place(_ p: SessionPlace) -> String {
        guard let a = p.start, let b = p.end else { return SolveWords.notPlaced.text(language) }
        let day = DateText.day(a.date, language, weekday: false)
        guard let room = p.room.flatMap(words.room) else {
            return SolveWords.placeNoRoom.text(language, day, a.clock, b.clock)
        }
        return SolveWords.place.text(language, day, a.clock, b.clock, room.name)
    }

    public func title(_ id: ID<Session>) -> String {
        CoreWords.quoted.text(language, words.session(id)?.title ?? "?")
    }

    /// `“分论坛二”: 14 May 14:00–16:00, 四号会议室 → 14 May 14:00–16:00, 一号会议厅`
    public func move(_ m: SolveMove) -> String {
        SolveWords.move.text(language, title(m.session), place(m.from), place(m.to))
    }

    /// The totals: errors before → after, sessions moved, and the rest when they changed.
    public func totals(_ plan: SolvePlan) -> String {
        var parts = [SolveWords.errorsCount.text(language, plan.before.errors, plan.after.errors)]
        parts.append(Plural(one: SolveWords.movedOne, other: .movedOther).text(language, plan.moves.count))
        if plan.before.unplaced != plan.after.unplaced || plan.after.unplaced > 0 {
            parts.append(SolveWords.unplacedCount.text(language, plan.before.unplaced, plan.after.unplaced))
        }
        parts.append(SolveWords.warningsCount.text(language, plan.before.warnings, plan.after.warnings))
        return parts.joined(separator: " · ")
    }

    /// Why a problem stays, in a sentence about the session that could have moved. `heldKey`: the
    /// key that lets meals, breaks and the opening move where the reader cannot give `--move-held`.
    public func reason(_ u: Unresolved, heldKey: String? = nil) -> String {
        let lang = language
        switch u.reason {
        case .cannotMove: return SolveWords.cannotMove.text(lang)
        case .heldTime: return heldKey.map { SolveWords.heldTimeKey.text(lang, $0) } ?? SolveWords.heldTime.text(lang)
        case .onlyInHeld(let s, let held):
            let names = held.map(title).joined(separator: CoreWords.listSeparator.text(lang))
            if let heldKey { return SolveWords.onlyInHeldKey.text(lang, title(s), names, heldKey) }
            return SolveWords.onlyInHeld.text(lang, title(s), names)
        case .onlyUnplaced: return SolveWords.onlyUnplaced.text(lang)
        case .notAboutPlace: return SolveWords.notAboutPlace.text(lang)
        case .maxMoves(let n): return SolveWords.maxMoves.text(lang, n)
        case .noRoomWithFeatures(let s, let features):
            return SolveWords.noRoomWithFeatures.text(lang, title(s), featureList(features))
        case .noRoomWithSeats(let s, let needed, let largest):
            return SolveWords.noRoomWithSeats.text(lang, title(s), needed, largest)
        case .noFreeTime(let s, let rooms, let people, let days):
            var names = rooms.prefix(3).compactMap { words.room($0)?.name }.joined(
                separator: CoreWords.listSeparator.text(lang))
            if rooms.count > 3 { names = SolveWords.moreRooms.text(lang, names, rooms.count - 3) }
            let first = days.first.map { DateText.day($0, lang, weekday: false) } ?? ""
            let last = days.last.map { DateText.day($0, lang, weekday: false) } ?? ""
            let when = first == last ? SolveWords.oneDay.text(lang, first) : SolveWords.dayRange.text(lang, first, last)
            let clause = people > 0
                ? SolveWords.roomsTakenPeople.text(lang, names, people, when)
                : SolveWords.roomsTaken.text(lang, names, when)
            let needs = words.session(s)?.requiredFeatures ?? []
            guard !needs.isEmpty else { return SolveWords.about.text(lang, title(s), clause) }
            return SolveWords.needs.text(lang, title(s), featureList(needs), clause)
        }
    }

    private func featureList(_ stored: [String]) -> String {
        stored.map { featureLabel($0, language) }.joined(separator: CoreWords.listSeparator.text(language))
    }
}

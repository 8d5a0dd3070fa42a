import PlanningCore

/// What the preview of a list's import says about re-importing: the rules it follows, what it
/// changes for people already in the event (`张敏：手机 13900000202 → 13900000299`), whom an
/// earlier copy named and this one does not, and rows it could not attach.
public enum ReimportWords: String, Phrasebook {
    case replacesRule, keepsRule, noSourceRule, change, arrow, nothing, missing, missingHint, withdrawn, ambiguous
    case countAmbiguous, countWithdrawn, language, subForums
    case keepFlag, keepKey, keepingFlag, keepingKey, missingKeyHint
    case diet, dietHalal, dietVegetarian, dietOther

    public static let tables: [Language: [ReimportWords: String]] = [
        .en: [
            .replacesRule: "list %1: for the people an earlier copy named it is the truth for its columns: values, "
                + "sub-forums and notes from its columns are replaced, an empty cell clears (%2)",
            .keepsRule: "list %1: %2: values are added and filled in; nothing is cleared or taken off",
            .keepFlag: "--keep-existing only adds", .keepKey: "k: only add",
            .keepingFlag: "--keep-existing", .keepingKey: "only adding (k)",
            .missingKeyHint: " (W withdraws their registration)",
            .noSourceRule: "list %1: first import of this list; its next copy updates the people it brings",
            .change: "%1: %2", .arrow: "%1 %2 → %3", .nothing: "—",
            .missing: "in the event from an earlier import of this list, not in this one: %1",
            .missingHint: " (--withdraw-missing withdraws their registration)",
            .withdrawn: "withdrawing the registration (in the event from an earlier import of this list, not in this "
                + "one): %1",
            .ambiguous: "%1 fits %2 people (%3) and nothing in the row tells which; not imported",
            .countAmbiguous: "ambiguous", .countWithdrawn: "withdrawn", .language: "language", .subForums: "sub-forums",
            .diet: "diet", .dietHalal: "halal", .dietVegetarian: "vegetarian", .dietOther: "other",
        ],
        .zh: [
            .replacesRule: "名单“%1”：对此前导入过的人员，以名单各列为准：值、分论坛及来自各列的备注均被替换，"
                + "空单元格即清空（%2）",
            .keepsRule: "名单“%1”：%2：只补充和添加，不清空、不删除",
            .keepFlag: "--keep-existing 只增不减", .keepKey: "按 k 只增不减",
            .keepingFlag: "--keep-existing", .keepingKey: "只增不减（k）",
            .missingKeyHint: "（按 W 取消其报名）",
            .noSourceRule: "名单“%1”：首次导入；下一版将更新本次导入的人员",
            .change: "%1：%2", .arrow: "%1 %2 → %3", .nothing: "—",
            .missing: "此前导入的本名单中有、本次没有的人员：%1",
            .missingHint: "（加 --withdraw-missing 取消其报名）",
            .withdrawn: "取消报名（此前导入的本名单中有、本次没有）：%1",
            .ambiguous: "%1 与 %2 人都相符（%3），本行无法确定是哪一位，未导入",
            .countAmbiguous: "无法确定", .countWithdrawn: "取消报名", .language: "语言", .subForums: "分论坛",
            .diet: "饮食", .dietHalal: "清真", .dietVegetarian: "素食", .dietOther: "其他",
        ],
    ]
}

extension RosterReport {
    /// The rule the import follows, said before anything else. `keys`: the reader is in the UI's
    /// preview, where the other rule is a key (`k`), not a command-line flag it cannot pass.
    public func ruleLine(_ rules: ImportRules, keys: Bool = false) -> String {
        let phrase: ReimportWords =
            rules.keepExisting ? .keepsRule : rules.memory.fromSource.isEmpty ? .noSourceRule : .replacesRule
        let other: ReimportWords =
            rules.keepExisting ? (keys ? .keepingKey : .keepingFlag) : (keys ? .keepKey : .keepFlag)
        return Sanitize.forTerminal(phrase.text(language, rules.source, other.text(language)))
    }

    /// One line per person already in the event the list changes: each field `before → after`.
    /// `sessions` are asked for only when a sub-forum changed (a list without them needs none).
    public func changeLines(sessions allSessions: @autoclosure () -> [Session]) -> [String] {
        var read: [Session]?
        var sessions: [Session] {
            if let read { return read }
            read = allSessions()
            return read!
        }
        let none = ReimportWords.nothing.text(language)
        func shown(_ s: String) -> String { s.isEmpty ? none : s }
        func titles(_ ids: [ID<Session>]) -> String {
            // A sub-forum by its track (`分论坛三`) when all the track's sessions are chosen, as one
            // choice; by its title when the track holds others too (`工作坊` over several workshops).
            var t: [String] = []
            let chosen = Set(ids)
            for s in ids.compactMap({ id in sessions.first { $0.id == id } }) {
                let whole = !s.track.isEmpty && sessions.allSatisfy { $0.track != s.track || chosen.contains($0.id) }
                let name = whole ? s.track : s.title
                if !t.contains(name) { t.append(name) }
            }
            return t.isEmpty ? none : t.joined(separator: ExportWords.listSeparator.text(language))
        }
        let people = roster.updates.map { u in
            var parts: [String] = []
            for f in PersonField.allCases where f != .category {
                let (a, b) = (PersonRecord(person: u.before).value(f), PersonRecord(person: u.person).value(f))
                if a != b { parts.append(ReimportWords.arrow.text(language, f.text(language), shown(a), shown(b))) }
            }
            if u.before.language != u.person.language {
                parts.append(ReimportWords.arrow.text(language, ReimportWords.language.text(language),
                                                     shown(u.before.language ?? ""), shown(u.person.language ?? "")))
            }
            if u.before.diet != u.person.diet {
                func said(_ d: DietaryNeed?) -> String {
                    guard let d else { return "" }
                    if !d.text.isEmpty { return d.text }
                    let kind: ReimportWords = d.kind == .halal ? .dietHalal : d.kind == .vegetarian ? .dietVegetarian
                        : .dietOther
                    return kind.text(language)
                }
                parts.append(ReimportWords.arrow.text(language, ReimportWords.diet.text(language),
                                                     shown(said(u.before.diet)), shown(said(u.person.diet))))
            }
            if u.hadRegistration, let before = u.categoryBefore, before != u.registration.category {
                // Said in words, as the person form and the duplicates review say it (`代表 → 媒体`).
                parts.append(ReimportWords.arrow.text(
                    language, PersonField.category.text(language), RegistrationCategory.words(before, language),
                    RegistrationCategory.words(u.registration.category, language)))
            }
            if !u.addedSignups.isEmpty || !u.removedSignups.isEmpty {
                // A sub-forum changed is said as the change, without the word: `分论坛三 → 分论坛五`.
                let arrow = ReimportWords.arrow.text(
                    language, "", titles(u.signupsBefore), titles(u.registration.signups))
                parts.append(String(arrow.drop { $0 == " " }))
            }
            let text = parts.isEmpty ? PersonField.category.text(language) : parts.joined(separator: "；")
            return Sanitize.forTerminal(ReimportWords.change.text(language, u.person.name, text))
        }
        return people + tripLines() + stayLines()
    }

    /// Whom an earlier copy of the list named and this one does not, withdrawn or not.
    /// `keys`: the way to withdraw them is said as the UI's key (`W`), not the command line's flag.
    public func missingLines(keys: Bool = false) -> [String] {
        let sep = ExportWords.listSeparator.text(language)
        if !roster.withdrawals.isEmpty {
            let names = roster.withdrawals.map { "\($0.person.name) (\($0.person.key))" }.joined(separator: sep)
            return [Sanitize.forTerminal(ReimportWords.withdrawn.text(language, names))]
        }
        guard !roster.missing.isEmpty else { return [] }
        let names = roster.missing.map { "\($0.person.name) (\($0.person.key))" }.joined(separator: sep)
        let hint: ReimportWords = keys ? .missingKeyHint : .missingHint
        let line = ReimportWords.missing.text(language, names) + hint.text(language)
        return [Sanitize.forTerminal(line)]
    }

    /// `FILE:LINE: …` for each row attached to nobody because several people fit it.
    public func ambiguousLines() -> [String] {
        roster.ambiguous.map { a in
            let candidates = a.candidates.map { c in
                switch c {
                case .person(let key): key
                case .line(let n): ExportWords.lineOnly.text(language, n)
                }
            }
            let text = ReimportWords.ambiguous.text(
                language, a.name, a.candidates.count,
                candidates.joined(separator: ExportWords.listSeparator.text(language)))
            return Sanitize.forTerminal("\(list.file):\(a.line): " + text)
        }
    }
}

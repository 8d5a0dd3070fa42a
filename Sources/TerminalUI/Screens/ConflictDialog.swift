import PlanningCore

/// The "someone else changed this" dialog: the fields where this person's version and the one
/// now stored differ, each named and valued in words (not `plenary`, `other`, `#12`), one value a
/// line so nothing is cut to a third of the width. Esc goes back to the form, never discards it.
struct ConflictDialog: Dialog {
    var mine: Change
    var theirs: Change
    /// The form whose save this stopped: Esc goes back to it.
    var form: Form?

    enum Command { case keepMine, takeTheirs, merge, back }

    var shown: Mode { .conflict(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("k"), .char("K")], hint: .conflictKeep, .keepMine),
         Binding([.char("t"), .char("T")], hint: .conflictTake, .takeTheirs),
         Binding([.char("m"), .char("M")], hint: .conflictMerge, .merge),
         Binding([.escape], hint: .conflictBack, rank: 0, .back)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        // Whatever was chosen, show the event as it now is in the database.
        var outcome = Outcome(.normal, [.reload])
        switch command {
        case .keepMine:
            outcome.effects.insert(.save([EditMerge.keepMine(mine, theirs: theirs)], .edit(done: .saved)), at: 0)
        case .merge:
            guard let merged = EditMerge.merged(mine, theirs: theirs) else { return Outcome(shown) }
            outcome.effects.insert(.save([merged], .edit(done: .saved)), at: 0)
        case .takeTheirs: outcome.message = UIWords.tookTheirs.text(s.language)
        case .back:
            // Back to the form as the person left it, judged against the event as it now is
            // (they have seen what the other person did); without a form, nothing is changed.
            if var form {
                form.original = nil
                outcome.mode = .form(form)
            } else {
                outcome.message = UIWords.tookTheirs.text(s.language)
            }
        }
        return outcome
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        let deleted: Bool = switch theirs {
        case .session(_, nil), .person(_, nil), .room(_, nil), .site(_, nil): true
        default: false
        }
        let fields = EditMerge.fields(mine, theirs: theirs).filter { deleted || $0.mine != $0.theirs }
        var lines: [(String, CellStyle)] = []
        for f in fields {
            lines.append((conflictFieldName(f.name, s.language), CellStyle(bold: true)))
            let rows: [(UIWords, String)] =
                [(.conflictBase, f.base), (.conflictMine, f.mine)] + (deleted ? [] : [(.conflictTheirs, f.theirs)])
            for (label, value) in rows {
                let style = label == .conflictTheirs && f.clashes ? CellStyle(bold: true, role: .warning) : .plain
                lines.append(
                    (
                        "  " + label.text(s.language) + UIWords.labelSeparator.text(s.language)
                            + Sanitize.forTerminal(conflictValue(f.name, value, s)), style
                    ))
            }
        }
        if deleted { lines.append((UIWords.conflictDeleted.text(s.language), CellStyle(bold: true))) }
        let r = centered(s, width: min(s.width - 4, 100), height: min(s.height - 2, lines.count + 5))
        box(&g, r, title: UIWords.conflictTitle.text(s.language))
        for (i, line) in lines.prefix(r.height - 5).enumerated() {
            g.put(line.0, x: r.x + 2, y: r.y + 2 + i, style: line.1, maxWidth: r.width - 4)
        }
        g.put(
            bindings(s).hintLine(s.language, width: r.width - 4), x: r.x + 2, y: r.y + r.height - 2,
            style: CellStyle(role: .muted),
            maxWidth: r.width - 4)
    }
}

/// A field of `EditMerge.fields` by the label its form gives it.
func conflictFieldName(_ name: String, _ lang: Language) -> String {
    let label: UIWords? = switch name {
    case "title": .fieldTitle
    case "kind": .fieldKind
    case "track": .fieldTrack
    case "room": .fieldRoom
    case "start": .fieldStart
    case "end": .fieldEnd
    case "needs": .fieldRequires
    case "seats": .fieldCapacity
    case "plenary": .fieldPlenary
    case "fixed": .fieldFixed
    case "status": .fieldStatus
    case "notes": .fieldNotes
    case "name": .fieldName
    case "organisation": .fieldOrganisation
    case "phone": .fieldPhone
    case "email": .fieldEmail
    case "vip": .fieldVIP
    case "site": .fieldSite
    case "features": .fieldFeatures
    case "registration": .fieldCategory
    default: nil
    }
    return label?.text(lang) ?? name
}

/// A field's value as the forms show it: kinds, yes and no, rooms and sites by name, features
/// and times in words.
func conflictValue(_ name: String, _ value: String, _ s: AppState) -> String {
    let lang = s.language
    switch name {
    case "kind": return SessionKind(rawValue: value)?.label(lang) ?? value
    case "registration": return RegistrationCategory.words(value, lang)
    case "plenary", "fixed": return (value == "yes" ? UIWords.yes : UIWords.no).text(lang)
    case "status": return SessionStatus(rawValue: value)?.text(lang) ?? value
    case "room", "site":
        guard value.hasPrefix("#"), let raw = Int(value.dropFirst()) else {
            return value == "—" ? UIWords.unassigned.text(lang) : value
        }
        if name == "room" { return s.document.catalog.roomIndex[ID(raw)].map { s.plan.rooms[$0].name } ?? value }
        return s.document.catalog.siteName[ID(raw)] ?? value
    case "needs", "features":
        return value.split(separator: ",").map { featureLabel(String($0), lang) }.joined(
            separator: UIWords.listSeparator.text(lang))
    case "start", "end":
        guard let t = LocalDateTime(iso: value) else { return value }
        return DateText.day(t.date, lang, weekday: false) + " " + t.clock
    default:
        return value
    }
}

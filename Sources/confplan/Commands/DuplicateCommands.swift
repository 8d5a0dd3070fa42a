import Foundation
import Interchange
import PlanningCore
import PlanningStore

/// Reviewing people who may be one: list the pairs, merge one, or say they are two.
enum DuplicateCommands {
    static let all: [Command] = [
        Command(
            name: "duplicates", summary: "list people who may be one person, with what agrees and what differs",
            arguments: "[EVENT]", positionals: 0...1,
            details: """
                Pairs of one name and organisation, or one phone or e-mail under two names. Merge a
                pair with confplan merge, or say the two are two with confplan keep-apart (it is
                not listed again).
                """, run: list),
        Command(
            name: "merge", summary: "merge the second person into the first (logged; fields the first lacks are taken)",
            arguments: "[EVENT] PERSON PERSON", positionals: 2...3,
            details: """
                PERSON is an identifier (see confplan duplicates) or a name only one person has.
                The first keeps every value it has; an empty field takes the second's; sign-ups
                and roles are joined; the second's check-ins, badge number and kept-apart pairs go to
                the first (checked in under both: the earlier stands, the later is taken back and
                said); the second is deleted. One transaction, one log entry; confplan unmerge
                PERSON takes it back, all of it, while nobody has changed the person since.
                """, run: merge),
        Command(
            name: "unmerge", summary: "take back the last merge into a person (if nobody changed them since)",
            arguments: "[EVENT] PERSON", positionals: 1...2, run: unmerge),
        Command(
            name: "keep-apart", summary: "say two people are two, so duplicates does not list them again",
            arguments: "[EVENT] PERSON PERSON", positionals: 2...3, run: keepApart),
    ]

    static func list(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        let lang = try CLI.language(a)
        let pairs = plan.possibleDuplicates(keptApart: try store.keptApart(event.id))
        print(Plural(one: CLIWords.duplicatesOne, other: .duplicatesOther).text(lang, pairs.count, event.key))
        let records = plan.personRecords()
        for pair in pairs {
            guard let x = records[pair.first], let y = records[pair.second] else { continue }
            let (agree, differ) = x.compare(y)
            let sep = CLIWords.fieldSeparator.text(lang)
            print(Sanitize.forTerminal(CLIWords.duplicatePair.text(
                lang, x.person.name, aside(x.person, y.person, lang), y.person.name, aside(y.person, x.person, lang),
                pair.why.text(lang))))
            if !agree.isEmpty {
                print(Sanitize.forTerminal(CLIWords.duplicateAgree.text(
                    lang, agree.map { $0.text(lang) + " " + x.shown($0, lang) }.joined(separator: sep))))
            }
            if !differ.isEmpty {
                print(Sanitize.forTerminal(CLIWords.duplicateDiffer.text(
                    lang, differ.map { $0.text(lang) + " " + x.shown($0, lang) + " | " + y.shown($0, lang) }
                        .joined(separator: sep))))
            }
        }
        if let first = pairs.first, let x = records[first.first], let y = records[first.second] {
            print(CLIWords.duplicateHint.text(lang, x.person.key, y.person.key))
        }
    }

    /// The store merges (`Store.mergePeople`, as the UI does): one transaction, one log entry,
    /// the desk's records, badge number and kept-apart pairs carried to the one kept.
    static func merge(_ a: ParsedArguments) throws {
        let (store, event, plan, keep, other) = try pair(a)
        guard keep.id != other.id else { throw UserError(.samePerson, keep.key) }
        let lang = try CLI.language(a)
        let done = try store.mergePeople(event.id, keep: keep.id, other: other.id,
                                         reason: MergeWords.reason.text(lang, other.name, keep.name))
        print(Sanitize.forTerminal(CLIWords.merged.text(
            lang, other.name, aside(other, keep, lang), keep.name, aside(keep, other, lang))))
        for v in done.setAside {
            print(Sanitize.forTerminal(CLIWords.mergeSetAside.text(lang, v.field.text(lang), v.kept, v.other)))
        }
        let zone = ZoneOffset(try store.timeZone(event.id))
        for second in done.secondCheckIns {
            let title = second.stands.session.flatMap { id in plan.sessions.first { $0.id == id }?.title }
            print(Sanitize.forTerminal(second.text(lang, name: keep.name, session: title, zone: zone)))
        }
    }

    /// The newest merge into the person, taken back from what its log entry kept.
    static func unmerge(_ a: ParsedArguments) throws {
        let p = a.positionals
        let (eventName, name) = p.count == 2 ? (p[0], p[1]) : (nil, p[0])
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let person = try find(name, in: try store.plan(event.id), event: event)
        let done: PeopleMerge
        do {
            done = try store.unmergePeople(event.id, person.id)
        } catch StoreError.noMerge {
            throw UserError(.noMerge, person.name, person.key)
        } catch StoreError.changedSinceMerge {
            throw UserError(.changedSinceMerge, person.name, person.key)
        }
        let lang = try CLI.language(a)
        print(Sanitize.forTerminal(CLIWords.unmerged.text(
            lang, done.other.name, aside(done.other, done.kept, lang),
            done.kept.name, aside(done.kept, done.other, lang))))
    }

    static func keepApart(_ a: ParsedArguments) throws {
        let (store, event, _, first, second) = try pair(a)
        guard first.id != second.id else { throw UserError(.samePerson, first.key) }
        try store.keepApart(event.id, first, second)
        let lang = try CLI.language(a)
        print(Sanitize.forTerminal(CLIWords.keptApart.text(
            lang, first.name, aside(first, second, lang), second.name, aside(second, first, lang))))
    }

    /// `手机尾号 0001，编号 a0223`: what tells the person from the other when their names are one,
    /// and the identifier the commands take, said to be one (a bare `a0223` means nothing to staff).
    static func aside(_ p: Person, _ other: Person, _ lang: Language) -> String {
        ([TellApart.mark(p, from: other, lang)].compactMap { $0 } + [CLIWords.personKey.text(lang, p.key)])
            .joined(separator: CLIWords.asideSeparator.text(lang))
    }

    /// [EVENT] PERSON PERSON, each person by identifier or by a name only one has.
    private static func pair(_ a: ParsedArguments) throws -> (Store, EventSummary, EventPlan, Person, Person) {
        let p = a.positionals
        let (eventName, names) = p.count == 3 ? (p[0], Array(p[1...])) : (nil, p)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        let plan = try store.plan(event.id)
        let first = try find(names[0], in: plan, event: event), second = try find(names[1], in: plan, event: event)
        return (store, event, plan, first, second)
    }

    /// A person by identifier, or by a name only one person has.
    private static func find(_ name: String, in plan: EventPlan, event: EventSummary) throws -> Person {
        if let p = plan.people.first(where: { $0.key == name }) { return p }
        let named = plan.people.filter { $0.name == name }
        if named.count == 1 { return named[0] }
        if named.isEmpty { throw UserError(.noPerson, name, event.key) }
        throw UserError(.severalPeople, name, named.prefix(8).map(\.key).joined(separator: ", "))
    }
}

import Foundation
import PlanningCore
import PlanningStore

extension Option {
    static let group = Option("--group", value: "GROUP", help: "the group of the staff accounts to share with")
}

/// Several staff accounts on one server, one database: giving it to their group, and the name
/// each colleague's changes are recorded under.
enum ShareCommands {
    static let all: [Command] = [
        Command(
            name: "share", summary: "let the accounts of a group read and write the database (shared server)",
            options: [.group], required: [.group],
            details: """
                Gives the database, its -wal/-shm files, its backups and its folder to GROUP, readable and
                writable by it; the folder is made setgid so what SQLite and confplan make there later is the
                group's too. The folder must be the database's own (not a home folder or /tmp). Exports
                and lists with phones stay readable by their owner only. Run by the owner of the database
                (a member of GROUP) or root; a missing database is made.
                """, run: share),
        Command(
            name: "whoami", summary: "the name your changes are recorded under; with NAME, set it (Ms Chen)",
            arguments: "[NAME]", positionals: 0...1,
            details: """
                Without NAME, prints the name the change log records for this account: the one set with
                `confplan whoami NAME`, else the login name. It is kept for this account only, in
                $XDG_CONFIG_HOME/confplan/whoami (or ~/.config/confplan/whoami), readable by you alone.
                """, run: whoami),
    ]

    static func share(_ a: ParsedArguments) throws {
        let lang = try CLI.language(a)
        if a.has(.readOnly) { throw StoreError.readOnly(path: a[.db] ?? Store.defaultPath()) }
        let shared = try Store.share(path: a[.db] ?? Store.defaultPath(), group: a[.group]!)
        print(ShareWords.shared.text(lang, shared.path, shared.group, shared.folder))
        if let closed = shared.unreachable {
            print(ShareWords.unreachable.text(lang, shared.group, shared.folder, closed))
        }
    }

    static func whoami(_ a: ParsedArguments) throws {
        guard let given = a.positionals.first else {
            print(StaffName.current())
            return
        }
        let kept = try StaffName.save(given)
        print(ShareWords.nameSet.text(try CLI.language(a), kept.name, kept.file))
    }
}

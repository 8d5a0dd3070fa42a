import Foundation
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let hotel = Option("--hotel", value: "HOTEL", help: "only this hotel's rooms (its identifier or name)")
    static let storeRooms = Option("--apply", help: "store the rooms (one change in confplan log), not only show them")
}

/// `confplan rooms`: who sleeps where, night by night, as it stands.
enum RoomsCommand {
    static let command = Command(
        name: "rooms", summary: "the rooms given (分房) per hotel and room; `rooms assign` assigns them",
        arguments: "[EVENT]", options: [FormatChoice.textOrJSON.option], positionals: 0...1,
        details: """
            Lists each hotel's rooms with someone in them: the room (its number, or type and ordinal such
            as 标间-3), type, beds, and each guest with their nights.
            """,
        subcommands: [RoomsAssignCommand.command], runsWithoutSubcommand: true, run: run)

    static func run(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let json = try a.format(.textOrJSON) == .json
        let report = RoomingReport(current: try store.plan(event.id), language: try CLI.language(a))
        print(json ? report.json() : report.text(), terminator: "")
    }
}

/// `confplan rooms assign`: fills the hotels' blocks with the guests who need rooms, shown or stored.
enum RoomsAssignCommand {
    static let command = Command(
        name: "rooms assign", summary: "assign rooms night by night from the guests' stays and the hotels' blocks",
        arguments: "[EVENT]", options: [.hotel, .storeRooms, FormatChoice.textOrJSON.option], positionals: 0...1,
        details: """
            Officials by VIP level get suites (level 3 and up) or rooms of their own (level 1 and up); guests
            who asked for 单住 a room of their own; companions (随行) a room next to their principal's where
            rooms are numbered; guests sharing (合住) a room with one of their gender: a requested roommate
            first, then a colleague of their organisation, then the next to arrive. Rooms already given stay
            where they are while they still fit: run again after late registrations or cancellations, it moves
            as few guests as it can. Who cannot be given a room is listed with the reason. Without --apply
            nothing is saved.
            """, run: run)

    static func run(_ a: ParsedArguments) throws {
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(a.positionals.first)
        let plan = try store.plan(event.id)
        var options = RoomAssignOptions()
        if let name = a[.hotel] {
            guard let hotel = plan.hotel(named: name) else {
                throw a.usage(.noHotel, name, plan.hotelsWithBlocks.map(\.name).joined(separator: ", "))
            }
            options.hotel = hotel
        }
        let json = try a.format(.textOrJSON) == .json
        let proposal = RoomAssigner.assign(plan, options: options)
        let apply = a.has(.storeRooms) && !proposal.changes.isEmpty
        if apply {
            try store.apply(proposal.changes, event: event.id, note: .roomsAssigned(proposal.changes), logEach: false)
        }
        var report = RoomingReport(plan: plan, proposal: proposal, applied: apply, language: try CLI.language(a))
        report.hotel = options.hotel
        print(json ? report.json() : report.text(), terminator: "")
    }
}

import Codecs
import Foundation
import Interchange
import PlanningCore
import Testing

/// Diets and banquet tables in the event file: written in its canonical form and read back whole.
@Suite struct BanquetFileTests {
    static let file = """
        {
          "confplan": 1,
          "event": {"id": "e1", "name": "测试大会", "timeZone": "Asia/Shanghai", "firstDay": "2026-05-13", "lastDay": "2026-05-15", "dayChangeHour": 4, "defaultTravelMinutes": 30, "banquetSeatOrder": "host-only"},
          "sessions": [
            {"id": "dinner", "title": "欢迎晚宴", "kind": "meal", "start": "2026-05-13T18:30", "end": "2026-05-13T20:30"}
          ],
          "people": [
            {"id": "p1", "name": "张伟", "diet": "vegetarian"},
            {"id": "p2", "name": "马立新", "diet": {"kind": "halal", "text": "清真，不吃牛肉"}},
            {"id": "p3", "name": "陈老师", "registration": {"category": "staff", "signups": []}}
          ],
          "banquets": [
            {"meal": "dinner", "headTable": 1, "seatOrder": "host-and-deputy", "exclude": ["staff"]}
          ],
          "banquetTables": [
            {"meal": "dinner", "number": 1, "seats": 10},
            {"meal": "dinner", "number": 2, "seats": 8, "halal": true, "across": 1, "back": 1}
          ],
          "banquetSeats": [
            {"meal": "dinner", "table": 1, "seat": 1, "person": "p3", "host": true},
            {"meal": "dinner", "table": 2, "seat": 2, "person": "p2"}
          ]
        }

        """

    @Test func aFileWithBanquetsReadsAndWritesBackTheSameTables() throws {
        let plan = try EventFile.read(Array(Self.file.utf8), file: "t.json")
        #expect(plan.event.banquetSeatOrder == .hostOnly)
        #expect(plan.people.map(\.diet) == [DietaryNeed(.vegetarian), DietaryNeed(.halal, text: "清真，不吃牛肉"), nil])
        #expect(plan.tablePlans == [TablePlan(
            meal: ID(1),
            tables: [BanquetTable(number: 1), BanquetTable(number: 2, seats: 8, halal: true,
                                                           place: HallPlace(across: 1, back: 1))],
            headTable: 1, seatOrder: .hostAndDeputy, excluded: ["staff"],
            seats: [TableSeat(person: ID(3), table: 1, seat: 1, host: true), TableSeat(person: ID(2), table: 2, seat: 2)])])
        let written = EventFile.write(plan)
        let again = try EventFile.read(Array(written.utf8), file: "t2.json")
        #expect(EventFile.write(again) == written)
        #expect(again == plan)
        #expect(written.contains("""
              "banquetSeats": [
                {"meal": "dinner", "table": 1, "seat": 1, "person": "p3", "host": true},
                {"meal": "dinner", "table": 2, "seat": 2, "person": "p2"}
              ]
            """))
    }

    @Test func aSeatAtATableTheBanquetDoesNotHaveIsRefusedWithItsLine() {
        let bad = Self.file.replacingOccurrences(of: "\"table\": 2, \"seat\": 2", with: "\"table\": 7, \"seat\": 2")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description == "t.json:21: banquetSeats[1].table: table 7 is not in this banquet")
    }

    /// Seat 9 at a table of eight, where two sit: refused, naming the line and the field.
    @Test func aSeatPastTheTablesSizeIsRefused() {
        let bad = Self.file.replacingOccurrences(of: "\"table\": 2, \"seat\": 2", with: "\"table\": 2, \"seat\": 9")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description == "t.json:21: banquetSeats[1].seat: seat 9 is past the 8 seats of table 2")
    }

    /// An over-full table's extra chairs are numbered on after its seats (as `dump` writes the
    /// planted eleventh guest at a table of ten, which `check` reports): seat 3 at a table of two
    /// where three sit is read.
    @Test func anOverFullTablesExtraChairIsRead() throws {
        let three = Self.file
            .replacingOccurrences(of: "\"number\": 1, \"seats\": 10", with: "\"number\": 1, \"seats\": 2")
            .replacingOccurrences(of: "\"table\": 2, \"seat\": 2, \"person\": \"p2\"}",
                                  with: "\"table\": 1, \"seat\": 2, \"person\": \"p2\"},\n"
                                    + "    {\"meal\": \"dinner\", \"table\": 1, \"seat\": 3, \"person\": \"p1\"}")
        #expect(try EventFile.read(Array(three.utf8), file: "t.json").tablePlans[0].seats.map(\.seat) == [1, 2, 3])
    }

    /// A table plan on a keynote: refused where the banquet names it (check would otherwise
    /// report every guest of the event as unseated at it).
    @Test func aBanquetOnASessionThatIsNotAMealIsRefused() {
        let bad = Self.file.replacingOccurrences(of: "\"kind\": \"meal\"", with: "\"kind\": \"keynote\"")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description
                == "t.json:13: banquets[0].meal: \"dinner\" is not a meal but of the kind “keynote”: only a meal has banquet tables")
    }

    /// Under `--lang zh` the banquet's errors are told in Chinese, as the file's other words are.
    @Test func theBanquetsErrorsAreToldInChinese() {
        let bad = Self.file.replacingOccurrences(of: "\"table\": 2, \"seat\": 2", with: "\"table\": 7, \"seat\": 2")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.text(.zh) == "t.json:21: banquetSeats[1].table: 本场宴会没有 7 号桌")
    }

    @Test func aTableOfThirteenIsRefusedWithItsLine() {
        let bad = Self.file.replacingOccurrences(of: "\"number\": 1, \"seats\": 10", with: "\"number\": 1, \"seats\": 13")
        let error = #expect(throws: InputError.self) { try EventFile.read(Array(bad.utf8), file: "t.json") }
        #expect(error?.description == "t.json:16: banquetTables[0].seats: 13 is out of range (1…12)")
    }
}

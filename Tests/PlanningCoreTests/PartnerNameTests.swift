import Testing
@testable import PlanningCore

/// German partners' numbers and names (issue 31, items 21–22).
@Suite struct PartnerNameTests {
    @Test func internationalNumbersAreStoredAsDialled() {
        #expect(PhoneNumber.read("+49 (0)171 2345678") == .ok("+491712345678"))
        #expect(PhoneNumber.read("0049 171 2345678") == .ok("+491712345678"))
        #expect(PhoneNumber.read("0086 139 8123 4567") == .ok("13981234567"))
        #expect(PhoneNumber.read("(028) 8765 4321") == .ok("02887654321"))
    }

    @Test func honorificsAndUmlautsDoNotMakeAnotherPerson() {
        var p = EventPlan(event: Event(key: "d", uid: "d", name: "中德", shortName: "中德",
                                       firstDay: LocalDate(iso: "2026-05-14")!, lastDay: LocalDate(iso: "2026-05-14")!))
        p.people = [
            Person(id: ID(1), key: "a", uid: "u1", name: "Dr. Thomas Schmidt", organisation: "BIBB", phone: "+491711111111"),
            Person(id: ID(2), key: "b", uid: "u2", name: "Thomas Schmidt", organisation: "BIBB", phone: "+491712222222"),
            Person(id: ID(3), key: "c", uid: "u3", name: "Jürgen Müller", organisation: "BS München"),
            Person(id: ID(4), key: "d", uid: "u4", name: "Juergen Mueller", organisation: "BS München"),
            Person(id: ID(5), key: "e", uid: "u5", name: "Hans Groß", organisation: "TU Dresden"),
            Person(id: ID(6), key: "f", uid: "u6", name: "Prof. Dr. Hans Gross", organisation: "TU Dresden"),
            Person(id: ID(7), key: "g", uid: "u7", name: "Thomas Schmid", organisation: "BIBB"),
        ]
        #expect(p.possibleDuplicates().map { [$0.first.raw, $0.second.raw] } == [[1, 2], [3, 4], [5, 6]])
    }

    @Test func aNameWithoutItsHonorific() {
        #expect(TextFolding.withoutHonorifics("Prof. Dr. Anna Weiß") == "Anna Weiß")
        #expect(TextFolding.withoutHonorifics("Drechsler") == "Drechsler")
        #expect(TextFolding.personKey("Dr. Hans-Jürgen Groß") == TextFolding.personKey("Hans-Juergen Gross"))
    }
}

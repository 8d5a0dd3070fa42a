import Testing
import PlanningCore

/// A million-row import holds its rows and new people packed; what comes back out must be
/// exactly what went in, texts of any script, an absent language apart from an empty one.
@Suite struct PackedTests {
    @Test func rowsComeBackAsTheyWent() {
        var a = AttendeeRow(line: 70_000)
        a.name = "买买提·艾力"
        a.organisation = String(repeating: "教育部职业教育与成人教育司", count: 12)
        a.phone = "13800000001"
        a.notes = "清真；到达：5月12日 𠮷"
        a.language = "ug"
        a.signups = [ID(3), ID(200), ID(70_000)]
        var b = AttendeeRow(line: 2)
        b.name = "Łukasz Wróblewski"
        let rows: AttendeeRows = [a, b]
        var joined = AttendeeRows([b])
        joined.append(contentsOf: rows)
        #expect(Array(rows) == [a, b] && Array(joined) == [b, a, b])
    }

    /// A row's travel cells (issue 35), every part set or left out, come back as they went.
    @Test func travelCellsComeBackAsTheyWent() {
        var a = AttendeeRow(line: 3)
        a.name = "王芳"
        var t = TravelCells()
        t.arrival.mode = .flight
        t.arrival.number = "3U8888"
        t.arrival.hub = "成都双流国际机场 T2"
        t.arrival.day = TravelCells.Day(month: 5, day: 13)
        t.arrival.minute = 0
        t.arrival.transfer = false
        t.departure.day = TravelCells.Day(year: 2026, month: 5, day: 16)
        t.departure.mode = .selfArranged
        t.companions = 0
        t.given = [.arrivalRoute, .arrivalHub, .departureTime, .companions]
        a.travel = t
        var b = AttendeeRow(line: 4)
        b.travel = TravelCells()
        let c = AttendeeRow(line: 5)
        #expect(Array(AttendeeRows([a, b, c])) == [a, b, c])
    }

    @Test func peopleComeBackAsTheyWentAndAChangedOneIsKeptWhole() {
        var p = Person(id: ID(0), key: "a000001", uid: "u-1", name: "김민준", organisation: "서울", phone: "+82 10 1234")
        p.notes = "Halal"
        var q = Person(id: ID(0), key: "a000002", uid: "u-2", name: "王𠮷")
        q.language = ""
        var packed = PackedPeople()
        packed.append((p, Registration(person: ID(0), category: "guest", signups: [ID(9)])))
        packed.append((q, Registration(person: ID(0), category: Registration.defaultCategory, signups: [])))
        var vip = p
        vip.vipLevel = 2
        packed[0] = (vip, packed[0].registration)
        #expect(packed[0].person == vip && packed[0].registration.signups == [ID(9)])
        #expect(packed[1].person == q && packed[1].person.language == "" && packed.uid(1) == "u-2")
        #expect(packed.count == 2 && packed.uid(0) == "u-1")
    }

    /// The UIDs a list names are stored as one text: written without a string per person, they
    /// must be the UIDs the people have, whichever way each is packed.
    @Test func uidsWrittenAsBytesAreThePeoplesUIDs() {
        let family = StableUID.Family("event-uid", "imported-person")
        var people = PackedPeople(uids: family)
        let registration = Registration(person: ID(0), category: "参会", signups: [])
        people.append((Person(id: ID(0), key: "z0007", uid: family.uid(7), name: "王芳"), registration), madeFrom: 7)
        people.append((Person(id: ID(0), key: "x", uid: "not-a-family-uid", name: "李明"), registration))
        var unusual = Person(id: ID(0), key: "y", uid: "b1b2c3d4-0000-4000-8000-000000000001", name: "张伟")
        unusual.vipLevel = 2
        people.append((unusual, registration))
        var listing = Listing()
        listing.uids = "c0c0c0c0-0000-4000-8000-000000000002\n"
        #expect(String(decoding: listing.adding(to: "", made: people), as: UTF8.self).split(separator: "\n") == [
            "c0c0c0c0-0000-4000-8000-000000000002", Substring(family.uid(7)), "not-a-family-uid",
            "b1b2c3d4-0000-4000-8000-000000000001",
        ])
        // Those an earlier copy named are not named twice.
        let again = listing.adding(to: "not-a-family-uid", made: people)
        #expect(String(decoding: again, as: UTF8.self).split(separator: "\n") == [
            "not-a-family-uid", "c0c0c0c0-0000-4000-8000-000000000002", Substring(family.uid(7)),
            "b1b2c3d4-0000-4000-8000-000000000001",
        ])
    }

    /// The writer packs an imported person's UID from its number: the same 16 bytes the UID's
    /// text packs to, which is what the database has always held.
    @Test func aFamilyUIDPackedFromItsNumberIsItsTextPacked() {
        let family = StableUID.Family("ev-uid", "imported-person")
        var fromNumber: [UInt8] = []
        family.appendPacked(100_000, to: &fromNumber)
        #expect(fromNumber == StableUID.packed(family.uid(100_000)))
    }

    /// The rows of a list as read (packed, each with its name key made on the reading thread)
    /// match as rows one by one do: a name written in traditional characters and full-width
    /// spaces at an organisation written another way is the person an earlier row made.
    @Test func packedRowsMatchByNameAndOrganisationFoldedAsTheyWereRead() {
        var a = AttendeeRow(line: 2)
        a.name = "陳　偉"
        a.organisation = "四川工程職業技術學院"
        a.email = "chen@example.org"
        var b = AttendeeRow(line: 3)
        b.name = "陈伟"
        b.organisation = "四川工程职业技术学院"
        var c = AttendeeRow(line: 4)
        c.name = "陈伟"
        let day = LocalDate(year: 2026, month: 5, day: 14)!
        let plan = EventPlan(event: Event(key: "e", uid: "e", name: "大会", firstDay: day, lastDay: day))
        let outcomes = Roster.match(AttendeeRows([a, b, c]), into: plan).outcomes.map(\.outcome)
        #expect(outcomes == [.new, .merged(intoLine: 2, by: .nameAndOrganisation), .new])
    }

    /// Most rows of a new list make their person without a string of the row (`MadePerson.row`):
    /// that person is the one a row taken whole makes, whatever the row holds, and a later row
    /// naming them changes them as it changes anyone.
    @Test func aPersonMadeOfTheRowAsItStandsIsThePersonTheRowMakes() {
        func row(_ line: Int, _ name: String, phone: String = "", _ fill: (inout AttendeeRow) -> Void = { _ in })
            -> AttendeeRow
        {
            var r = AttendeeRow(line: line)
            r.name = name
            r.organisation = "德阳职业技术学院"
            r.phone = phone
            fill(&r)
            return r
        }
        let rows = [
            row(2, "王芳", phone: "13900000001") { $0.language = "de"; $0.signups = [ID(3), ID(5)]; $0.title = "教授" },
            row(3, "李强") { $0.notes = "民族：回；民族：回"; $0.category = "guest" },
            row(4, "赵敏") { $0.diet = DietaryNeed(.halal, text: "") },
            row(5, "周杰", phone: "13900000004") { $0.notes = "到达：5月13日"; $0.gender = "男" },
            row(6, "王芳", phone: "13900000001") { $0.city = "成都" },
        ]
        let day = LocalDate(year: 2026, month: 5, day: 14)!
        let plan = EventPlan(event: Event(key: "e", uid: "e", name: "大会", firstDay: day, lastDay: day))
        var told: [String] = []
        let packed = Roster.match(AttendeeRows(rows), into: plan) { made in
            switch made {
            case .row(let i, let key, _): told.append("row \(i) \(key)")
            case .person(let p, _, _): told.append("person \(p.key)")
            }
        }
        // Repeated notes are kept once and a diet makes a person not packed: those go field by field.
        #expect(told == ["row 0 z0001", "person z0002", "person z0003", "row 3 z0004"])
        let whole = Roster.match(rows, into: plan, created: { _ in })
        #expect(packed.newPeople.count == 4 && whole.newPeople.count == 4)
        for i in 0..<4 { #expect(packed.newPeople[i] == whole.newPeople[i], "person \(i)") }
        let first = packed.newPeople[0]
        #expect(first.person.key == "z0001" && first.person.city == "成都" && first.person.language == "de")
        #expect(first.registration.signups == [ID(3), ID(5)] && first.registration.category == "delegate")
        #expect(packed.changedAfterCreation == [0] && packed.newPeople[3].person.notes == "到达：5月13日")
    }
}

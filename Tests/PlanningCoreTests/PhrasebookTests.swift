import Testing
@testable import PlanningCore

@Suite struct PhrasebookTests {
    /// Every entry of the core's books exists in both languages (a missing one would show the
    /// English, or the key, in a Chinese office).
    @Test func theCoresBooksAreWhole() {
        for lang in Language.allCases {
            #expect(CoreWords.missing(in: lang).isEmpty, "\(lang): \(CoreWords.missing(in: lang))")
            #expect(SessionKind.missing(in: lang).isEmpty && RoleKind.missing(in: lang).isEmpty, "\(lang)")
            #expect(Severity.missing(in: lang).isEmpty && RoomFeature.missing(in: lang).isEmpty, "\(lang)")
            #expect(LogWords.missing(in: lang).isEmpty && ChangeNote.Action.missing(in: lang).isEmpty, "\(lang)")
            #expect(ChangeNote.Field.missing(in: lang).isEmpty, "\(lang)")
            #expect(PersonField.missing(in: lang).isEmpty && PossiblePair.Why.missing(in: lang).isEmpty, "\(lang)")
            #expect(SolveWords.missing(in: lang).isEmpty, "\(lang): \(SolveWords.missing(in: lang))")
            #expect(ReleaseWords.missing(in: lang).isEmpty, "\(lang): \(ReleaseWords.missing(in: lang))")
            #expect(PhoneWords.missing(in: lang).isEmpty, "\(lang): \(PhoneWords.missing(in: lang))")
        }
    }

    /// A count picks its entry: one for exactly one, the other otherwise; `%N` past the
    /// arguments, and a `%` that is no placeholder, stay as written.
    @Test func pluralsPickTheirFormAndPlaceholdersFillInOrder() {
        let clash = Plural(one: CoreWords.attendeeClashOne, other: .attendeeClashOther)
        #expect(clash.text(.en, 1, "“A”", "“B”") == "1 attendee signed up for both “A” and “B”, which overlap")
        #expect(clash.text(.en, 3, "“A”", "“B”") == "3 attendees signed up for both “A” and “B”, which overlap")
        #expect(CoreWords.nearlyFull.text(.en, "“A”", 95, 95, 100) == "“A” is 95% full (95 of 100 seats)")
        #expect(CoreWords.quoted.text(.zh) == "「%1」")
        // 参 is a numeral to Unicode (a financial 3): "%1参加" is the name and 参加, not a 13th argument.
        #expect(CoreWords.unseatedGuest.text(.zh, "黄志远", "「欢迎晚宴」") == "黄志远参加「欢迎晚宴」，但没有安排座位")
    }
}

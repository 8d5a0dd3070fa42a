import Testing
@testable import PlanningCore

@Suite struct PhrasebookTests {
    /// Every entry of the core's books exists in both languages (a missing one would show the
    /// English, or the key, in a Chinese office).
    @Test func theCoresBooksAreWhole() {
        for lang in Language.allCases {
            #expect(CoreText.missing(in: lang).isEmpty, "\(lang): \(CoreText.missing(in: lang))")
            #expect(SessionKind.missing(in: lang).isEmpty && RoleKind.missing(in: lang).isEmpty, "\(lang)")
            #expect(Severity.missing(in: lang).isEmpty && RoomFeature.missing(in: lang).isEmpty, "\(lang)")
            #expect(LogText.missing(in: lang).isEmpty && ChangeNote.Action.missing(in: lang).isEmpty, "\(lang)")
            #expect(ChangeNote.Field.missing(in: lang).isEmpty, "\(lang)")
            #expect(PersonField.missing(in: lang).isEmpty && PossiblePair.Why.missing(in: lang).isEmpty, "\(lang)")
            #expect(SolveText.missing(in: lang).isEmpty, "\(lang): \(SolveText.missing(in: lang))")
            #expect(ReleaseText.missing(in: lang).isEmpty, "\(lang): \(ReleaseText.missing(in: lang))")
            #expect(PhoneText.missing(in: lang).isEmpty, "\(lang): \(PhoneText.missing(in: lang))")
        }
    }

    /// A count picks its entry: one for exactly one, the other otherwise; `%N` past the
    /// arguments, and a `%` that is no placeholder, stay as written.
    @Test func pluralsPickTheirFormAndPlaceholdersFillInOrder() {
        let clash = Plural(one: CoreText.attendeeClashOne, other: .attendeeClashOther)
        #expect(clash.text(.en, 1, "“A”", "“B”") == "1 attendee signed up for both “A” and “B”, which overlap")
        #expect(clash.text(.en, 3, "“A”", "“B”") == "3 attendees signed up for both “A” and “B”, which overlap")
        #expect(CoreText.nearlyFull.text(.en, "“A”", 95, 95, 100) == "“A” is 95% full (95 of 100 seats)")
        #expect(CoreText.quoted.text(.zh) == "「%1」")
    }
}

import Testing
import PlanningCore

/// The one phone rule the import and the forms share (issue 29 #13).
@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("13912345678", PhoneNumber.Reading.ok("13912345678")),
        ("+86 139-1234-5678", .ok("13912345678")),
        ("0086 19912345678", .ok("19912345678")),
        ("028-86001234", .ok("02886001234")),
        ("(028)84616002", .ok("02884616002")),
        ("0755 1234567", .ok("07551234567")),
        ("+49 351 123456", .ok("+49351123456")),
        ("1391234567", .notMobile),
        ("139123456789", .notMobile),
        ("10000000000", .notMobile),
        ("12500000001", .notMobile),
        ("+86 1234567890", .notMobile),
        ("123", .invalid),
        ("139-1234-567x", .invalid),
        ("1.39123E+10", .scientific),
    ])
    func numbersAreReadByOneRule(_ typed: String, _ reading: PhoneNumber.Reading) {
        #expect(PhoneNumber.read(typed) == reading)
    }

    /// The words the forms show, in both languages; nothing for a number the rule takes.
    @Test func aProblemIsSaidInTheStaffsLanguage() {
        #expect(PhoneWords.problem("1391234567", .zh) == "“1391234567”不是手机号码：中国大陆手机号是 13–19 开头的 11 位数字")
        #expect(PhoneWords.problem("abc", .en) == "\"abc\" is not a phone number")
        #expect(PhoneWords.problem("028-86001234", .zh) == nil)
    }
}

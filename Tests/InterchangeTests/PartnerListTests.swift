import Foundation
import Testing
@testable import Codecs
@testable import Print
@testable import Workbook
@testable import Interchange
import PlanningCore

/// A Sino-German event's German side: its CSV encoding, its headers, its numbers and addresses
/// (issue 31, items 19–22).
@Suite struct PartnerListTests {
    /// Text as Windows-1252 bytes (every character here is in Latin-1).
    static func cp1252(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

    @Test func aGermanExcelCSVIsReadAsWindows1252AndSaysSo() throws {
        let bytes = Self.cp1252("Vorname;Nachname;Firma\r\nJürgen;Müller;Berufsschule München\r\n")
        let decoded = try TextDecoding.decode(bytes, file: "partner.csv")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Vorname;Nachname;Firma\r\nJürgen;Müller;Berufsschule München\r\n")
        #expect(decoded.doubt == .readAsWindows1252(line: 2, word: "Jürgen"))
    }

    /// A long German list is as German as a short one.
    @Test func aLongGermanListIsWindows1252Too() throws {
        let rows = (1...1_500).map { "Jürgen\($0);Müller;Berufsschule München\r\n" }.joined()
        let decoded = try TextDecoding.decode(Self.cp1252("Vorname;Nachname;Firma\r\n" + rows), file: "long.csv")
        #expect(decoded.encoding == .windows1252 && decoded.doubt == .readAsWindows1252(line: 2, word: "Jürgen1"))
    }

    /// `ß` before a comma is no GB18030 pair at all: the file is still Windows-1252, not refused.
    @Test func bytesGB18030CannotPairAreWindows1252WhenTheyLookLikeIt() throws {
        let decoded = try TextDecoding.decode(Self.cp1252("Name,Company\nHans Groß,BIBB\n"), file: "p.csv")
        #expect(decoded.text == "Name,Company\nHans Groß,BIBB\n" && decoded.doubt == .readAsWindows1252(line: 2, word: "Groß"))
    }

    /// A Chinese list with one German name pasted in stays GB18030, and the name is pointed at.
    @Test func aLoneLatinLookingWordInAChineseListIsWarnedAbout() throws {
        let bytes = gb18030("姓名,单位\n张敏,四川工程职业技术大学\n") + Self.cp1252("Jürgen,BIBB\n")
        let decoded = try TextDecoding.decode(bytes, file: "mixed.csv")
        #expect(decoded.encoding == .gb18030 && decoded.doubt == .looksLikeWindows1252(line: 3, word: "J黵gen"))
    }

    @Test func windows1252AndLatin1CanBeGiven() throws {
        #expect(TextEncoding(name: "windows-1252") == .windows1252 && TextEncoding(name: "latin1") == .windows1252)
        // „ and “ are 0x84 and 0x93 in Windows-1252, control codes in Latin-1.
        let bytes = Self.cp1252("Name;Firma\r\nJürgen Müller;Bäckerei ") + [0x84] + Self.cp1252("Süß") + [0x93, 0x0D, 0x0A]
        let list = try AttendeeList.read(bytes, file: "p.csv", encoding: TextEncoding(name: "cp1252"), sessions: [])
        #expect(list.rows.map(\.name) == ["Jürgen Müller"] && list.rows.map(\.organisation) == ["Bäckerei \u{201E}Süß\u{201C}"])
    }

    @Test func headersAsPartnersWriteThem() throws {
        let csv = """
            Salutation,Academic title,First name,Last name,Company,Job title,Mobile,E-Mail,Workshop
            Herr,Dr.,Thomas,Schmidt,BIBB,Referent,+49 (0)171 2345678,ts@example.de,Handlungsorientierter Unterricht

            """
        let sessions = [Session(id: ID(3), key: "w3", uid: "w3", title: "工作坊三：行动导向教学 Handlungsorientierter Unterricht")]
        let list = try AttendeeList.read(Array(csv.utf8), file: "p.csv", sessions: sessions)
        #expect(list.columns.columns.map(\.field) == [.gender, .academicTitle, .givenName, .surname, .organisation,
                                                      .title, .phone, .email, .subForum])
        let row = try #require(list.rows.first)
        #expect([row.name, row.organisation, row.title, row.phone, row.gender] ==
                ["Dr. Thomas Schmidt", "BIBB", "Referent", "+491712345678", "男"])
        #expect(row.signups == [ID(3)] && list.problems.isEmpty)
        let german = try AttendeeList.read(Array("Vorname,Nachname,Titel\nAnna,Weiß,Prof.\n".utf8), file: "d.csv", sessions: [])
        #expect(german.rows.map(\.name) == ["Prof. Anna Weiß"])
    }

    @Test func eitherHalfOfABilingualTitleNamesTheSession() {
        let m = SubForumMatcher(sessions: [
            Session(id: ID(3), key: "w3", uid: "w3", title: "工作坊三：行动导向教学 Handlungsorientierter Unterricht"),
            Session(id: ID(4), key: "w4", uid: "w4", title: "工作坊四：数字化教学 Digital Teaching"),
        ])
        #expect(m.resolve("Handlungsorientierter Unterricht") == [.sessions([ID(3)])])
        #expect(m.resolve("行动导向教学") == [.sessions([ID(3)])])
        #expect(m.resolve("digital teaching") == [.sessions([ID(4)])])
    }

    @Test func anAddressWithANonASCIIDomainIsValid() {
        #expect(AttendeeValues.email("Maria@Müller-Lüdenscheidt.de") == "maria@müller-lüdenscheidt.de")
        #expect(AttendeeValues.email("maria@müller lüdenscheidt.de") == nil)
    }

    /// `/muller` and `/weiss` find Müller and Weiß, as do their German spellings without umlauts.
    @Test func germanNamesAreFoundWithoutUmlauts() {
        let key = Pinyin.shared.searchKey("Jürgen Müller Anna Weiß")
        for q in ["muller", "mueller", "weiss", "müller"] { #expect(key.contains(q), "\(q)") }
    }
}

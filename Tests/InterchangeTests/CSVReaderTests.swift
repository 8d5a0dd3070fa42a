import Foundation
import Testing
import Glibc
@testable import Codecs
@testable import Print
@testable import Workbook
import Interchange

/// Text as Excel on Chinese Windows saves it.
func gb18030(_ text: String) -> [UInt8] {
    let cd = iconv_open("GB18030", "UTF-8")
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 8)
    let produced = input.withUnsafeMutableBufferPointer { i in
        output.withUnsafeMutableBufferPointer { o in
            var ip = UnsafeMutableRawPointer(i.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
            var op = UnsafeMutableRawPointer(o.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
            var il = i.count, ol = o.count
            _ = iconv(cd, &ip, &il, &op, &ol)
            return o.count - ol
        }
    }
    return Array(output[..<produced])
}

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try TextDecoding.decode(Array("姓名\n王芳\n".utf8), file: "a.csv")
        #expect(plain.encoding == .utf8 && !plain.hadByteOrderMark && plain.text == "姓名\n王芳\n")
        let marked = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("姓名\n".utf8), file: "a.csv")
        #expect(marked.encoding == .utf8 && marked.hadByteOrderMark && marked.text == "姓名\n")
    }

    /// A large file's UTF-8 is judged in two halves at once: a bad byte in either half, or a
    /// character cut off just before the line break the halves are parted at, still fails it.
    @Test func utf8JudgedInHalvesFailsOnABadByteInEither() {
        let line = Array("王芳,德阳职业技术学院,13900000001\n".utf8)
        let text = Array(repeatElement(line, count: 200).joined())
        #expect(TextDecoding.validUTF8(text[...], inHalvesAbove: 0) == String(decoding: text, as: UTF8.self))
        var early = text, late = text, cut = text
        early[3] = 0xFF
        late[text.count - 5] = 0xC0
        // The first line break at or after the middle is where the halves part; a lead byte before it.
        let middle = text.count / 2, parting = text[middle...].firstIndex(of: 0x0A)!
        cut[parting - 1] = 0xE7
        #expect([early, late, cut].map { TextDecoding.validUTF8($0[...], inHalvesAbove: 0) == nil } == [true, true, true])
    }

    @Test func gb18030IsDetectedIncludingCharactersOutsideTheBMP() throws {
        let text = "姓名,单位\n𠀀𪚥,四川工程职业技术大学（天山路校区）\n€ 喆 堃,镕\n"
        let bytes = gb18030(text)
        #expect(bytes.count != text.utf8.count)
        let d = try TextDecoding.decode(bytes, file: "gbk.csv")
        #expect(d.encoding == .gb18030)
        #expect(d.text == text)
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = "姓名\t手机\n王芳\t13800138000\n"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try TextDecoding.decode(le, file: "u.txt").text == text)
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try TextDecoding.decode(be, file: "u.txt").encoding == .utf16be)
    }

    /// A UTF-8 list with one bad byte far down is no GB18030 either (its Chinese fails at once):
    /// the error is placed where UTF-8 failed, the reading that got further, and says both.
    @Test func aFileNeitherEncodingReadsSaysWhereEachFailed() {
        let head = Array("姓名,分论坛\n王芳,分论坛一\n".utf8)
        let bytes = head + [0xFF] + Array("李雷,分论坛二\n".utf8)
        do {
            _ = try TextDecoding.decode(bytes, file: "x.csv")
            Issue.record("accepted a file that is neither")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.hasPrefix("is neither UTF-8 (byte 0xFF at offset \(head.count), line 3) nor GB18030 (byte 0x"))
            #expect(error.message.hasSuffix(", line 1); give --encoding"))
        }
        // A GB18030 list with a bad byte far down: placed where GB18030 failed.
        let gbHead = gb18030("姓名,单位\n王芳,德阳职业技术学院\n")
        do {
            _ = try TextDecoding.decode(gbHead + [0xFF] + gb18030("李雷,学院\n"), file: "g.csv")
            Issue.record("accepted a file that is neither")
        } catch {
            #expect(error.line == 3 && error.message.contains("nor GB18030 (byte 0xFF at offset \(gbHead.count), line 3)"))
        }
    }

    @Test func invalidBytesAreAnErrorWithTheLineNeverAReplacementCharacter() {
        // Line 3 holds 0x80, which is neither UTF-8 nor a GB18030 lead byte.
        let bytes = Array("姓名\n王芳\n".utf8) + [0x41, 0x80, 0x0A]
        #expect(throws: InputError.self) { try TextDecoding.decode(bytes, file: "x.csv") }
        do { _ = try TextDecoding.decode(bytes, file: "x.csv") } catch { #expect(error.line == 3 && error.file == "x.csv") }
        // Forced UTF-8 on GBK bytes names the line of the first bad byte.
        let gbk: [UInt8] = Array("name\nok\n".utf8) + [0xCD, 0xF5, 0xB7, 0xBC, 0x0A]
        do { _ = try TextDecoding.decode(gbk, file: "g.csv", forced: .utf8); Issue.record("accepted GBK as UTF-8") }
        catch { #expect(error.line == 3 && error.message.contains("not valid UTF-8")) }
        #expect((try? TextDecoding.decode(gbk, file: "g.csv").text) == "name\nok\n王芳\n")
    }

    @Test func aFileCutInsideAGB18030CharacterIsAnError() {
        let cut: [UInt8] = Array("name\n".utf8) + [0xCD, 0xF5, 0xB7]
        do { _ = try TextDecoding.decode(cut, file: "c.csv", forced: .gb18030); Issue.record("accepted") }
        catch { #expect(error.line == 2) }
    }

    @Test func encodingNamesPeopleType() {
        #expect(TextEncoding(name: "GBK") == .gb18030)
        #expect(TextEncoding(name: "cp936") == .gb18030)
        #expect(TextEncoding(name: "UTF8") == .utf8)
        #expect(TextEncoding(name: "latin1") == .windows1252)
        #expect(TextEncoding(name: "ebcdic") == nil)
    }
}

@Suite struct CSVReaderTests {
    /// A large text is looked through in two halves, parted at the first line break after the
    /// middle: the second half's lines go on from the first's, and a line break inside a quoted
    /// field is no place to part (the first half goes on alone).
    @Test func recordsFoundInTwoHalvesKeepTheirLinesAndQuotedLineBreaks() throws {
        let short = try CSVReader.lazyRecords("a\nb\nc\nd\n", delimiter: .comma, file: "t.csv", inHalvesAbove: 0)
        #expect(Array(short) == ["a", "b", "c", "d"].enumerated().map { CSVRecord(line: $0.offset + 1, fields: [$0.element]) })
        let x = String(repeating: "x", count: 60), q = String(repeating: "q", count: 10)
        let quoted = try CSVReader.lazyRecords("h1,h2\n\(x),\"\(q)\n\(q)\"\nc,d\n", delimiter: .comma, file: "t.csv",
                                               inHalvesAbove: 0)
        #expect(Array(quoted) == [CSVRecord(line: 1, fields: ["h1", "h2"]), CSVRecord(line: 2, fields: [x, q + "\n" + q]),
                                  CSVRecord(line: 4, fields: ["c", "d"])])
    }

    func read(_ text: String) throws(InputError) -> [CSVRecord] {
        try CSVReader.records(text, delimiter: CSVReader.detectDelimiter(text), file: "t.csv")
    }

    @Test func delimiterIsDetectedFromTheHeader() {
        #expect(CSVReader.detectDelimiter("姓名,单位,手机\n") == .comma)
        #expect(CSVReader.detectDelimiter("姓名;单位;手机\n\"a,b\";c;d\n") == .semicolon)
        #expect(CSVReader.detectDelimiter("姓名\t单位\n") == .tab)
        #expect(CSVReader.detectDelimiter("\"x,y,z\";b\n") == .semicolon)
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCountedPhysically() throws {
        let r = try read("a,b\r\n\"1,2\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",x\r\nlast,row")
        #expect(r.map(\.fields) == [["a", "b"], ["1,2", "say \"hi\""], ["multi\r\nline", "x"], ["last", "row"]])
        #expect(r.map(\.line) == [1, 2, 3, 5])
    }

    @Test func lfAndLoneCRAndTrailingEmptyRows() throws {
        #expect(try read("a,b\n1,2\n").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try read("a,b\r1,2\r").map(\.line) == [1, 2])
        let trailing = try read("a,b,,\n1,2,,\n,,,\n,,,\n")
        #expect(trailing.count == 4 && trailing[2].isBlank && trailing[3].isBlank)
    }

    @Test func aFileCutInsideAQuotedFieldIsRefusedWithTheLineItOpened() {
        do {
            _ = try read("姓名,单位\n王芳,\"四川工程\n职业技术")
            Issue.record("accepted a cut file")
        } catch {
            #expect(error.line == 2 && error.field == "column 2" && error.message.contains("never closes"))
        }
    }

    /// A list is found record by record first and each record split only when read (so a
    /// million rows are never all split at once): the records, their lines and every refusal
    /// must be those of reading it whole.
    @Test func recordsSplitWhenReadAreTheRecordsReadWhole() throws {
        let rows = ["姓名,单位,备注\r\n", "王芳,\"四川, 工程\",\"说\"\"好\"\"\"\r\n", "王\"芳,x,\"两\r\n行\n三\r行\"\n",
                    "\n", "李明,德阳,\"\"\r", ",,\r\n", "张三,\"a\"b,c\n", "赵四,e,f\r\n"]
        for n in 1...40 {
            let text = (0..<n).map { rows[$0 % rows.count] }.joined() + (n % 3 == 0 ? "末,行,无换行" : "")
            let d = CSVReader.detectDelimiter(text)
            let whole = try CSVReader.records(text, delimiter: d, file: "t.csv")
            #expect(Array(try CSVReader.lazyRecords(text, delimiter: d, file: "t.csv")) == whole, "\(n) rows")
        }
        let refusals = ["x,\"" + String(repeating: "长", count: 30_000) + "\"\n", "x,\"never closes\n",
                        String(repeating: "a,", count: 2_000) + "\n", String(repeating: "x", count: 70_000) + "\n"]
        for bad in refusals {
            let text = String(repeating: "王芳,德阳\n", count: 50) + bad + "李明,成都\n"
            var errors: [InputError] = []
            do { _ = try CSVReader.records(text, delimiter: .comma, file: "t.csv") }
            catch { errors.append(error) }
            do { _ = try CSVReader.lazyRecords(text, delimiter: .comma, file: "t.csv") } catch { errors.append(error) }
            #expect(errors.count == 2 && errors[0] == errors[1] && errors[0].line == 51)
        }
    }

    @Test func hugeFieldsAndThousandsOfColumnsAreRefused() {
        let long = "a\n" + String(repeating: "x", count: 70_000) + "\n"
        #expect(throws: InputError.self) { try read(long) }
        let wide = String(repeating: "a,", count: 2_000) + "\n"
        #expect(throws: InputError.self) { try read(wide) }
    }
}

@Suite struct CSVWriterTests {
    @Test func formulaCellsAreNeutralisedAndQuotingIsRFC4180() {
        #expect(CSVWriter.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVWriter.cell("+86 138") == "'+86 138")
        #expect(CSVWriter.cell("-1") == "-1")
        // A phone with its country code runs nothing; Excel would show an apostrophe before it.
        #expect(CSVWriter.cell("+491712345678") == "+491712345678")
        #expect(CSVWriter.cell("-2+3") == "'-2+3")
        #expect(CSVWriter.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.cell("\tx") == "'\tx")
        // Every starter, CR LF included (one Character in Swift, two scalars to Excel).
        let expected = ["=": "'==1", "+": "'+=1", "-": "'-=1", "@": "'@=1", "\t": "'\t=1", "\r": "\"'\r=1\"", "\r\n": "\"'\r\n=1\""]
        for (starter, written) in expected { #expect(CSVWriter.cell(starter + "=1") == written, "\(starter.unicodeScalars.map(\.value))") }
        #expect(CSVWriter.cell("\r\n=cmd") == "\"'\r\n=cmd\"")
        #expect(CSVWriter.cell("a,b") == "\"a,b\"")
        #expect(CSVWriter.cell("王芳") == "王芳")
        var w = CSVWriter()
        w.row(["姓名", "备注"])
        #expect(w.text == "\u{FEFF}姓名,备注\r\n")
        #expect(CSVWriter(byteOrderMark: false).text.isEmpty)
    }
}

@Suite struct JSONLimitTests {
    @Test func aStringOver64KiBIsRefusedWithItsLine() {
        let text = "{\"confplan\": 1,\n \"event\": {\"name\": \"" + String(repeating: "长", count: 30_000) + "\"}}"
        do {
            _ = try EventFile.read(Array(text.utf8), file: "long.json")
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.line == 2 && error.message.contains("longer than 64 KiB"))
        } catch {
            Issue.record("not an input error: \(error)")
        }
    }
}

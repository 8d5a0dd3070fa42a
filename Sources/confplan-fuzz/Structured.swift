import Foundation
import Codecs
import Interchange
import PlanningCore

/// Inputs that stay well-formed while their values change, so most get past the first syntax
/// error and reach what readers do with values: dates, references, phones, sub-forums, limits.
/// A random byte flip stops almost every input at the tokenizer.
enum Structured {
    /// Values of the kinds the readers interpret, and values that should be refused.
    static let values: [String] = [
        "", " ", "0", "-1", "99999999999", "1.38001E+10", "+86 138-0013-8000", "13800138000", "0086 13800138000",
        "(028) 8765 4321",
        "wf@example.org", "not-an-email", "WF@EXAMPLE.ORG", "2026-05-14", "2026-05-14T09:00", "2026-02-30T09:00",
        "2026-05-14T25:00",
        "09:00", "00:45", "25:99", "分论坛一", "分论坛一、分论坛二", "分论坛九", "国际分论坛", "s1", "s2", "p1", "a",
        "x", "h", "c",
        "opening-ceremony", "keynote", "sub-forum", "meal", "bogus-kind", "speaker", "host", "interpreter", "zh", "de",
        "interpretation",
        "同声传译设备", "咖啡机", "delegate", "王芳", "王　芳", "Hans Müller", "\u{202E}evil", "\u{1B}[31mred",
        "a\u{0}b", "😀👍🏽",
        "Asia/Shanghai", "Europe/Berlin", "No/Such_Zone", "true", "null", String(repeating: "长", count: 300),
    ]

    static func value(_ rng: inout SeededRandom) -> String { values[Int(rng.next() % UInt64(values.count))] }

    /// A JSON seed with string and number values replaced, quoting kept valid.
    static func json(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        // Some inputs change one value in forty, some one in four: few changes get further.
        let every = UInt64([4, 12, 40][Int(rng.next() % 3)])
        var out: [UInt8] = [], i = 0
        let b = seed
        while i < b.count {
            if b[i] == UInt8(ascii: "\"") {
                var j = i + 1
                while j < b.count && b[j] != UInt8(ascii: "\"") { j += b[j] == UInt8(ascii: "\\") ? 2 : 1 }
                let isKey = nextNonSpace(b, j + 1) == UInt8(ascii: ":")
                if !isKey && rng.next() % every == 0 {
                    out += Array(JSONText.quote(value(&rng)).utf8)
                } else {
                    out += b[i...min(j, b.count - 1)]
                }
                i = j + 1
            } else if (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == UInt8(ascii: "-"), rng.next() % every == 0 {
                var j = i
                while j < b.count
                    && ((b[j] >= 0x30 && b[j] <= 0x39) || b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "."))
                { j += 1 }
                out += Array(["0", "-5", "7", "1440", "100000000", "3.5", "1e3"][Int(rng.next() % 7)].utf8)
                i = max(j, i + 1)
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    static func nextNonSpace(_ b: [UInt8], _ from: Int) -> UInt8? {
        var k = from
        while k < b.count && (b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x09) { k += 1 }
        return k < b.count ? b[k] : nil
    }

    /// An XML seed with text content and attribute values replaced (escaped, so it stays well-formed).
    static func xml(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        func escaped(_ s: String) -> [UInt8] {
            Array(s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "\u{0}", with: "").utf8)
        }
        var out: [UInt8] = [], i = 0
        let b = seed
        while i < b.count {
            if b[i] == UInt8(ascii: ">"), i + 1 < b.count, b[i + 1] != UInt8(ascii: "<"), b[i + 1] != 0x0A,
                rng.next() % 3 == 0
            {
                var j = i + 1
                while j < b.count && b[j] != UInt8(ascii: "<") { j += 1 }
                out.append(b[i])
                out += escaped(value(&rng))
                i = j
            } else if b[i] == UInt8(ascii: "\""), i > 0, b[i - 1] == UInt8(ascii: "="), rng.next() % 3 == 0 {
                var j = i + 1
                while j < b.count && b[j] != UInt8(ascii: "\"") { j += 1 }
                out.append(b[i])
                out += escaped(value(&rng))
                out.append(UInt8(ascii: "\""))
                i = j + 1
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return out
    }

    /// A registration list: a header the reader knows (in either language, some columns
    /// shuffled), then rows of values, quoted where they must be.
    static func csv(_ rng: inout SeededRandom, rows: Int) -> [UInt8] {
        let headers = [["姓名", "name"], ["单位", "organisation"], ["手机", "phone"], ["邮箱", "email"],
                       ["分论坛", "sub-forum"],
                       ["类别", "category"], ["备注", "notes"], ["民族"], ["序号"]]
        var columns = headers.filter { _ in rng.next() % 4 != 0 }
        if columns.isEmpty { columns = [headers[0]] }
        let delimiter = [",", ";", "\t"][Int(rng.next() % 3)]
        func cell(_ s: String) -> String {
            s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var text = rng.next() % 5 == 0 ? "参会回执\n" : ""
        text += columns.map { cell($0[Int(rng.next() % UInt64($0.count))]) }.joined(separator: delimiter) + "\r\n"
        for r in 0..<rows {
            text += columns.indices.map { _ in cell(rng.next() % 3 == 0 ? value(&rng) : "值\(r)") }.joined(
                separator: delimiter)
            text += rng.next() % 2 == 0 ? "\r\n" : "\n"
        }
        return Array(text.utf8)
    }

    static let xlsxSeed: [UInt8] = {
        var zip = ZipWriter()
        for (name, data) in Corpus.workbookParts { zip.add(name, data) }
        return zip.finish()
    }()

    /// An OpenDocument spreadsheet's content as LibreOffice writes it: repeats, a merge, typed
    /// values, spaces as `text:s`, a comment, a hidden table.
    static let odsContent = Array(("""
        <office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:style="s">\
        <office:automatic-styles><style:style style:name="ta2" style:family="table">\
        <style:table-properties table:display="false"/></style:style></office:automatic-styles>\
        <office:body><office:spreadsheet><table:table table:name="回执">\
        <table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string">\
        <text:p>参会回执</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/>\
        <table:table-cell table:number-columns-repeated="16381"/></table:table-row>
        """ + """
        <table:table-row><table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>\
        <table:table-cell office:value-type="string"><text:p>手机</text:p></table:table-cell>\
        <table:table-cell office:value-type="string"><text:p>参会分论坛</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell office:value-type="string"><text:p>王<text:s text:c="2"/>芳</text:p>\
        <office:annotation><text:p>批注</text:p></office:annotation></table:table-cell>\
        <table:table-cell office:value-type="float" office:value="13800138000"><text:p>1.38E+10</text:p>\
        </table:table-cell><table:table-cell table:number-rows-spanned="2" office:value-type="string">\
        <text:p>分论坛一</text:p></table:table-cell></table:table-row>\
        <table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="date" \
        office:date-value="2026-05-14T09:30:00"><text:p>x</text:p></table:table-cell></table:table-row>\
        <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/>\
        </table:table-row></table:table><table:table table:name="lookup" table:style-name="ta2"><table:table-row>\
        <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p>\
        </table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>
        """).utf8)

    static let odsSeed: [UInt8] = ods(odsContent)

    static func ods(_ content: [UInt8]) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        zip.add("content.xml", content)
        return zip.finish()
    }

    /// An .ods around the seed content with its values replaced (repeat counts and spans too).
    static func odsDocument(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] { ods(xml(odsContent, &rng)) }

    /// A workbook (stored ZIP entries) around the seed parts, one of them with its values
    /// replaced; the ZIP structure itself is left to the byte mutator.
    static func xlsx(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var parts = Corpus.workbookParts
        let k = Int(rng.next() % UInt64(parts.count))
        parts[k].1 = xml(parts[k].1, &rng)
        if rng.next() % 50 == 0 {  // a long sheet, now and then
            let row = Array("<row><c t=\"inlineStr\"><is><t>王芳</t></is></c><c><v>13800138000</v></c></row>".utf8)
            parts[k].1 = Array("<worksheet><sheetData>".utf8) + Array([[UInt8]](repeating: row, count: 5_000).joined())
                + Array("</sheetData></worksheet>".utf8)
        }
        var zip = ZipWriter()
        for (name, data) in parts { zip.add(name, data) }
        return zip.finish()
    }
}

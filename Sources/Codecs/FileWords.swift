/// The words of what goes wrong reading and writing files: the file itself, its encoding, its
/// CSV shape and its header. A row's problems are `RowProblem`s, told by their own kinds.
/// Keyed by language code, not `Language`, which Codecs does not see: Interchange makes this book
/// a `Phrasebook` like the others (CodecWords.swift).
public enum FileWords: String, CaseIterable, Sendable {
    case tooLarge, folder, unreadable, missing, cannotWrite
    case nulBytes, neitherEncoding, oddUTF16, unpairedSurrogate, noGB18030, badGB18030, badGB18030CutOff
    case tooManyColumns, fieldTooLong, column, mapNotPair, mapNotField, mapNoColumn, noNameColumn, emptyFile
    case noPlateColumn, noHotelColumn
    case notZip, damagedZip, compoundDocument, protectedWorkbook, zipMethod, zipBomb, partTooLarge, workbookTooLarge
    case binaryWorkbook
    case badXML, noSheets, noSuchSheet, severalSheets, missingString, tooManyCells, tooManyRepeats, notSpreadsheet

    public static let words: [String: [FileWords: String]] = [
        "en": [
            .tooLarge: "%1 is %2 MiB; confplan reads files of up to %3 MiB", .folder: "%1 is a folder, not a file",
            .unreadable: "%1 cannot be read (permissions?)", .missing: "%1: no such file",
            .cannotWrite: "cannot write %1: %2",
            .nulBytes: "contains NUL bytes: UTF-16 without a byte-order mark? Try --encoding utf-16le",
            .neitherEncoding:
                "is neither UTF-8 (byte 0x%1 at offset %2, line %3) nor GB18030 (byte 0x%4 at offset %5, line %6); "
                    + "give --encoding",
            .oddUTF16: "has an odd number of bytes, so it is not UTF-16 (cut off?)",
            .unpairedSurrogate: "has an unpaired UTF-16 surrogate, so it is not valid UTF-16",
            .noGB18030: "this system cannot decode GB18030 (iconv has no GB18030 module)",
            .badGB18030: "%1 is not valid GB18030",
            .badGB18030CutOff: "%1 is not valid GB18030 (file cut off in a character?)",
            .tooManyColumns: "the row has more than %1 columns; is this a CSV file?",
            .fieldTooLong: "a field is longer than 64 KiB; refused", .column: "column %1",
            .mapNotPair: "\"%1\" is not COLUMN=FIELD", .mapNotField: "\"%1\" is not a field; use one of %2",
            .mapNoColumn: "no column \"%1\" in the header; columns are: %2",
            .noNameColumn: "no name column (姓名/name) in the first rows; the first row has: %1. "
                + "Use --map 'COLUMN=name'",
            .emptyFile: "the file is empty: there is no header with a name column (姓名/name)",
            .noPlateColumn: "no plate column (车牌/plate) in the first rows; the first row has: %1",
            .noHotelColumn: "no hotel column (酒店/hotel) in the first rows; the first row has: %1",
            .notZip: "is not an .xlsx or .ods workbook (not a ZIP archive)", .damagedZip: "is a damaged workbook: %1",
            .compoundDocument: "is an Excel 97–2003 (.xls), WPS (.et) or password-protected workbook (or a page "
                + "saved under such a name): save it as .xlsx (Excel 2007 or later) and import that",
            .binaryWorkbook: "is an Excel binary workbook (.xlsb): save it as .xlsx (Excel Workbook) and import that",
            .protectedWorkbook: "is password-protected: save it without a password as .xlsx (or .ods) and import that",
            .zipMethod: "%1 is compressed with method %2, which confplan does not read; save it again as .xlsx",
            .zipBomb: "%1 inflates beyond the %2 bytes it declares: refused (a damaged file or a zip bomb)",
            .partTooLarge: "%1 would be over 256 MiB inflated: refused",
            .workbookTooLarge: "would be over 512 MiB inflated: refused",
            .badXML: "%1 is not well-formed XML (%2)", .noSheets: "has no worksheets",
            .noSuchSheet: "no sheet \"%1\"; sheets: %2",
            .severalSheets: "several sheets have a name column: %1; choose one with --sheet NAME|N, or --sheet all",
            .missingString: "a cell names a shared string the workbook does not have: a damaged workbook",
            .tooManyCells: "its repeated rows and columns make over %1 cells: refused",
            .tooManyRepeats: "rows repeated or merged down add over %1 rows: refused",
            .notSpreadsheet: "is an OpenDocument file but not a spreadsheet (%1): save it from Calc as .ods or .xlsx",
        ],
        "zh": [
            .tooLarge: "%1 有 %2 MiB；confplan 只读取不超过 %3 MiB 的文件",
            .folder: "%1 是文件夹，不是文件",
            .unreadable: "%1 读不了（没有权限？）", .missing: "%1：没有这个文件",
            .cannotWrite: "写不了 %1：%2",
            .nulBytes: "含有 NUL 字节：可能是没有字节顺序标记的 UTF-16？试试 --encoding utf-16le",
            .neitherEncoding:
                "既不是 UTF-8（第 %3 行，偏移 %2 处的字节 0x%1）也不是 GB18030（第 %6 行，偏移 %5 处的字节 0x%4）；"
                    + "请用 --encoding 指明编码",
            .oddUTF16: "字节数为奇数，不是 UTF-16（文件不完整？）",
            .unpairedSurrogate: "含有不成对的 UTF-16 代理项，不是有效的 UTF-16",
            .noGB18030: "本系统无法解码 GB18030（iconv 没有 GB18030 模块）",
            .badGB18030: "%1 不是有效的 GB18030",
            .badGB18030CutOff: "%1 不是有效的 GB18030（文件在字符中间截断？）",
            .tooManyColumns: "这一行超过 %1 列；这是 CSV 文件吗？",
            .fieldTooLong: "有一个字段超过 64 KiB，不予读取", .column: "第 %1 列",
            .mapNotPair: "“%1”不是 列=字段 的形式", .mapNotField: "“%1”不是字段；可用：%2",
            .mapNoColumn: "表头里没有“%1”这一列；现有的列：%2",
            .noNameColumn:
                "前几行里找不到姓名列（姓名/name）；第一行是：%1。请用 --map '列名=name'",
            .emptyFile: "文件是空的：没有含姓名列（姓名/name）的表头",
            .noPlateColumn: "前几行里找不到车牌列（车牌/plate）；第一行是：%1",
            .noHotelColumn: "前几行里找不到酒店列（酒店/hotel）；第一行是：%1",
            .notZip: "不是 .xlsx 或 .ods 工作簿（不是 ZIP 文件）", .damagedZip: "工作簿已损坏：%1",
            .compoundDocument: "是 Excel 97–2003（.xls）、WPS（.et）或设了密码的工作簿"
                + "（或以此命名的网页）：请另存为 .xlsx（Excel 2007 或更高版本）再导入",
            .binaryWorkbook: "是 Excel 二进制工作簿（.xlsb）：请另存为 .xlsx（Excel 工作簿）再导入",
            .protectedWorkbook: "设了密码：请去掉密码另存为 .xlsx（或 .ods）再导入",
            .zipMethod: "%1 用了 confplan 不认识的压缩方式 %2；请重新另存为 .xlsx",
            .zipBomb: "%1 解压后超过它声明的 %2 字节：拒绝读取（文件已损坏或是压缩炸弹）",
            .partTooLarge: "%1 解压后会超过 256 MiB：拒绝读取",
            .workbookTooLarge: "解压后总共会超过 512 MiB：拒绝读取",
            .badXML: "%1 不是格式正确的 XML（%2）", .noSheets: "没有工作表",
            .noSuchSheet: "没有工作表“%1”；现有：%2",
            .severalSheets: "有几个工作表都有姓名列：%1；请用 --sheet 名称|序号 选一个，或用 --sheet all 全部导入",
            .missingString: "有单元格引用了工作簿中不存在的共享字符串：工作簿已损坏",
            .tooManyCells: "重复的行和列合计超过 %1 个单元格：拒绝读取",
            .tooManyRepeats: "重复或向下合并的行多出超过 %1 行：拒绝读取",
            .notSpreadsheet: "是 OpenDocument 文件，但不是电子表格（%1）：请用 Calc 另存为 .ods 或 .xlsx",
        ],
    ]

    /// The entry in the language of `code` (English where it has none), `%1`, `%2`… filled in as
    /// `Phrasebook` fills them (a test holds the two to the same text).
    public func text(code: String, arguments: [String]) -> String {
        let template = Self.words[code]?[self] ?? Self.words["en"]?[self] ?? rawValue
        guard !arguments.isEmpty, template.contains("%") else { return template }
        var out = "", chars = Array(template), i = 0
        while i < chars.count {
            var j = i + 1
            while chars[i] == "%", j < chars.count, let d = chars[j].wholeNumberValue, d < 10 { j += 1 }
            if j > i + 1, let n = Int(String(chars[(i + 1)..<j])), n >= 1, n <= arguments.count {
                out += arguments[n - 1]
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}

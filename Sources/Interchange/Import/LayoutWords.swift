import PlanningCore

/// The import report's words for what a list's layout made the import do: values kept in the
/// notes, slips corrected, rows passed over (issue 31).
public enum LayoutWords: String, Phrasebook {
    case keptSecond, extensionKept, emailCorrected, numberScientific, filler, errorCell, hiddenRow
    case unsavedFormulas, keptInNotes, unprintable, longCell

    public static let tables: [Language: [LayoutWords: String]] = [
        .en: [
            .keptSecond: "\"%1\" was kept in the notes: the cell holds more than one",
            .extensionKept: "extension %1 was kept in the notes, apart from the number",
            .keptInNotes: "\"%1\" was kept in the notes",
            .emailCorrected: "\"%1\" was read as \"%2\"",
            .numberScientific: "\"%1\" was turned into a number by Excel and its digits are lost; "
                + "it was kept as it is: type the column as text and import it again",
            .filler: "\"%1\" is a note under the list, not a person: skipped",
            .errorCell: "the cell holds the error %1 (a formula that failed); it was read as empty",
            .hiddenRow: "the row is hidden in the workbook: skipped (--include-hidden imports it)",
            .unsavedFormulas: "%1 cells of the sheet, this the first, hold formulas whose values were never saved "
                + "(a program wrote the file without calculating it) and were read as empty: "
                + "open and save it in Excel or WPS first",
            .unprintable: "holds %1, a character no font prints (private use or unassigned): imported as written; "
                + "ask the office what it should be before printing badges",
            .longCell: "a quoted cell runs over %1 lines, to line %2: is a closing quote missing? "
                + "Those lines were read as this one cell",
        ],
        .zh: [
            .keptSecond: "“%1”已存入备注：该单元格填了不止一个",
            .extensionKept: "分机号 %1 已存入备注，与号码分开",
            .keptInNotes: "“%1”已存入备注",
            .emailCorrected: "“%1”按“%2”读入",
            .numberScientific: "“%1”已被 Excel 转成数字，后几位已丢失；已按原样保存：请把该列设为文本后重新导入",
            .filler: "“%1”是表格下方的说明，不是参会人：已跳过",
            .errorCell: "该单元格是错误值 %1（公式出错），按空白读入",
            .hiddenRow: "该行在表格中被隐藏：已跳过（加 --include-hidden 可导入）",
            .unsavedFormulas: "表中有 %1 个单元格（这是第一个）是没有保存计算结果的公式（文件由程序生成，未经计算），"
                + "按空白读入：请先用 Excel 或 WPS 打开并保存一次",
            .unprintable: "含有 %1，没有字体能印出这个字符（私用区或未分配的码位）：已照原样导入；"
                + "打印证件前请向填表单位核实",
            .longCell: "一个带引号的单元格跨了 %1 行（到第 %2 行）：是否少了一个结尾的引号？"
                + "这些行都被读成了这一个单元格",
        ],
    ]
}

import PlanningCore

/// The command line's own sentences, in the office's languages.
enum CLIText: String, Phrasebook {
    case rejectsWritten, strictRefused, dryRun, nothingToImport, nothingToChange, importedInto, noFreeSlot

    static let tables: [Language: [CLIText: String]] = [
        .en: [
            .rejectsWritten: "rejected rows written to %1; fix them there and import that file again",
            .strictRefused: "--strict: %1 rows have problems, so nothing was imported; the database is unchanged",
            .dryRun: "dry run: nothing was changed", .nothingToImport: "no row could be imported",
            .nothingToChange: "nothing to change: every row already matches the event", .importedInto: "imported into %1",
            .noFreeSlot: "No free slot without an error.",
        ],
        .zh: [
            .rejectsWritten: "未导入的行已写入 %1，改正后可再次导入",
            .strictRefused: "--strict：有 %1 行有问题，整个文件未导入，数据库没有变化",
            .dryRun: "试运行：数据库没有变化", .nothingToImport: "没有可导入的行",
            .nothingToChange: "没有需要更改的：每一行都与活动中已有的记录一致", .importedInto: "已导入 %1",
            .noFreeSlot: "没有不产生错误的空档。",
        ],
    ]
}

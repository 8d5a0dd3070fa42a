import PlanningCore

/// The command line's own sentences, in the office's languages.
enum CLIWords: String, Phrasebook {
    case importProgress, rejectsSource
    case rejectsWritten, strictRefused, dryRun, nothingToImport, nothingToChange, nothingChanged, importedInto
    case noFreeSlot
    case loaded, acksKept, acksUnmatched, created, backedUp, restored, deleted, acknowledged, withdrawn, severitySet
    case moved, wrote, wroteProgrammes, noChanges, noChangesMention, noGlyph
    case unplacedLeftOut, scheduleWarning, moreWarnings, scheduleImported, next
    case duplicatesOne, duplicatesOther, fieldSeparator, duplicatePair, duplicateAgree, duplicateDiffer, duplicateHint
    case merged, keptApart, unmerged, mergeSetAside, personKey, asideSeparator
    case released, releaseDeleted, deleteReleaseAsk, noReleases, releaseLine, releaseFirstLine
    case checkedIn, alreadyCheckedIn
    case reloadKept, reloadWouldDrop, reloadDiscarded, restoreNewer, restoreAsk, restoreCancelled
    case strictRefusedOne, nothingChangedOne, sessionsOne, sessionsOther, attendeesOne, attendeesOther
    case demoReusing, demoLoaded, demoLarge, demoSaved, demoTry, levelDefault, levelOff
    case warningsOne, warningsOther, acksKeptOne, acksUnmatchedOne, moreWarningsOne, wroteProgrammesOne, releasedOne
    case uidsRenewed, uidsEvent, uidsSites, uidsRooms, uidsSessions, loadRefused

    static let tables: [Language: [CLIWords: String]] = [
        .en: [
            .rejectsWritten: "rejected rows written to %1; fix them there and import that file again",
            .importProgress: "%1 / %2 rows · %3 rows/s · %4 s left",
            .rejectsSource: "  (with --source %1, so its rows count as this list's and its next copy updates them)",
            .strictRefused: "--strict: %1 rows have problems, so nothing was imported; the database is unchanged",
            .dryRun: "dry run: nothing was changed", .nothingToImport: "no row could be imported",
            .nothingToChange: "nothing to change: every row already matches the event",
            .nothingChanged: "nothing changed: %1 rows differ from the event or were not taken (see above)",
            .importedInto: "imported into %1",
            .noFreeSlot: "No free slot without an error.",
            .loaded: "loaded %1: %2 — %3 sessions, %4 people, %5 attendees",
            .acksKept: "acknowledgements: %1 still match a finding",
            .acksUnmatched: "; %1 match no finding now (kept, and listed in `confplan log`)",
            .created: "created %1: %2, %3 – %4", .backedUp: "backed up %1 to %2 (checked)",
            .restored: "restored %1 into %2; what was there before is in %3", .deleted: "deleted %1",
            .acknowledged: "acknowledged %1: %2", .withdrawn: "withdrew the acknowledgement of %1",
            .severitySet: "%1 in %2: %3",
            .moved: "moved %1: %2", .wrote: "wrote %1", .wroteProgrammes: "wrote %1 programmes to %2",
            .noGlyph: "no installed font has %1, in: \"%2\"",
            .noChanges: "no changes recorded", .noChangesMention: "no changes mention \"%1\"",
            .unplacedLeftOut: "note: %1 session(s) without a room or a time are not in the %2 export",
            .scheduleWarning: "warning: %1", .moreWarnings: "… and %1 more warnings",
            .scheduleImported: "imported %1: %2 — %3 sessions (%4 with a time), %5 rooms, %6 people, %7",
            .next: "next: %1",
            .duplicatesOne: "%1 possible duplicate in %2", .duplicatesOther: "%1 possible duplicates in %2",
            .fieldSeparator: "; ", .duplicatePair: "  %1 (%2) · %3 (%4): %5", .duplicateAgree: "    same: %1",
            .duplicateDiffer: "    differ: %1",
            .duplicateHint: "merge: confplan merge %1 %2 · two people: confplan keep-apart %1 %2",
            .merged: "merged %1 (%2) into %3 (%4)", .keptApart: "%1 (%2) and %3 (%4) are two people",
            .unmerged: "took back the merge: %1 (%2) and %3 (%4) are two people again",
            .mergeSetAside: "  %1: kept %2; %3 set aside in the notes",
            .personKey: "id %1", .asideSeparator: ", ",
            .released: "released %1 of %2: %3 sessions", .releaseDeleted: "deleted release %1 of %2",
            .deleteReleaseAsk: "Delete release %1 of %2? It cannot be brought back. [y/N]",
            .noReleases: "%1 has no releases yet (confplan release makes one)",
            .releaseLine: "%1  %2  %3  %4  %5 changed", .releaseFirstLine: "%1  %2  %3  %4  the first",
            .checkedIn: "checked in: %1 (%2)", .alreadyCheckedIn: "%1 already checked in at %2, %3",
            .reloadKept: "kept from before the reload: check-ins %1, releases %2, log entries %3, badge numbers %4; "
                + "the database as it was is in %5",
            .reloadWouldDrop: "load --replace would drop %1 check-ins of people or sessions no longer in %2: %3; "
                + "nothing was changed. Put them back in the file, or give --discard-history to start the event "
                + "afresh (a backup is taken first)",
            .reloadDiscarded: "--discard-history: the event starts afresh, without its check-ins, releases and log; "
                + "the database as it was is in %1",
            .restoreNewer: "newer than the backup: check-ins %1 (%2 carried into the restored database), releases %3 "
                + "and log entries %4, which stay in %5",
            .restoreAsk: "restore %1? Releases and log entries newer than it stay only in the copy kept before the "
                + "restore. [y/N]",
            .restoreCancelled: "not restored; the database is unchanged",
            .strictRefusedOne: "--strict: 1 row has problems, so nothing was imported; the database is unchanged",
            .nothingChangedOne: "nothing changed: 1 row differs from the event or was not taken (see above)",
            .sessionsOne: "%1 session", .sessionsOther: "%1 sessions",
            .attendeesOne: "%1 attendee", .attendeesOther: "%1 attendees",
            .demoReusing: "reusing %1", .demoLoaded: "loaded %1 into %2",
            .demoLarge: "the benchmark's generated event", .demoSaved: "everything is saved in %1",
            .demoTry: "Try: %1", .levelDefault: "its default level", .levelOff: "off",
            .warningsOne: "%1 warning", .warningsOther: "%1 warnings",
            .acksKeptOne: "acknowledgements: 1 still matches a finding",
            .acksUnmatchedOne: "; 1 matches no finding now (kept, and listed in `confplan log`)",
            .moreWarningsOne: "… and 1 more warning", .wroteProgrammesOne: "wrote 1 programme to %2",
            .releasedOne: "released %1 of %2: 1 session",
            .uidsRenewed: "%1 carries UUIDs that event %2 already holds (copied from its file?): gave %3 new ones, "
                + "so the two events stay apart",
            .uidsEvent: "the event", .uidsSites: "%1 sites", .uidsRooms: "%1 rooms", .uidsSessions: "%1 sessions",
            .loadRefused: "the database refused %1 (%2); nothing was changed",
        ],
        .zh: [
            .rejectsWritten: "未导入的行已写入 %1，改正后可再次导入",
            .importProgress: "%1 / %2 行 · 每秒 %3 行 · 还需 %4 秒",
            .rejectsSource: "  （导入时加 --source %1，这些行才算作本名单的行，名单的下一版才会更新它们）",
            .strictRefused: "--strict：有 %1 行有问题，整个文件未导入，数据库没有变化",
            .dryRun: "试运行：数据库没有变化", .nothingToImport: "没有可导入的行",
            .nothingToChange: "没有需要更改的：每一行都与活动中已有的记录一致",
            .nothingChanged: "没有任何更改：有 %1 行与活动中的记录不同或未导入（见上）",
            .importedInto: "已导入 %1",
            .noFreeSlot: "没有不产生错误的空档。",
            .loaded: "已载入 %1：%2 — %3 个场次，%4 人，%5 位参会者",
            .acksKept: "确认：%1 条仍对应问题",
            .acksUnmatched: "；%1 条已无对应问题（保留，见 `confplan log`）",
            .created: "已创建 %1：%2，%3 至 %4", .backedUp: "已把 %1 备份到 %2（已检查）",
            .restored: "已把 %1 恢复到 %2；原有内容在 %3", .deleted: "已删除 %1",
            .acknowledged: "已确认 %1：%2", .withdrawn: "已撤回 %1 的确认", .severitySet: "%2 中的 %1：%3",
            .moved: "已移动 %1：%2", .wrote: "已写入 %1", .wroteProgrammes: "已写入 %1 份日程到 %2",
            .noGlyph: "没有已安装的字体含 %1，见：“%2”",
            .noChanges: "没有修改记录", .noChangesMention: "没有提到“%1”的修改",
            .unplacedLeftOut: "注意：%1 个没有会场或时间的场次不在 %2 导出中",
            .scheduleWarning: "警告：%1", .moreWarnings: "……另有 %1 条警告",
            .scheduleImported:
                "已导入 %1：%2 — %3 个场次（%4 个有时间），%5 个会场，%6 人，%7",
            .next: "下一步：%1",
            .duplicatesOne: "%2 中有 %1 对可能重复的人",
            .duplicatesOther: "%2 中有 %1 对可能重复的人",
            .fieldSeparator: "；", .duplicatePair: "  %1（%2）· %3（%4）：%5",
            .duplicateAgree: "    相同：%1",
            .duplicateDiffer: "    不同：%1",
            .duplicateHint: "合并：confplan merge %1 %2 · 不是同一人：confplan keep-apart %1 %2",
            .merged: "已把 %1（%2）并入 %3（%4）", .keptApart: "%1（%2）与 %3（%4）是两个人",
            .unmerged: "已撤销合并：%1（%2）与 %3（%4）重新是两个人",
            .mergeSetAside: "  %1：保留 %2；%3 已记入备注",
            .personKey: "编号 %1", .asideSeparator: "，",
            .released: "已发布 %2 的%1：%3 个场次", .releaseDeleted: "已删除 %2 的第 %1 版",
            .deleteReleaseAsk: "删除 %2 的第 %1 版？删除后无法恢复。[y/N]",
            .noReleases: "%1 还没有发布过日程（confplan release 发布一版）",
            .releaseLine: "%1  %2  %3  %4  %5 处变动", .releaseFirstLine: "%1  %2  %3  %4  首次发布",
            .checkedIn: "已签到：%1（%2）", .alreadyCheckedIn: "%1 已于 %2 在%3签到",
            .reloadKept: "保留了重新载入前的 %1 条签到、%2 个发布版本、%3 条修改记录、%4 个证件编号；"
                + "载入前的数据库备份：%5",
            .reloadWouldDrop: "load --replace 会丢掉 %1 条签到（这些人或场次已不在 %2 里）：%3；没有任何改动。"
                + "把他们加回文件，或加 --discard-history 从头开始（会先备份）",
            .reloadDiscarded: "按 --discard-history 从头开始：原有签到、发布版本和修改记录都没有保留；"
                + "载入前的数据库备份：%1",
            .restoreNewer: "比备份新的内容：%1 条签到（%2 条带回恢复后的数据库），%3 个发布版本、"
                + "%4 条修改记录留在 %5",
            .restoreAsk: "恢复 %1？比它新的发布版本和修改记录只保留在恢复前的备份里。[y/N]",
            .restoreCancelled: "没有恢复；数据库没有变化",
            .strictRefusedOne: "--strict：有 1 行有问题，整个文件未导入，数据库没有变化",
            .nothingChangedOne: "没有任何更改：有 1 行与活动中的记录不同或未导入（见上）",
            .sessionsOne: "%1 个场次", .sessionsOther: "%1 个场次",
            .attendeesOne: "%1 位参会者", .attendeesOther: "%1 位参会者",
            .demoReusing: "沿用 %1", .demoLoaded: "已把 %1 载入 %2",
            .demoLarge: "基准测试生成的会议", .demoSaved: "所有内容都已保存在 %1",
            .demoTry: "试试：%1", .levelDefault: "默认级别", .levelOff: "不再报告",
            .warningsOne: "%1 条警告", .warningsOther: "%1 条警告",
            .acksKeptOne: "确认：1 条仍对应问题",
            .acksUnmatchedOne: "；1 条已无对应问题（保留，见 `confplan log`）",
            .moreWarningsOne: "……另有 1 条警告", .wroteProgrammesOne: "已写入 1 份日程到 %2",
            .releasedOne: "已发布 %2 的%1：1 个场次",
            .uidsRenewed: "%1 里的 UUID 已被会议 %2 使用（是复制它的文件开始的？）："
                + "已给%3换了新的 UUID，两个会议互不相干",
            .uidsEvent: "会议本身", .uidsSites: "%1 个场地", .uidsRooms: "%1 个会场", .uidsSessions: "%1 个场次",
            .loadRefused: "数据库拒绝了 %1（%2）；没有任何改动",
        ],
    ]
}

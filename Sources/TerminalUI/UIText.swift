import Foundation
import PlanningCore

/// Every piece of the screens' text, in one table per language. Views name a key; they never
/// hold text.
public enum UIText: String, Phrasebook {
    case paneVenues, paneSessions, paneSpeakers, paneAttendees, paneSchedule, paneConflicts
    case colSite, colName, colCapacity, colFeatures, colPerDay, colDay, colTime, colRoom, colTitle, colKind, colTrack
    case colSpeakers, colSignups, colMark, colOrganisation, colJobTitle, colVIP, colSessions, colCategory, colChoices
    case colSeverity, colCode, colWhen, colMessage
    case detailSessions, detailAvailability, detailAlways, detailRoles, detailFindings, detailPhone, detailEmail
    case detailAcknowledged, detailNotes, detailLanguages, detailRequires, detailStatus
    case hintMove, hintAdd, hintEdit, hintDelete, hintSearch, hintSort, hintUndo, hintHelp, hintQuit, hintRole, hintAck,
         hintJump
    case helpTitle, helpClose
    case keyPanes, keyNextPane, keyPrevPane, keyUp, keyDown, keyPage, keyHomeEnd, keyAdd, keyEdit, keyDelete, keyUndo,
         keyRedo
    case keySearch, keyNext, keyPrev, keySort, keyReverse, keyHelp, keyQuit, keyAddRole, keyRemoveRole, keyAck, keyJump
    case tooSmall, noRows, searchNone, sortedBy
    case formSave, formCancel, formNext, formRequired, formBadNumber, formBadTime, formBadDate, formEndBeforeStart
    case formPickerHint, formNoMatch
    case fieldTitle, fieldKind, fieldTrack, fieldRoom, fieldDay, fieldStart, fieldEnd, fieldStatus, fieldPlenary
    case fieldFixed, fieldRequires
    case fieldNotes, fieldName, fieldSite, fieldCapacity, fieldFeatures, fieldOrganisation, fieldJobTitle, fieldPhone,
         fieldEmail
    case fieldOrgType, fieldVIP, fieldSession, fieldRole, fieldPerson, fieldCategory, fieldChoices, fieldReason
    case formAddSession, formEditSession, formAddRoom, formEditRoom, formAddSpeaker, formEditPerson, formAddAttendee
    case formEditAttendee, formAddRole, formAck, formRemoveRole
    case none, yes, no, unassigned
    case deleteSession, deleteRoom, deletePerson, deleteAttendee, deleted, saved, undone, redone, nothingToUndo
    case plenaryByKind
    case nothingToRedo, acknowledged, cannotSave, noSessionYet, readOnlyNote, attendeesCount
    case hintImport, keyImport, formImport, fieldFile, importNoFile, importPreviewTitle, importWillStore,
         importNotImported
    case importProgress, importDone, importNothing, importNoRows
    case keyLeft, keyRight, keyDay, keyZoom, keyGridAdd, keyMove, keyFindSlot, keyTrack, keyPerson
    case gridAddOnEmpty, gridNoSession, gridNoSlot, gridPutBack, gridAllTracks, gridNobody, gridTrackTitle,
         gridPersonTitle
    case gridTitle, gridDay, gridZoom, gridTrackShown, gridPersonShown, gridUnplaced, gridNoRooms, gridFree, gridMoving
    case keyNextClash, gridNoClash
    case readingAttendees
    case othersChanged, tookTheirs, conflictTitle, conflictDeleted, conflictBase, conflictMine, conflictTheirs
    case keyExport, formExport, fieldFormat, fieldScope, fieldWidth, exportWrote, exportPreviewClose
    case gridMore, gridSlotsTitle, gridGap, gridTooTight, gridNoPersonSessions
    case keySolve, hintSolve, repairTitle, repairChoose, repairAcceptAll, repairAcceptOne, repairDrop, repairCancel
    case repairCancelled, repairAccepted, repairWorking
    case keyChanges, hintChanges, changesTitle, changesNoRelease, changesScroll, changesRelease, changesClose
    case formRelease, fieldReleaseName, fieldReleaseNote, releaseMade, releaseState
    case hintNextClash, hintMoveSession, hintFreeSlot, hintDay, hintZoom, hintTrack, hintPerson, keyMoveTime,
         keyMoveRoom, keyMoveLength, keyMovePlace, keyMovePutBack
    case moveHintArrows, moveHintLength, moveHintPlace, moveHintPutBack, confirmDelete, confirmKeep, quitYes, quitBack,
         importStore, importCancel, importScroll, slotsChoose
    case slotsMove, slotsClose, conflictKeep, conflictTake, conflictMerge, conflictBack, searchDone, labelSeparator,
         listSeparator, exportWidthTooSmall, exportCannotWrite
    case exportProgramme, exportMarkdown, exportRoomSheets, exportICal, exportTableSessions, exportTablePeople,
         exportTableAttendees, exportTableSignups
    case exportWhole, exportDay, exportTrack, exportPerson, exportRoom, lineNumber
    case confirmDeleteSession, confirmDeleteRoom, confirmDeletePerson, confirmDeleteAttendee
    case withdrawn, keyWithdraw, keySeverityFilter, keyCodeFilter, hintSeverityFilter, hintCodeFilter
    case filterAll, filterAllShown, filterShown, formCodeFilter, fieldCode
    case filterTitle
    case slotSameRoom, slotAway, slotSeats
    case pickerTitle, pickerCounts, pickerChoose, pickerOpen, pickerLeave
    case overwriteTitle, overwriteAsk, overwriteYes, overwriteBack
    case fieldAvailability, fieldSessions, fieldLanguages, fieldSeatLimit, formBadWindows
    case keyDuplicates, hintDuplicates, dupMerge, dupMergeRight, dupKeepApart, dupSkip, dupBack, dupMerged, dupNoneLeft
    case dupTitle, dupRoles, dupNone, dupKept, fieldSheet, importWhichSheet
    case quitUnsaved, keyPrevClash, keyGridSearch, fieldRoomName, fieldExportFile, readOnlyNoEdit
}

extension UIText {
    public static let tables: [Language: [UIText: String]] = [.en: en, .zh: zh]

    static let en: [UIText: String] = [
        .paneVenues: "Venues", .paneSessions: "Sessions", .paneSpeakers: "Speakers", .paneAttendees: "Attendees",
        .paneSchedule: "Schedule", .paneConflicts: "Conflicts",
        .colSite: "Site", .colName: "Name", .colCapacity: "Seats", .colFeatures: "Features", .colPerDay: "Per day",
        .colDay: "Day", .colTime: "Time", .colRoom: "Room", .colTitle: "Title", .colKind: "Kind", .colTrack: "Track",
        .colSpeakers: "Speakers", .colSignups: "Signed", .colMark: "!", .colOrganisation: "Organisation",
        .colJobTitle: "Title", .colVIP: "VIP", .colSessions: "Sessions", .colCategory: "Category",
        .colChoices: "Sub-forums",
        .colSeverity: "Severity", .colCode: "Kind", .colWhen: "When", .colMessage: "Finding",
        .detailSessions: "Sessions", .detailAvailability: "Available", .detailAlways: "always", .detailRoles: "Roles",
        .detailFindings: "Findings", .detailPhone: "Phone", .detailEmail: "E-mail",
        .detailAcknowledged: "Acknowledged", .detailNotes: "Notes", .detailLanguages: "Languages",
        .detailRequires: "Needs",
        .detailStatus: "Status",
        .hintMove: "↑↓ move", .hintAdd: "a add", .hintEdit: "e edit", .hintDelete: "d delete", .hintSearch: "/ search",
        .hintSort: "s sort", .hintUndo: "u undo", .hintHelp: "? help", .hintQuit: "q quit", .hintRole: "r role",
        .hintAck: "a acknowledge", .hintJump: "⏎ go to session",
        .helpTitle: "Keys in this pane", .helpClose: "Esc or ? closes this help",
        .keyPanes: "switch pane", .keyNextPane: "next pane", .keyPrevPane: "previous pane", .keyUp: "previous row",
        .keyDown: "next row", .keyPage: "page up / down", .keyHomeEnd: "first / last row", .keyAdd: "add",
        .keyEdit: "edit the selected row", .keyDelete: "delete the selected row", .keyUndo: "undo", .keyRedo: "redo",
        .keySearch: "search (text, pinyin or initials)", .keyNext: "next match", .keyPrev: "previous match",
        .keySort: "sort by the next column", .keyReverse: "reverse the sort", .keyHelp: "this help",
        .keyQuit: "quit (all is saved)",
        .keyAddRole: "give someone a role in this session", .keyRemoveRole: "remove a role from this session",
        .keyAck: "acknowledge the finding, with a reason", .keyJump: "go to the session concerned",
        .tooSmall: "Terminal too small: enlarge it to at least 60×15", .noRows: "Nothing here yet: press a to add",
        .searchNone: "no match", .sortedBy: "sorted by",
        .formSave: "Enter/Ctrl-S save", .formCancel: "Esc cancel", .formNext: "Tab next field",
        .formRequired: "required", .formBadNumber: "a whole number, please",
        .formBadTime: "a time such as 9:30, 0930 or 14",
        .formBadDate: "a date such as 2026-05-14, 5-14 or a day number", .formEndBeforeStart: "must be after the start",
        .formPickerHint: "type to filter, ↑↓ choose", .formNoMatch: "no match",
        .fieldTitle: "Title", .fieldKind: "Kind", .fieldTrack: "Track", .fieldRoom: "Room", .fieldDay: "Day",
        .fieldStart: "Start", .fieldEnd: "End", .fieldStatus: "Status", .fieldPlenary: "Plenary", .fieldFixed: "Fixed",
        .fieldRequires: "Needs",
        .fieldNotes: "Notes", .fieldName: "Name", .fieldSite: "Site", .fieldCapacity: "Seats",
        .fieldFeatures: "Features",
        .fieldOrganisation: "Organisation", .fieldJobTitle: "Title", .fieldPhone: "Phone", .fieldEmail: "E-mail",
        .fieldOrgType: "Org. type", .fieldVIP: "VIP level", .fieldSession: "Session", .fieldRole: "Role",
        .fieldPerson: "Person",
        .fieldCategory: "Category", .fieldChoices: "Sub-forums", .fieldReason: "Reason",
        .formAddSession: "New session", .formEditSession: "Edit session", .formAddRoom: "New room",
        .formEditRoom: "Edit room",
        .formAddSpeaker: "New speaker", .formEditPerson: "Edit person", .formAddAttendee: "New attendee",
        .formEditAttendee: "Edit attendee", .formAddRole: "Add a role", .formAck: "Acknowledge finding",
        .formRemoveRole: "Remove a role",
        .none: "—", .yes: "yes", .no: "no", .unassigned: "(none)",
        .deleteSession: "Delete “%1” and its %2 roles and %3 sign-ups?",
        .deleteRoom: "Delete “%1”? Its %2 sessions lose their room.",
        .deletePerson: "Delete “%1” and their %2 roles and %3 sign-ups?",
        .deleteAttendee: "Delete “%1” and their %2 sign-ups?", .deleted: "Deleted %1", .saved: "Saved %1",
        .plenaryByKind: "by kind", .undone: "Undone: %1",
        .redone: "Redone: %1", .nothingToUndo: "Nothing to undo", .nothingToRedo: "Nothing to redo",
        .acknowledged: "Acknowledged", .cannotSave: "Not saved: %1",
        .noSessionYet: "There is no session to give a role in", .readOnlyNote: "read-only",
        .attendeesCount: "%1 attendees",
        .hintImport: "i import", .keyImport: "import attendees from a CSV or .xlsx registration list",
        .keyDuplicates: "review people who may be one person: merge them or keep them apart",
        .hintDuplicates: "D duplicates", .dupMerge: "m merge into the left", .dupMergeRight: "M into the right",
        .dupKeepApart: "k two people", .dupSkip: "n next", .dupBack: "Esc back", .dupMerged: "merged",
        .dupNoneLeft: "no possible duplicates left", .dupTitle: "Possible duplicate %1 of %2 · %3",
        .dupRoles: "left: %1 roles, %2 sign-ups · right: %3 roles, %4 sign-ups",
        .dupNone: "no possible duplicates", .dupKept: "kept as two people",
        .fieldSheet: "Sheet (of a workbook)", .importWhichSheet: "which sheet? %1: type its name or number",
        .formImport: "Import attendees",
        .fieldFile: "Registration list (CSV or .xlsx)", .importNoFile: "no such file", .importPreviewTitle: "Import %1",
        .importWillStore: "Rows as they will be stored (first %1):", .importNotImported: "Problems:",
        .importProgress: "Importing %1: %2 of %3",
        .importDone: "Imported %1: %2 new, %3 updated, %4 merged, %5 not imported (u undoes)",
        .importNothing: "Nothing to change: every row already matches the event",
        .importNoRows: "No row can be imported",
        .keyNextClash: "next session with a clash", .gridNoClash: "No clashes left",
        .readingAttendees: "reading attendees…",
        .othersChanged: "Updated with changes saved by others", .tookTheirs: "Kept their version; yours was not saved",
        .conflictTitle: "Someone else changed this while you were editing it", .conflictDeleted: "They deleted it.",
        .conflictBase: "before", .conflictMine: "mine", .conflictTheirs: "theirs",
        .keyExport: "export: the programme, room sheets, calendar, frab, CSV", .formExport: "Export",
        .fieldFormat: "Format", .fieldScope: "Scope", .fieldWidth: "Width", .exportWrote: "Wrote %1",
        .exportPreviewClose: "any key closes",
        .keyLeft: "previous room", .keyRight: "next room", .keyDay: "previous / next day",
        .keyZoom: "zoom in / out (5, 15, 30, 60 min)",
        .keyGridAdd: "add a session in the empty cell",
        .keyMove: "move the session: arrows, < >, Enter places, Esc puts back",
        .keyFindSlot: "find a free slot for the session", .keyTrack: "show one track only",
        .keyPerson: "follow one person's day",
        .gridAddOnEmpty: "a adds a session in an empty cell", .gridNoSession: "No session here",
        .gridNoSlot: "No free slot on this day", .gridPutBack: "Put back", .gridAllTracks: "All tracks",
        .gridNobody: "Nobody",
        .gridTrackTitle: "Show one track", .gridPersonTitle: "Follow a person",
        .gridTitle: "Schedule", .gridDay: "day %1 of %2", .gridZoom: "%1 min", .gridTrackShown: "track %1",
        .gridPersonShown: "following %1", .gridUnplaced: "%1 without a room", .gridNoRooms: "No rooms on this day",
        .gridFree: "%1 %2: free (a adds a session here)", .gridMoving: "Moving",
        .gridMore: "+%1 more", .gridSlotsTitle: "Free slots for %1",
        .gridGap: "%1 min to get there, %2 min needed", .gridTooTight: "too tight",
        .gridNoPersonSessions: "%1 has nothing on this day",
        .quitUnsaved: "Quit? What is typed in this form has not been saved.",
        .keyPrevClash: "previous session with a clash", .keyGridSearch: "find a session (title, pinyin or initials)",
        .fieldRoomName: "Room name", .fieldExportFile: "File",
        .readOnlyNoEdit: "Read-only: this database cannot be changed here (open a copy you may write to edit it)",
        .keySolve: "repair: clear the errors moving as few sessions as possible", .hintSolve: "F repair",
        .repairTitle: "Repair plan", .repairChoose: "↑↓ choose", .repairAcceptAll: "Enter accept all",
        .repairAcceptOne: "a accept this one", .repairDrop: "d drop it", .repairCancel: "Esc cancel",
        .repairCancelled: "Repair cancelled: nothing changed", .repairAccepted: "Moved %1 sessions (u undoes)",
        .repairWorking: "Working out a repair… %1 of %2",
        .keyChanges: "changes since the last release; make a release", .hintChanges: "C changes",
        .changesTitle: "Changes since %1: %2", .changesNoRelease: "No release yet: %1 sessions",
        .changesScroll: "↑↓ scroll", .changesRelease: "r make a release", .changesClose: "Esc close",
        .formRelease: "Make a release", .fieldReleaseName: "Name", .fieldReleaseNote: "Note",
        .releaseMade: "Released %1", .releaseState: "%1 · %2 changes",
        .hintNextClash: "n next clash", .hintMoveSession: "m move session", .hintFreeSlot: "f free slot",
        .hintDay: "[ ] day",
        .hintZoom: "+- zoom", .hintTrack: "t track", .hintPerson: "p person",
        .keyMoveTime: "earlier / later by one zoom step", .keyMoveRoom: "to the room left / right",
        .keyMoveLength: "shorter / longer by one zoom step",
        .keyMovePlace: "place it here (one change, undone with u)", .keyMovePutBack: "put it back where it was",
        .moveHintArrows: "arrows move", .moveHintLength: "< > shorter/longer", .moveHintPlace: "Enter place",
        .moveHintPutBack: "Esc put back", .confirmDelete: "y delete", .confirmKeep: "n keep", .quitYes: "y quit",
        .quitBack: "n back to the form", .importStore: "Enter import", .importCancel: "Esc cancel",
        .importScroll: "↑↓ PgUp PgDn scroll", .slotsChoose: "↑↓ choose", .slotsMove: "Enter move there",
        .slotsClose: "Esc close", .conflictKeep: "k keep mine", .conflictTake: "t take theirs",
        .conflictMerge: "m merge (mine where I changed it)", .conflictBack: "Esc back to my form",
        .searchDone: "Enter stay on this row", .labelSeparator: ": ", .listSeparator: ", ",
        .exportWidthTooSmall: "40 at least", .exportCannotWrite: "%1",
        .exportProgramme: "Programme (text)", .exportMarkdown: "Programme (Markdown)",
        .exportRoomSheets: "Room door sheets", .exportICal: "Calendar (iCalendar)", .exportTableSessions: "sessions",
        .exportTablePeople: "people", .exportTableAttendees: "attendees", .exportTableSignups: "sign-ups",
        .exportWhole: "Whole event", .exportDay: "Day %1 %2", .exportTrack: "Track: %1",
        .exportPerson: "This person: %1", .exportRoom: "This room: %1", .lineNumber: "line %1",
        .confirmDeleteSession: "Delete session", .confirmDeleteRoom: "Delete venue",
        .confirmDeletePerson: "Delete person", .confirmDeleteAttendee: "Delete attendee",
        .withdrawn: "Acknowledgement taken back: the finding counts again",
        .keyWithdraw: "take the acknowledgement back (also a on an acknowledged finding)",
        .keySeverityFilter: "show only errors, then warnings, then info, then all",
        .keyCodeFilter: "show only one kind of finding", .hintSeverityFilter: "v severity", .hintCodeFilter: "c kind",
        .filterAll: "All kinds", .filterAllShown: "Showing every finding", .filterShown: "Showing only %1: %2",
        .formCodeFilter: "Show one kind of finding", .fieldCode: "Kind",
        .filterTitle: "only %1",
        .slotSameRoom: "its own room", .slotAway: "%1 min from now", .slotSeats: "%1 seats for %2 signed up",
        .pickerTitle: "This database holds several events: which one?", .pickerCounts: "%1 sessions, %2 attendees",
        .pickerChoose: "↑↓ choose", .pickerOpen: "Enter open", .pickerLeave: "q leave",
        .overwriteTitle: "The file is there", .overwriteAsk: "%1 is already there. Write over it?",
        .overwriteYes: "y overwrite", .overwriteBack: "n back to the form",
        .fieldAvailability: "Available", .fieldSessions: "Sessions", .fieldLanguages: "Languages",
        .fieldSeatLimit: "Seat limit",
        .formBadWindows: "windows by day, like 5-14 14:00–18:00; 5-15 09:00–12:00 (empty: always)",
    ]

    static let zh: [UIText: String] = [
        .paneVenues: "会场", .paneSessions: "场次", .paneSpeakers: "嘉宾", .paneAttendees: "参会者",
        .paneSchedule: "时间表", .paneConflicts: "冲突",
        .colSite: "场地", .colName: "名称", .colCapacity: "座位", .colFeatures: "设施", .colPerDay: "每日场次",
        .colDay: "日期", .colTime: "时间", .colRoom: "会场", .colTitle: "题目", .colKind: "类型", .colTrack: "分论坛",
        .colSpeakers: "嘉宾", .colSignups: "报名/座位", .colMark: "!", .colOrganisation: "单位",
        .colJobTitle: "职务", .colVIP: "贵宾", .colSessions: "场次", .colCategory: "类别", .colChoices: "分论坛选择",
        .colSeverity: "级别", .colCode: "类型", .colWhen: "时间", .colMessage: "问题",
        .detailSessions: "场次", .detailAvailability: "可到时间", .detailAlways: "全程", .detailRoles: "角色",
        .detailFindings: "冲突", .detailPhone: "电话", .detailEmail: "邮箱",
        .detailAcknowledged: "已确认", .detailNotes: "备注", .detailLanguages: "语言", .detailRequires: "需要",
        .detailStatus: "状态",
        .hintMove: "↑↓ 移动", .hintAdd: "a 新增", .hintEdit: "e 编辑", .hintDelete: "d 删除", .hintSearch: "/ 搜索",
        .hintSort: "s 排序", .hintUndo: "u 撤销", .hintHelp: "? 帮助", .hintQuit: "q 退出", .hintRole: "r 角色",
        .hintAck: "a 确认", .hintJump: "⏎ 转到场次",
        .helpTitle: "本页按键", .helpClose: "按 Esc 或 ? 关闭帮助",
        .keyPanes: "切换页面", .keyNextPane: "下一页", .keyPrevPane: "上一页", .keyUp: "上一行", .keyDown: "下一行",
        .keyPage: "上翻 / 下翻", .keyHomeEnd: "第一行 / 最后一行", .keyAdd: "新增", .keyEdit: "编辑所选行",
        .keyDelete: "删除所选行", .keyUndo: "撤销", .keyRedo: "重做", .keySearch: "搜索（文字、全拼或首字母）",
        .keyNext: "下一个匹配", .keyPrev: "上一个匹配", .keySort: "按下一列排序", .keyReverse: "反向排序",
        .keyHelp: "本帮助", .keyQuit: "退出（已全部保存）", .keyAddRole: "为本场次指定角色",
        .keyRemoveRole: "移除本场次的角色",
        .keyAck: "确认此问题并说明理由", .keyJump: "转到相关场次",
        .tooSmall: "终端太小：请放大到至少 60×15", .noRows: "暂无内容：按 a 新增", .searchNone: "无匹配",
        .sortedBy: "排序",
        .formSave: "Enter/Ctrl-S 保存", .formCancel: "Esc 取消", .formNext: "Tab 下一项",
        .formRequired: "必填", .formBadNumber: "请输入整数", .formBadTime: "时间格式如 9:30、0930 或 14",
        .formBadDate: "日期格式如 2026-05-14、5-14 或第几天", .formEndBeforeStart: "须晚于开始时间",
        .formPickerHint: "输入筛选，↑↓ 选择", .formNoMatch: "无匹配",
        .fieldTitle: "题目", .fieldKind: "类型", .fieldTrack: "分论坛", .fieldRoom: "会场", .fieldDay: "日期",
        .fieldStart: "开始", .fieldEnd: "结束", .fieldStatus: "状态", .fieldPlenary: "全体会议",
        .fieldFixed: "锁定",
        .fieldRequires: "需要设施",
        .fieldNotes: "备注", .fieldName: "姓名", .fieldSite: "场地", .fieldCapacity: "座位数", .fieldFeatures: "设施",
        .fieldOrganisation: "单位", .fieldJobTitle: "职务", .fieldPhone: "手机", .fieldEmail: "邮箱",
        .fieldOrgType: "单位类型", .fieldVIP: "贵宾级别", .fieldSession: "场次", .fieldRole: "角色",
        .fieldPerson: "人员",
        .fieldCategory: "参会类别", .fieldChoices: "分论坛选择", .fieldReason: "理由",
        .formAddSession: "新增场次", .formEditSession: "编辑场次", .formAddRoom: "新增会场", .formEditRoom: "编辑会场",
        .formAddSpeaker: "新增嘉宾", .formEditPerson: "编辑人员", .formAddAttendee: "新增参会者",
        .formEditAttendee: "编辑参会者", .formAddRole: "指定角色", .formAck: "确认问题", .formRemoveRole: "移除角色",
        .none: "—", .yes: "是", .no: "否", .unassigned: "（未定）",
        .deleteSession: "删除「%1」及其%2个角色和%3人报名？",
        .deleteRoom: "删除「%1」？其中%2个场次将没有会场。", .deletePerson: "删除「%1」及其%2个角色和%3项报名？",
        .deleteAttendee: "删除「%1」及其%2项报名？", .deleted: "已删除%1", .saved: "已保存%1",
        .plenaryByKind: "按类型", .undone: "已撤销：%1",
        .redone: "已重做：%1", .nothingToUndo: "没有可撤销的操作", .nothingToRedo: "没有可重做的操作",
        .acknowledged: "已确认", .cannotSave: "未保存：%1",
        .noSessionYet: "还没有可指定角色的场次", .readOnlyNote: "只读", .attendeesCount: "%1人",
        .hintImport: "i 导入", .keyImport: "从报名表（CSV 或 .xlsx）导入参会者",
        .keyDuplicates: "查看可能重复的人：合并，或确认是两个人", .hintDuplicates: "D 查重",
        .dupMerge: "m 并入左边", .dupMergeRight: "M 并入右边", .dupKeepApart: "k 是两个人",
        .dupSkip: "n 下一对",
        .dupBack: "Esc 返回", .dupMerged: "已合并", .dupNoneLeft: "没有其他可能重复的人了",
        .dupTitle: "可能重复 %1/%2 · %3",
        .dupRoles: "左：%1 个角色，%2 项报名 · 右：%3 个角色，%4 项报名",
        .dupNone: "没有可能重复的人", .dupKept: "已记下：是两个人",
        .fieldSheet: "工作表（工作簿）",
        .importWhichSheet: "导入哪个工作表？%1：填写名称或序号",
        .formImport: "导入参会者",
        .fieldFile: "报名表（CSV 或 .xlsx）", .importNoFile: "文件不存在", .importPreviewTitle: "导入 %1",
        .importWillStore: "将保存的内容（前 %1 行）：", .importNotImported: "问题：",
        .importProgress: "正在导入 %1：%2 / %3",
        .importDone: "已导入 %1：新增 %2，更新 %3，合并 %4，未导入 %5（u 可撤销）",
        .importNothing: "没有需要更改的：每一行都与已有记录一致", .importNoRows: "没有可导入的行",
        .keyNextClash: "下一个有冲突的场次", .gridNoClash: "没有冲突了",
        .readingAttendees: "正在读取参会者…",
        .othersChanged: "已载入他人刚保存的修改", .tookTheirs: "已采用他人的版本，你的修改未保存",
        .conflictTitle: "你编辑期间，别人修改了这一项", .conflictDeleted: "对方已将其删除。",
        .conflictBase: "原来", .conflictMine: "我的", .conflictTheirs: "他人的",
        .keyExport: "导出：会议日程、门贴、日历、frab、CSV", .formExport: "导出",
        .fieldFormat: "格式", .fieldScope: "范围", .fieldWidth: "宽度", .exportWrote: "已写入 %1",
        .exportPreviewClose: "按任意键关闭",
        .keyLeft: "左一个会场", .keyRight: "右一个会场", .keyDay: "前一天 / 后一天",
        .keyZoom: "放大 / 缩小（5、15、30、60 分钟）",
        .keyGridAdd: "在空格新增场次", .keyMove: "移动场次：方向键，< > 调时长，Enter 放下，Esc 还原",
        .keyFindSlot: "为场次找空档", .keyTrack: "只看一个分论坛", .keyPerson: "查看某人一天的行程",
        .gridAddOnEmpty: "在空格处按 a 新增场次", .gridNoSession: "这里没有场次",
        .gridNoSlot: "这一天没有空档", .gridPutBack: "已还原", .gridAllTracks: "全部", .gridNobody: "不查看",
        .gridTrackTitle: "只看一个分论坛", .gridPersonTitle: "查看某人的行程",
        .gridTitle: "时间表", .gridDay: "第 %1 天 / 共 %2 天", .gridZoom: "每格 %1 分钟", .gridTrackShown: "分论坛：%1",
        .gridPersonShown: "行程：%1", .gridUnplaced: "%1 场未定会场", .gridNoRooms: "这一天没有会场",
        .gridFree: "%1 %2：空闲（按 a 在此新增场次）", .gridMoving: "移动中",
        .gridMore: "另有 %1 条", .gridSlotsTitle: "%1 的空档",
        .gridGap: "间隔 %1 分钟，路程需 %2 分钟", .gridTooTight: "来不及", .gridNoPersonSessions: "%1 这一天没有安排",
        .quitUnsaved: "退出？此表单中输入的内容尚未保存。",
        .keyPrevClash: "上一个有冲突的场次", .keyGridSearch: "查找场次（标题、全拼或首字母）",
        .fieldRoomName: "会场名称", .fieldExportFile: "文件",
        .readOnlyNoEdit: "只读：此数据库在这里不能修改（如需编辑，请打开一份可写的副本）",
        .keySolve: "自动调整：以最少的改动消除错误", .hintSolve: "F 自动调整",
        .repairTitle: "调整方案", .repairChoose: "↑↓ 选择", .repairAcceptAll: "Enter 全部采纳",
        .repairAcceptOne: "a 只采纳这一项", .repairDrop: "d 不采纳这一项", .repairCancel: "Esc 取消",
        .repairCancelled: "已取消调整，没有改动", .repairAccepted: "已移动 %1 个场次（u 撤销）",
        .repairWorking: "正在计算调整方案…… %1/%2",
        .keyChanges: "上次发布后的改动；发布新版", .hintChanges: "C 改动",
        .changesTitle: "%1后的改动：%2 处", .changesNoRelease: "尚未发布：共 %1 个场次",
        .changesScroll: "↑↓ 翻看", .changesRelease: "r 发布新版", .changesClose: "Esc 关闭",
        .formRelease: "发布日程", .fieldReleaseName: "名称", .fieldReleaseNote: "备注",
        .releaseMade: "已发布%1", .releaseState: "%1 · %2 处改动",
        .hintNextClash: "n 下一个冲突", .hintMoveSession: "m 挪动场次", .hintFreeSlot: "f 找空档", .hintDay: "[ ] 换天",
        .hintZoom: "+- 缩放", .hintTrack: "t 分论坛", .hintPerson: "p 行程", .keyMoveTime: "提前 / 推后一格",
        .keyMoveRoom: "移到左边 / 右边的会场", .keyMoveLength: "缩短 / 延长一格",
        .keyMovePlace: "放在这里（一次修改，可用 u 撤销）",
        .keyMovePutBack: "还原到原来的位置", .moveHintArrows: "方向键移动", .moveHintLength: "< > 缩短/延长",
        .moveHintPlace: "Enter 放下", .moveHintPutBack: "Esc 还原", .confirmDelete: "y 删除", .confirmKeep: "n 保留",
        .quitYes: "y 退出", .quitBack: "n 返回表单", .importStore: "Enter 导入", .importCancel: "Esc 取消",
        .importScroll: "↑↓ PgUp PgDn 滚动", .slotsChoose: "↑↓ 选择", .slotsMove: "Enter 移到该处",
        .slotsClose: "Esc 关闭",
        .conflictKeep: "k 保留我的", .conflictTake: "t 采用他人的",
        .conflictMerge: "m 逐项合并（我改过的用我的，其余用他人的）",
        .conflictBack: "Esc 返回我的表单", .searchDone: "Enter 停在此行", .labelSeparator: "：", .listSeparator: "、",
        .exportWidthTooSmall: "至少 40", .exportCannotWrite: "无法写入：%1",
        .exportProgramme: "会议日程（文本）", .exportMarkdown: "会议日程（Markdown）", .exportRoomSheets: "会场门贴",
        .exportICal: "日历（iCalendar）", .exportTableSessions: "场次", .exportTablePeople: "嘉宾",
        .exportTableAttendees: "参会者", .exportTableSignups: "分论坛报名", .exportWhole: "整个会议",
        .exportDay: "第 %1 天 %2",
        .exportTrack: "分论坛：%1", .exportPerson: "此人：%1", .exportRoom: "此会场：%1", .lineNumber: "第 %1 行",
        .confirmDeleteSession: "删除场次", .confirmDeleteRoom: "删除会场", .confirmDeletePerson: "删除嘉宾",
        .confirmDeleteAttendee: "删除参会者",
        .withdrawn: "已撤回确认：此问题重新计入", .keyWithdraw: "撤回确认（对已确认的问题按 a 也可）",
        .keySeverityFilter: "只看错误，再按只看警告、提示，再按看全部",
        .keyCodeFilter: "只看某一类问题", .hintSeverityFilter: "v 级别", .hintCodeFilter: "c 类型",
        .filterAll: "全部类型",
        .filterAllShown: "显示全部问题", .filterShown: "只看%1：%2 条", .formCodeFilter: "只看一类问题",
        .fieldCode: "类型",
        .filterTitle: "只看：%1",
        .slotSameRoom: "原会场", .slotAway: "相差%1分钟", .slotSeats: "%1座，报名%2人",
        .pickerTitle: "此数据库有多个会议：打开哪一个？", .pickerCounts: "%1 个场次，%2 位参会者",
        .pickerChoose: "↑↓ 选择", .pickerOpen: "Enter 打开", .pickerLeave: "q 退出",
        .overwriteTitle: "文件已存在", .overwriteAsk: "%1 已存在，要覆盖吗？", .overwriteYes: "y 覆盖",
        .overwriteBack: "n 返回表单",
        .fieldAvailability: "可到时间", .fieldSessions: "场次", .fieldLanguages: "语言", .fieldSeatLimit: "限额",
        .formBadWindows: "按天写时段，如 5-14 14:00–18:00；5-15 09:00–12:00（空：全程）",
    ]
}


import PlanningCore

/// The desk's words, for staff who are not the planners: short, and in the office's language.
public enum DeskWords: String, Phrasebook {
    case title, sessionTitle, prompt, formHints, walkInHints, more, nobody, arrivedAt, notArrived, checkedIn
    case already, undone, badge, code, today, items, counts, arrived, missingVIPs, perTen, fieldName
    case fieldOrganisation, fieldPhone, fieldCategory, walkInTitle, undoTitle, fieldReason, ambiguous, walkedIn
    case failed, noneMissing, nothingToUndo, needsName, walkInCheckedIn, newCategory, noCategory
    case willRecord, willRecordNothing, keys
    /// The bottom line's hints, one key each, fitted to the width by priority (`DeskState.hints`).
    case hintFind, hintChoose, hintTick, hintEnter, hintWalkIn, hintUndo, hintQuit, hintCounts, hintKeys, hintBack
    /// A guest's return run, for the desk to tell them when their car leaves.
    case returnRun, noCar
    /// The guest's table at the day's meals, so the desk can answer "which table am I".
    case mealTable, mealSeat, mealUnseated
    /// Where the guest sleeps, for the desk to hand them their key.
    case roomLine
    /// A guest whose stay needs a room and has none: said, so the desk does not send them off keyless.
    case roomNotGiven, nightsNotGiven

    public static let tables: [Language: [DeskWords: String]] = [
        .en: [
            .title: "Check-in · %1 · %2", .sessionTitle: "Session check-in: %1", .prompt: "Find: ",
            .formHints: "Enter save · Tab next · Esc cancel",
            .walkInHints: "Enter save · Tab next · ↑↓ choose the category · Esc cancel", .more: "more: type on",
            .nobody: "Nobody found for “%1”: Ctrl-N registers a walk-in", .arrivedAt: "checked in %1 at %2",
            .notArrived: "not checked in", .checkedIn: "✔ %1 checked in", .already: "%1: already checked in %2 at %3",
            .undone: "Check-in of %1 taken back", .badge: "badge %1", .code: "code %1", .today: "Today: ",
            .items: "Hand over: ", .counts: "Arrivals", .arrived: "%1 of %2 here", .missingVIPs: "VIPs not here yet",
            .perTen: "Per 10 minutes", .fieldName: "Name", .fieldOrganisation: "Organisation", .fieldPhone: "Phone",
            .fieldCategory: "Category", .walkInTitle: "Walk-in", .undoTitle: "Take back the check-in of %1",
            .fieldReason: "Why", .ambiguous: "Code %1 is %2 people: choose one", .walkedIn: "Walk-in registered: %1",
            .failed: "Not saved: %1", .noneMissing: "(none)", .nothingToUndo: "%1 has not checked in",
            .needsName: "A walk-in needs a name", .walkInCheckedIn: "✔ %1 checked in · badge %2",
            .newCategory: "“%1” is not one of this event's categories: Enter again adds it as a new one",
            .noCategory: "(no category like this)",
            .willRecord: "Enter records: checked in, handed %1", .willRecordNothing: "Enter records: checked in, "
                + "nothing handed over", .keys: "Keys",
            .hintFind: "name/initials/phone/organisation/scan", .hintChoose: "↑↓ choose", .hintTick: "F1–F8 tick",
            .hintEnter: "Enter check in", .hintWalkIn: "Ctrl-N walk-in", .hintUndo: "Ctrl-D undo",
            .hintQuit: "Ctrl-C quit", .hintCounts: "Tab counts, keys", .hintKeys: "Tab all keys",
            .hintBack: "Tab back",
            .returnRun: "Return: %1", .noCar: "(car to be given)",
            .mealTable: "Meal: %1", .mealSeat: "%1 %2, table %3, seat %4",
            .mealUnseated: "%1 %2: no seat yet",
            .roomLine: "Room: %1", .roomNotGiven: "not assigned",
            .nightsNotGiven: "; no room for %2 night(s) from %1",
        ],
        .zh: [
            .title: "签到台 · %1 · %2", .sessionTitle: "分论坛签到：%1", .prompt: "查找：",
            .formHints: "Enter 保存 · Tab 下一项 · Esc 取消",
            .walkInHints: "Enter 保存 · Tab 下一项 · ↑↓ 选类别 · Esc 取消", .more: "还有更多：请继续输入",
            .nobody: "没有找到“%1”：Ctrl-N 现场报名", .arrivedAt: "%1 %2已签到",
            .notArrived: "未签到",
            .checkedIn: "✔ %1 签到成功", .already: "%1：已于 %2 在%3签到",
            .undone: "已撤销 %1 的签到",
            .badge: "编号 %1", .code: "签到码 %1", .today: "今日：", .items: "领取：",
            .counts: "签到情况",
            .arrived: "已到 %1 / %2", .missingVIPs: "未到贵宾", .perTen: "每 10 分钟", .fieldName: "姓名",
            .fieldOrganisation: "单位", .fieldPhone: "手机", .fieldCategory: "类别", .walkInTitle: "现场报名",
            .undoTitle: "撤销 %1 的签到", .fieldReason: "原因",
            .ambiguous: "签到码 %1 对应 %2 人，请选择",
            .walkedIn: "已登记现场报名：%1", .failed: "没有保存：%1", .noneMissing: "（无）",
            .nothingToUndo: "%1 还没有签到", .needsName: "现场报名需要姓名",
            .walkInCheckedIn: "✔ %1 签到成功 · 编号 %2",
            .newCategory: "“%1”不是本活动已有的类别：再按 Enter 新建此类别",
            .noCategory: "（没有这样的类别）",
            .willRecord: "Enter 记录：签到，领取 %1", .willRecordNothing: "Enter 记录：签到，未领取物品", .keys: "按键",
            .hintFind: "姓名/首字母/手机/单位/扫码", .hintChoose: "↑↓ 选", .hintTick: "F1–F8 勾选",
            .hintEnter: "Enter 签到", .hintWalkIn: "Ctrl-N 现场报名", .hintUndo: "Ctrl-D 撤销",
            .hintQuit: "Ctrl-C 退出", .hintCounts: "Tab 统计与按键", .hintKeys: "Tab 全部按键", .hintBack: "Tab 返回",
            .returnRun: "返程：%1", .noCar: "（待派车）",
            .mealTable: "用餐：%1", .mealSeat: "%1 %2 %3 号桌 %4 号座",
            .mealUnseated: "%1 %2：未排座",
            .roomLine: "住宿：%1", .roomNotGiven: "未分房", .nightsNotGiven: "；%1起%2晚未分房",
        ],
    ]
}

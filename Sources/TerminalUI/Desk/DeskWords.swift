import PlanningCore

/// The desk's words, for staff who are not the planners: short, and in the office's language.
public enum DeskWords: String, Phrasebook {
    case title, sessionTitle, prompt, hints, formHints, more, nobody, arrivedAt, notArrived, checkedIn, already
    case undone, badge, code, today, items, counts, arrived, missingVIPs, perTen, fieldName, fieldOrganisation
    case fieldPhone, fieldCategory, walkInTitle, undoTitle, fieldReason, ambiguous, walkedIn, failed, noneMissing
    case nothingToUndo, needsName

    public static let tables: [Language: [DeskWords: String]] = [
        .en: [
            .title: "Check-in · %1 · %2", .sessionTitle: "Session check-in: %1", .prompt: "Find: ",
            .hints: "name/initials/phone/organisation/scan · ↑↓ choose · F1–F8 tick · Enter check in"
                + " · Ctrl-N walk-in · Ctrl-D undo · Ctrl-C quit",
            .formHints: "Enter save · Tab next · Esc cancel", .more: "more: type on",
            .nobody: "Nobody found for “%1”: Ctrl-N registers a walk-in", .arrivedAt: "%1 checked in at %2",
            .notArrived: "not checked in", .checkedIn: "✔ %1 checked in", .already: "%1: already checked in %2 at %3",
            .undone: "Check-in of %1 taken back", .badge: "badge %1", .code: "code %1", .today: "Today: ",
            .items: "Hand over: ", .counts: "Arrivals", .arrived: "%1 of %2 here", .missingVIPs: "VIPs not here yet",
            .perTen: "Per 10 minutes", .fieldName: "Name", .fieldOrganisation: "Organisation", .fieldPhone: "Phone",
            .fieldCategory: "Category", .walkInTitle: "Walk-in", .undoTitle: "Take back the check-in of %1",
            .fieldReason: "Why", .ambiguous: "Code %1 is %2 people: choose one", .walkedIn: "Walk-in registered: %1",
            .failed: "Not saved: %1", .noneMissing: "(none)", .nothingToUndo: "%1 has not checked in",
            .needsName: "A walk-in needs a name",
        ],
        .zh: [
            .title: "签到台 · %1 · %2", .sessionTitle: "分论坛签到：%1", .prompt: "查找：",
            .hints: "姓名/首字母/手机/单位/扫码 · ↑↓ 选 · F1–F8 勾选 · Enter 签到"
                + " · Ctrl-N 现场报名 · Ctrl-D 撤销 · Ctrl-C 退出",
            .formHints: "Enter 保存 · Tab 下一项 · Esc 取消", .more: "还有更多：请继续输入",
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
        ],
    ]
}

/// The two languages of the UI and messages.
public enum Language: String, CaseIterable, Sendable {
    case en, zh

    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as the C library decides: `zh_CN.UTF-8` gives Chinese.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = environment[name], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}

extension SessionKind {
    public func label(_ lang: Language) -> String {
        switch (self, lang) {
        case (.openingCeremony, .zh): return "开幕式"
        case (.keynote, .zh): return "主旨演讲"
        case (.plenary, .zh): return "全体会议"
        case (.subForum, .zh): return "分论坛"
        case (.panel, .zh): return "专题研讨"
        case (.roundTable, .zh): return "圆桌对话"
        case (.workshop, .zh): return "工作坊"
        case (.report, .zh): return "成果报告"
        case (.signing, .zh): return "签约仪式"
        case (.siteVisit, .zh): return "参观考察"
        case (.meal, .zh): return "用餐"
        case (.breakTime, .zh): return "茶歇"
        case (.other, .zh): return "其他"
        case (.openingCeremony, .en): return "opening ceremony"
        case (.subForum, .en): return "sub-forum"
        case (.roundTable, .en): return "round table"
        case (.siteVisit, .en): return "site visit"
        case (.breakTime, .en): return "break"
        default: return rawValue
        }
    }
}

extension RoleKind {
    public func label(_ lang: Language) -> String {
        guard lang == .zh else { return rawValue }
        switch self {
        case .speaker: return "主讲"
        case .chair: return "主持"
        case .moderator: return "主持人"
        case .panelist: return "嘉宾"
        case .host: return "主办"
        case .interpreter: return "翻译"
        }
    }
}

extension Severity {
    public func label(_ lang: Language) -> String {
        switch (self, lang) {
        case (.error, .zh): return "错误"
        case (.warning, .zh): return "警告"
        case (.info, .zh): return "提示"
        case (.error, .en): return "errors"
        case (.warning, .en): return "warnings"
        case (.info, .en): return "info"
        }
    }
}

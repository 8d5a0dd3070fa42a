/// Turns a finding into the one line a person reads, in Chinese or English.
public struct FindingText {
    public private(set) var plan: EventPlan
    public let language: Language
    private var sessions: [ID<Session>: Session]
    private let rooms: [ID<Room>: Room]
    private let people: RowIndex<Person>
    private let sites: [ID<Site>: Site]

    public init(plan: EventPlan, language: Language) {
        self.plan = plan
        self.language = language
        sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        rooms = Dictionary(plan.rooms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        people = RowIndex(plan.people.map(\.id))
        sites = Dictionary(plan.sites.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func session(_ id: ID<Session>) -> Session? { sessions[id] }

    /// Follows one session's move without rebuilding every lookup.
    public mutating func update(_ s: Session) { sessions[s.id] = s }

    /// Follows edits of sessions (none added or removed) in a plan whose people did not change.
    public mutating func update(_ edited: [Session], in plan: EventPlan) {
        self.plan = plan
        for s in edited { sessions[s.id] = s }
    }
    public func room(_ id: ID<Room>) -> Room? { rooms[id] }
    public func person(_ id: ID<Person>) -> Person? { people[id].map { plan.people[$0] } }

    private var zh: Bool { language == .zh }
    private func title(_ id: ID<Session>?) -> String {
        let t = id.flatMap { sessions[$0]?.title } ?? "?"
        return zh ? "「\(t)」" : "“\(t)”"
    }
    private func roomName(_ id: ID<Room>?) -> String { id.flatMap { rooms[$0]?.name } ?? "?" }
    private func personName(_ id: ID<Person>?) -> String { id.flatMap { person($0)?.name } ?? "?" }
    private func siteName(_ room: ID<Room>?) -> String { room.flatMap { rooms[$0] }.flatMap { sites[$0.site]?.name } ?? "?" }

    /// `5月14日 15:30–16:00` / `14 May 15:30–16:00`
    public func when(_ id: ID<Session>) -> String {
        guard let s = sessions[id], let a = s.start, let b = s.end else { return "" }
        return DateText.day(a.date, language, weekday: false) + " " + a.clock + "–" + b.clock
    }

    private func overlapText(_ a: ID<Session>, _ b: ID<Session>) -> String {
        guard let x = sessions[a], let y = sessions[b], let s1 = x.start, let e1 = x.end, let s2 = y.start, let e2 = y.end
        else { return "" }
        let from = max(s1, s2), to = min(e1, e2)
        return DateText.day(from.date, language, weekday: false) + " " + from.clock + "–" + to.clock
    }

    public func message(_ f: Finding) -> String {
        let a = f.sessions.first, b = f.sessions.count > 1 ? f.sessions[1] : nil
        let room = f.rooms.first, person = f.people.first
        switch f.code {
        case .roomOverlap:
            return zh ? "\(roomName(room)) \(overlapText(a!, b!)) 重复安排：\(title(a))与\(title(b))"
                : "\(roomName(room)) is double-booked \(overlapText(a!, b!)): \(title(a)) and \(title(b))"
        case .personOverlap:
            return zh ? "\(personName(person))同时要在两处：\(title(a))与\(title(b))（\(overlapText(a!, b!))）"
                : "\(personName(person)) is needed in two places at once: \(title(a)) and \(title(b)) (\(overlapText(a!, b!)))"
        case .travelTime:
            let rb = f.rooms.count > 1 ? f.rooms[1] : nil
            return zh ? "\(personName(person))从\(title(a))（\(siteName(room))）到\(title(b))（\(siteName(rb))）只有\(f.count)分钟，路程需要\(f.limit)分钟"
                : "\(personName(person)) has \(f.count) min to get from \(title(a)) at \(siteName(room)) to \(title(b)) at \(siteName(rb)); the trip takes \(f.limit) min"
        case .roomUnavailable:
            return zh ? "\(title(a))（\(a.map(when) ?? "")）不在\(roomName(room))的可用时间内"
                : "\(title(a)) (\(a.map(when) ?? "")) is outside the times \(roomName(room)) is available"
        case .personUnavailable:
            return zh ? "\(personName(person))在\(title(a))的时间（\(a.map(when) ?? "")）不能到场"
                : "\(personName(person)) is not available for \(title(a)) (\(a.map(when) ?? ""))"
        case .outsideEvent:
            let e = plan.event
            return zh ? "\(title(a))（\(a.map(when) ?? "")）不在会议日期（\(DateText.day(e.firstDay, .zh, weekday: false))至\(DateText.day(e.lastDay, .zh, weekday: false))）内"
                : "\(title(a)) (\(a.map(when) ?? "")) lies outside the event's days (\(e.firstDay) – \(e.lastDay))"
        case .overCapacity:
            let pct = f.limit > 0 ? f.count * 100 / f.limit : 100
            if f.severity == .error || f.count > f.limit {
                return zh ? "\(title(a))报名\(f.count)人，超过\(room == nil ? "" : roomName(room))\(f.limit)个座位"
                    : "\(title(a)) has \(f.count) sign-ups for \(f.limit) seats\(room == nil ? "" : " in \(roomName(room))")"
            }
            return zh ? "\(title(a))报名\(f.count)人，已占\(f.limit)个座位的\(pct)%"
                : "\(title(a)) is \(pct)% full (\(f.count) of \(f.limit) seats)"
        case .attendeeClash:
            return zh ? "\(f.count)位参会者同时报名了时间重叠的\(title(a))与\(title(b))"
                : "\(f.count) attendee\(f.count == 1 ? "" : "s") signed up for both \(title(a)) and \(title(b)), which overlap"
        case .missingFeature:
            let list = f.details.map { featureLabel($0, language) }.joined(separator: zh ? "、" : ", ")
            return zh ? "\(title(a))需要\(list)，但\(roomName(room))没有" : "\(title(a)) needs \(list), which \(roomName(room)) lacks"
        case .parallelToPlenary:
            let (plenary, other) = sessions[a!]?.isPlenary == true ? (a, b) : (b, a)
            return zh ? "\(title(other))与全体会议\(title(plenary))同时进行（\(overlapText(a!, b!))）"
                : "\(title(other)) runs at the same time as the plenary \(title(plenary)) (\(overlapText(a!, b!)))"
        case .invalidTime:
            let s = a.flatMap { sessions[$0] }
            let times = "\(s?.start?.description ?? "")–\(s?.end?.description ?? "")"
            return zh ? "\(title(a))的时间不对（\(times)）：结束不晚于开始，或超过24小时"
                : "\(title(a)) has an impossible time (\(times)): it does not end after it starts, or lasts over 24 hours"
        case .nonexistentTime, .ambiguousTime:
            let s = a.flatMap { sessions[$0] }
            let times = "\(s?.start?.description ?? "")–\(s?.end?.description ?? "")"
            let from = f.details.first.flatMap(LocalDateTime.init(iso:)), to = f.details.last.flatMap(LocalDateTime.init(iso:))
            let day = from.map { zh ? "\($0.date.components.month)月\($0.date.components.day)日" : $0.date.description } ?? ""
            let span = "\(from?.clock ?? "")–\(to?.clock ?? "")"
            if f.code == .nonexistentTime {
                return zh ? "\(title(a))的时间（\(times)）在当地不存在：\(day)时钟从 \(from?.clock ?? "") 拨快到 \(to?.clock ?? "")"
                    : "\(title(a)) is timed \(times), but on \(day) the clocks go forward from \(from?.clock ?? "") to \(to?.clock ?? ""): that local time does not exist"
            }
            return zh ? "\(title(a))的时间（\(times)）有歧义：\(day) \(span) 因时钟回拨出现两次"
                : "\(title(a)) is timed \(times), which is ambiguous: on \(day) the clocks go back and \(span) happens twice"
        case .unplaced:
            let s = a.flatMap { sessions[$0] }
            let what = zh ? (s?.start == nil && s?.room == nil ? "会场和时间" : s?.start == nil ? "时间" : "会场")
                : (s?.start == nil && s?.room == nil ? "room or time" : s?.start == nil ? "time" : "room")
            return zh ? "\(title(a))还没有安排\(what)" : "\(title(a)) has no \(what) yet"
        case .missingRole:
            let kind = a.flatMap { sessions[$0]?.kind.label(language) } ?? ""
            return zh ? "\(title(a))（\(kind)）还没有主讲人或主持人" : "\(title(a)) (\(kind)) has no speaker or chair"
        }
    }
}

/// Dates as the programme prints them.
public enum DateText {
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdaysZh = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
    static let weekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `5月18日 星期六` / `Saturday 18 May`
    public static func day(_ d: LocalDate, _ lang: Language, weekday: Bool = true) -> String {
        let c = d.components
        switch lang {
        case .zh: return "\(c.month)月\(c.day)日" + (weekday ? " " + weekdaysZh[d.isoWeekday - 1] : "")
        case .en: return (weekday ? weekdaysEn[d.isoWeekday - 1] + " " : "") + "\(c.day) \(months[c.month - 1].prefix(weekday ? 99 : 3))"
        }
    }
}

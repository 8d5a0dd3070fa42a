import PlanningCore

/// What a merge of two people tells staff beyond "merged": a guest who had checked in under
/// both records, and which arrival stands. The command line and the UI say the same.
public enum MergeWords: String, Phrasebook {
    case secondCheckIn, theEvent, reason

    public static let tables: [Language: [MergeWords: String]] = [
        .en: [
            .secondCheckIn: "%1 had checked in twice for %2: the earlier, %3 at %4, stands; %5 at %6 is taken back",
            .theEvent: "the event",
            .reason: "checked in twice: %1 merged into %2",
        ],
        .zh: [
            .secondCheckIn: "%1 在%2签到了两次："
                + "以较早的一次（%3，%4）为准，%5（%6）的一次已撤销",
            .theEvent: "报到处",
            .reason: "重复签到：%1 已并入 %2",
        ],
    ]
}

extension SecondCheckIn {
    /// One line for staff: whose arrival, at what (a session's title, or the event), and which
    /// record stands, on the event's clock.
    public func text(_ lang: Language, name: String, session: String?, zone: ZoneOffset) -> String {
        MergeWords.secondCheckIn.text(
            lang, name, session.map { LogWords.quoted.text(lang, $0) } ?? MergeWords.theEvent.text(lang),
            zone.readable(stands.at, lang), stands.desk, zone.readable(takenBack.at, lang), takenBack.desk)
    }
}

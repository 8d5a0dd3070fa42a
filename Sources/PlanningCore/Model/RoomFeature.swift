/// The equipment a room has and a session needs, as one vocabulary: rooms and sessions store the
/// codes, people read and type the words of either language. A room given "同声传译设备" and a
/// session needing "interpretation" must mean the same thing to the check, or the check lies.
public enum RoomFeature: String, Phrasebook {
    case interpretation, projector, livestream, stage, accessible, recording, videoConference = "video-conference"
    case microphones, wifi, whiteboard

    public static let tables: [Language: [RoomFeature: String]] = [
        .en: labels.mapValues(\.0), .zh: labels.mapValues(\.1),
    ]

    public func label(_ lang: Language) -> String { text(lang) }

    /// English and Chinese labels; the first is what is shown.
    static let labels: [RoomFeature: (String, String)] = [
        .interpretation: ("interpretation booths", "同声传译设备"),
        .projector: ("projector", "投影"),
        .livestream: ("livestream", "直播"),
        .stage: ("stage", "舞台"),
        .accessible: ("wheelchair access", "无障碍设施"),
        .recording: ("recording", "录像"),
        .videoConference: ("video conference", "视频会议"),
        .microphones: ("microphones", "话筒"),
        .wifi: ("Wi-Fi", "无线网络"),
        .whiteboard: ("whiteboard", "白板"),
    ]

    /// Other words staff type for the same thing (matched like the labels).
    static let synonyms: [String: RoomFeature] = [
        "同传": .interpretation, "同声传译": .interpretation, "同传设备": .interpretation, "同传间": .interpretation,
        "翻译间": .interpretation, "interpretation": .interpretation, "booths": .interpretation,
        "投影仪": .projector, "投影设备": .projector, "beamer": .projector,
        "网络直播": .livestream, "直播设备": .livestream, "streaming": .livestream, "live stream": .livestream,
        "主席台": .stage, "无障碍": .accessible, "轮椅通道": .accessible, "wheelchair": .accessible,
        "accessibility": .accessible, "录像设备": .recording, "录播": .recording, "视频会议系统": .videoConference,
        "麦克风": .microphones, "microphone": .microphones, "wlan": .wifi, "wifi": .wifi, "网络": .wifi,
    ]

    private static let byWord: [String: RoomFeature] = {
        var out: [String: RoomFeature] = [:]
        for f in allCases {
            out[key(f.rawValue)] = f
            let (en, zh) = labels[f]!
            out[key(en)] = f
            out[key(zh)] = f
        }
        for (word, f) in synonyms { out[key(word)] = f }
        return out
    }()

    private static func key(_ s: String) -> String {
        String(TextFolding.widthFolded(s).lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
    }

    /// A code, or a label or common word of either language; nil for anything else.
    public init?(word: String) {
        guard let f = Self.byWord[Self.key(word)] else { return nil }
        self = f
    }

    /// Features typed as one text (`投影、同声传译设备`, `projector, livestream`): the codes in the
    /// order given, or the words that are none of them.
    public static func parse(_ text: String) -> Result<[String], UnknownFeatures> {
        var codes: [String] = [], unknown: [String] = []
        for word in text.split(whereSeparator: { ",，、;；/|\n".contains($0) }) {
            let w = String(word.trimmingSpaces)
            guard !w.isEmpty else { continue }
            if let f = RoomFeature(word: w) {
                if !codes.contains(f.rawValue) { codes.append(f.rawValue) }
            } else {
                unknown.append(w)
            }
        }
        return unknown.isEmpty ? .success(codes) : .failure(UnknownFeatures(words: unknown))
    }

    /// The code a stored value stands for. Values stored before there was one vocabulary may be
    /// words or several words in one text; each part counts.
    public static func codes(of stored: String) -> [String] {
        // What is stored is almost always a code already: no folding, no splitting.
        if let f = RoomFeature(rawValue: stored) { return [f.rawValue] }
        let parts = stored.split(whereSeparator: { ",，、;；/|\n".contains($0) }).map { String($0.trimmingSpaces) }
            .filter { !$0.isEmpty }
        return parts.map { RoomFeature(word: $0)?.rawValue ?? $0.lowercased() }
    }

    /// Every feature in words, for a message that refuses an unknown one.
    public static func list(_ lang: Language) -> String {
        allCases.map { $0.label(lang) }.joined(separator: CoreWords.listSeparator.text(lang))
    }
}

/// Words that are no feature in the vocabulary.
public struct UnknownFeatures: Error, Equatable, Sendable {
    public var words: [String]

    public func message(_ lang: Language) -> String {
        CoreWords.unknownFeature.text(
            lang, words.joined(separator: CoreWords.listSeparator.text(lang)), RoomFeature.list(lang))
    }
}

/// Room features in words; a stored value outside the vocabulary as written.
public func featureLabel(_ feature: String, _ lang: Language) -> String {
    RoomFeature(word: feature)?.label(lang) ?? feature
}

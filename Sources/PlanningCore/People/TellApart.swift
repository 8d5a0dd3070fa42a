/// People as staff tell them apart: by name, and when two names are one (namesakes, or one
/// person listed twice) by what differs between them, never by the internal key, which staff
/// neither know nor type.
public enum TellApart {
    /// What tells `p` from `other`: nil when their names differ (the names do, or nothing would);
    /// otherwise `p`'s organisation, phone's last four digits or e-mail, the first that differs.
    public static func mark(_ p: Person, from other: Person, _ lang: Language) -> String? {
        guard TextFolding.personKey(p.name) == TextFolding.personKey(other.name) else { return nil }
        if !p.organisation.isEmpty, TextFolding.nameKey(p.organisation) != TextFolding.nameKey(other.organisation) {
            return p.organisation
        }
        if !p.phone.isEmpty, p.phone != other.phone {
            return ApartWords.phoneTail.text(lang, String(p.phone.suffix(4)))
        }
        if !p.email.isEmpty, p.email.lowercased() != other.email.lowercased() { return p.email }
        return nil
    }

    /// `Katrin Hoffmann（手机尾号 5678）`, `Katrin Hoffmann (GIZ)`; the name alone when it is enough.
    public static func named(_ p: Person, apartFrom other: Person, _ lang: Language) -> String {
        mark(p, from: other, lang).map { ApartWords.named.text(lang, p.name, $0) } ?? p.name
    }

    /// Text set amid Chinese (`与已有的 Katrin Hoffmann 相同`, `与已有的王芳相同`): an end in Latin
    /// script is set apart by a space, as Chinese typesetting does; Chinese runs on. `after`:
    /// Chinese text follows (not a bracket, which needs no space).
    public static func amidChinese(_ text: String, after: Bool = true) -> String {
        func latin(_ c: Character?) -> Bool { c.map { $0.isLetter && !TextFolding.isHan($0) } ?? false }
        return (latin(text.first) ? " " : "") + text + (after && latin(text.last) ? " " : "")
    }
}

/// The words of `TellApart`.
public enum ApartWords: String, Phrasebook {
    case phoneTail, named

    public static let tables: [Language: [ApartWords: String]] = [
        .en: [.phoneTail: "phone …%1", .named: "%1 (%2)"],
        .zh: [.phoneTail: "手机尾号 %1", .named: "%1（%2）"],
    ]
}

public enum OrgType: String, CaseIterable, Sendable, Codable {
    case college, enterprise, government, research, other
}

/// Anyone the event knows: speakers, chairs, interpreters, attendees. One person can speak at
/// some sessions and attend others.
public struct Person: Hashable, Sendable, Keyed, Codable {
    public var id: ID<Person>
    public var key: String
    public var uid: String
    public var name: String
    public var organisation: String
    /// 职务 / 职称 as printed in the programme.
    public var title: String
    public var phone: String
    public var email: String
    public var orgType: OrgType
    /// 0 = none; higher levels get more protocol attention.
    public var vipLevel: Int
    /// When the person can take part; empty means the whole event.
    public var availability: [TimeWindow]
    public var province: String
    public var city: String
    public var gender: String
    public var notes: String
    /// The language to write to them in (BCP 47: `zh`, `en`, `de`); nil: from their name and
    /// organisation (Chinese ones in Chinese).
    public var language: String?
    /// The number on their badge (参会证编号), unique within the event; given the first time
    /// badges are printed and kept, so a reprint carries the same one. nil until then.
    public var badge: Int?
    /// 饮食禁忌: halal, vegetarian or other, with the words given; nil: none said.
    public var diet: DietaryNeed?

    public init(id: ID<Person>, key: String, uid: String, name: String, organisation: String = "",
                title: String = "", phone: String = "", email: String = "", orgType: OrgType = .other,
                vipLevel: Int = 0, availability: [TimeWindow] = [], province: String = "", city: String = "",
                gender: String = "", notes: String = "", language: String? = nil, badge: Int? = nil,
                diet: DietaryNeed? = nil) {
        self.diet = diet
        self.language = language
        self.badge = badge
        self.id = id
        self.key = key
        self.uid = uid
        self.name = name
        self.organisation = organisation
        self.title = title
        self.phone = phone
        self.email = email
        self.orgType = orgType
        self.vipLevel = vipLevel
        self.availability = availability
        self.province = province
        self.city = city
        self.gender = gender
        self.notes = notes
    }
}

/// A person registered to attend, with the sessions (sub-forums) they chose.
public struct Registration: Hashable, Sendable, Codable {
    public var person: ID<Person>
    /// `delegate`, `guest`, `enterprise-delegate`, `press`, `staff`, or as written.
    public var category: String
    public var signups: [ID<Session>]

    /// The category of a registration that names none: an ordinary delegate (代表).
    public static let defaultCategory = "delegate"

    public init(person: ID<Person>, category: String = Registration.defaultCategory, signups: [ID<Session>] = []) {
        self.person = person
        self.category = category
        self.signups = signups
    }
}

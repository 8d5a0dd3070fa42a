import PlanningCore

/// A registration list's fields as staff call them, for the import preview's mapping in the command
/// line and the UI alike (`姓名（必填） → 姓名`, `序号 → 不导入`): the codes (`name`, `ignore`) are
/// what `--map` takes, not what a reader should have to translate.
extension AttendeeField: Phrasebook {
    public static let tables: [Language: [AttendeeField: String]] = [
        .zh: [
            .name: "姓名", .organisation: "单位", .title: "职务", .phone: "手机", .email: "邮箱",
            .category: "参会类别", .province: "省份", .city: "城市", .gender: "性别", .notes: "备注",
            .surname: "姓", .givenName: "名", .subForum: "分论坛", .language: "通知语言", .ignore: "不导入",
            .academicTitle: "学衔",
            .arrival: "到达（一格）", .arrivalDate: "到达日期", .arrivalTime: "到达时间",
            .arrivalNumber: "到达车次/航班", .arrivalHub: "到达站点", .pickup: "是否接站",
            .departure: "返程（一格）", .departureDate: "返程日期",
            .departureTime: "返程时间", .departureNumber: "返程车次/航班", .departureHub: "返程站点",
            .dropoff: "是否送站", .companions: "随行人数", .diet: "饮食禁忌",
            .stay: "住宿要求", .roomShare: "单住/合住", .roommate: "合住人", .checkIn: "入住日期",
            .checkOut: "离店日期",
        ],
        .en: [
            .name: "name", .organisation: "organisation", .title: "title", .phone: "phone", .email: "email",
            .category: "category", .province: "province", .city: "city", .gender: "gender", .notes: "notes",
            .surname: "surname", .givenName: "given name", .subForum: "sub-forum", .language: "language",
            .ignore: "not imported", .academicTitle: "academic title",
            .arrival: "arrival (one cell)", .arrivalDate: "arrival date", .arrivalTime: "arrival time",
            .arrivalNumber: "arrival train/flight", .arrivalHub: "arrival hub", .pickup: "pickup",
            .departure: "departure (one cell)", .departureDate: "departure date", .departureTime: "departure time",
            .departureNumber: "departure train/flight", .departureHub: "departure hub", .dropoff: "drop-off",
            .companions: "companions", .diet: "dietary needs",
            .stay: "lodging", .roomShare: "single/shared room", .roommate: "roommate", .checkIn: "check-in",
            .checkOut: "check-out",
        ],
    ]

    public func label(_ lang: Language) -> String { text(lang) }
}

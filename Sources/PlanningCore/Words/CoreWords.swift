/// The words of the planning core: finding messages and the vocabulary's refusals. `%1`… are
/// the message's names and times, filled in by `FindingText`.
public enum CoreWords: String, Phrasebook {
    case quoted, listSeparator
    case roomOverlap, personOverlap, travelTime, roomUnavailable, personUnavailable, outsideEvent
    case overCapacity, overCapacityNoRoom, nearlyFull, attendeeClashOne, attendeeClashOther, missingFeature
    case parallelToPlenary, duringHeldTime, invalidTime, nonexistentTime, ambiguousTime
    case unplacedBoth, unplacedTime, unplacedRoom, missingRole, unknownFeature
    case briefPair, briefTravel, briefClashOne, briefClashOther
    case lateArrival, earlyDeparture, runOverSeats, vehicleDoubleBooked, driverDoubleBooked, runBeforeArrival
    case longWaitPickup, longWaitDropoff, noPickup, noDropoff, visitShortOfSeats, noPickupUnknown, noDropoffUnknown
    case tableOverSeats, seatedTwice, halalAtPlainTable, vipBelowJunior, noInterpreterAtTable, unseatedGuest
    case seatedNotSignedUp
    case wrongHubPickup, wrongHubDropoff, farArrival, farDeparture
    case runText, noVehicle
    case roomsOverbooked, roomOverBeds, mixedGenderRoom, guestInTwoRooms, nightsUncovered, roomBelowLevel
    case roommateNotHonoured, hotelTooFar, cancelledHoldsRoom, blockText
    case noRoomHoldsRoom, nightsOne, nightsOther

    public static let tables: [Language: [CoreWords: String]] = [.en: en, .zh: zh]

    static let en: [CoreWords: String] = [
        .quoted: "“%1”", .listSeparator: ", ",
        .roomOverlap: "%1 is double-booked %2: %3 and %4",
        .personOverlap: "%1 is needed in two places at once: %2 and %3 (%4)",
        .travelTime: "%1 has %2 min to get from %3 at %4 to %5 at %6; the trip takes %7 min",
        .roomUnavailable: "%1 (%2) is outside the times %3 is available",
        .personUnavailable: "%1 is not available for %2 (%3)",
        .outsideEvent: "%1 (%2) lies outside the event's days (%3 – %4)",
        .overCapacity: "%1 has %2 sign-ups for %3 seats in %4",
        .overCapacityNoRoom: "%1 has %2 sign-ups for %3 seats",
        .nearlyFull: "%1 is %2% full (%3 of %4 seats)",
        .attendeeClashOne: "%1 attendee signed up for both %2 and %3, which overlap",
        .attendeeClashOther: "%1 attendees signed up for both %2 and %3, which overlap",
        .missingFeature: "%1 needs %2, which %3 lacks",
        .parallelToPlenary: "%1 runs at the same time as the plenary %2 (%3)",
        .duringHeldTime: "%1 runs during %2 (%3), a time kept for everyone attending",
        .invalidTime: "%1 has an impossible time (%2): it does not end after it starts, or lasts over 24 hours",
        .nonexistentTime: "%1 is timed %2, but on %3 the clocks go forward from %4 to %5: "
            + "that local time does not exist",
        .ambiguousTime: "%1 is timed %2, which is ambiguous: on %3 the clocks go back and %4 happens twice",
        .unplacedBoth: "%1 has no room or time yet", .unplacedTime: "%1 has no time yet",
        .unplacedRoom: "%1 has no room yet",
        .missingRole: "%1 (%2) has no speaker or chair",
        .unknownFeature: "no such feature: %1; one of: %2",
        .briefPair: "%1: %2 and %3, %4", .briefTravel: "%1: %2 → %3, %4 of %5 min",
        .briefClashOne: "%1 attendee: %2 and %3", .briefClashOther: "%1 attendees: %2 and %3",
        .lateArrival: "%1 arrives by %2 at %3 %4 and cannot be at %5 before %6 starts (%7): %8 min late",
        .earlyDeparture: "%1 leaves by %2 from %3 at %4, but %5 ends at %6 and getting there takes %7 min: "
            + "%8 min short",
        .runOverSeats: "The run %1 carries %2 people, companions counted, for %3 seats",
        .vehicleDoubleBooked: "%1 is in two runs at once: %2 and %3",
        .driverDoubleBooked: "Driver %1 drives two runs at once: %2 and %3",
        .runBeforeArrival: "%1 arrives by %2 at %3 %4, but the run %5 leaves %6 min before they can board",
        .longWaitPickup: "%1 arrives by %2 at %3 %4 and waits %5 min for the run %6",
        .longWaitDropoff: "%1 leaves by %2 from %3 at %4 and waits %5 min there after the run %6",
        .noPickup: "%1 arrives by %2 at %3 %4 and has no pickup",
        .noDropoff: "%1 leaves by %2 from %3 at %4, asked to be taken there and has no run",
        .wrongHubPickup: "%1 arrives by %2 at %3 %4, but rides in the run %5, which leaves from elsewhere",
        .wrongHubDropoff: "%1 leaves by %2 from %3 at %4, but rides in the run %5, which goes elsewhere",
        .noPickupUnknown: "%1 asked to be fetched, but their form names no station or time, and has no pickup",
        .noDropoffUnknown: "%1 asked to be taken to leave, but their form names no station or time, and has no run",
        .visitShortOfSeats: "%1 has %2 sign-ups and its buses %3 seats: %4",
        .farArrival: "%1 arrives by %2 at %3 %4, %5 days from the event (%6 – %7): is the date on the form right?",
        .farDeparture: "%1 leaves by %2 from %3 at %4, %5 days from the event (%6 – %7): "
            + "is the date on the form right?",
        .runText: "%1 %2→%3 (%4)", .noVehicle: "no vehicle yet",
        .tableOverSeats: "%1: table %2 has %3 people at %4 seats",
        .seatedTwice: "%1 is seated at two tables of %2: tables %3",
        .halalAtPlainTable: "%1 eats halal but sits at table %2 of %3, which is not halal",
        .vipBelowJunior: "%1 (VIP) sits at table %2 of %3, below %4 at table %5",
        .noInterpreterAtTable: "%1 sits at table %2 of %3 with no interpreter at the table",
        .unseatedGuest: "%1 is a guest of %2 and has no seat",
        .seatedNotSignedUp: "%1 has a seat at %2 (table %3) but is not one of its guests",
        .roomsOverbooked: "%1 has %2 rooms given on the night of %3 and holds %4",
        .roomOverBeds: "Room %1 at %2 has %3 guests on the night of %4 for %5 beds",
        .mixedGenderRoom: "Room %1 at %2 is shared by guests of two genders: %3",
        .guestInTwoRooms: "%1 has two rooms on the night of %2 (%3 in all)",
        .nightsUncovered: "%1 needs a room for %2 and has none for %3 of them, from the night of %4",
        .roomBelowLevel: "%1 (VIP level %2) is given a %3 at %4",
        .roommateNotHonoured: "%1 asked to share with %2 and does not",
        .hotelTooFar: "%1 stays at %2, %3 min from %4, and cannot be at %5 when it starts (%6): %7 min late",
        .cancelledHoldsRoom: "%1 no longer comes and still holds a room at %2 (%3)",
        .noRoomHoldsRoom: "%1 needs no room (不住) and still holds one at %2 (%3)",
        .nightsOne: "1 night", .nightsOther: "%1 nights",
        .blockText: "%1 %2",
    ]

    static let zh: [CoreWords: String] = [
        .quoted: "「%1」", .listSeparator: "、",
        .roomOverlap: "%1 %2 重复安排：%3与%4",
        .personOverlap: "%1同时要在两处：%2与%3（%4）",
        .travelTime: "%1从%3（%4）到%5（%6）只有%2分钟，路程需要%7分钟",
        .roomUnavailable: "%1（%2）不在%3的可用时间内",
        .personUnavailable: "%1在%2的时间（%3）不能到场",
        .outsideEvent: "%1（%2）不在会议日期（%3至%4）内",
        .overCapacity: "%1报名%2人，超过%4%3个座位",
        .overCapacityNoRoom: "%1报名%2人，超过%3个座位",
        .nearlyFull: "%1报名%3人，已占%4个座位的%2%",
        .attendeeClashOne: "%1位参会者同时报名了时间重叠的%2与%3",
        .attendeeClashOther: "%1位参会者同时报名了时间重叠的%2与%3",
        .missingFeature: "%1需要%2，但%3没有",
        .parallelToPlenary: "%1与全体会议%2同时进行（%3）",
        .duringHeldTime: "%1与%2时间重叠（%3），这段时间是留给全体参会者的",
        .invalidTime: "%1的时间不对（%2）：结束不晚于开始，或超过24小时",
        .nonexistentTime: "%1的时间（%2）在当地不存在：%3时钟从 %4 拨快到 %5",
        .ambiguousTime: "%1的时间（%2）有歧义：%3 %4 因时钟回拨出现两次",
        .unplacedBoth: "%1还没有安排会场和时间", .unplacedTime: "%1还没有安排时间", .unplacedRoom: "%1还没有安排会场",
        .missingRole: "%1（%2）还没有主讲人或主持人",
        .unknownFeature: "没有这种设施：%1；可选：%2",
        .briefPair: "%1：%2与%3，%4", .briefTravel: "%1：%2→%3，%4/%5分钟",
        .briefClashOne: "%1人：%2与%3", .briefClashOther: "%1人：%2与%3",
        .lateArrival: "%1乘%2于%4抵达%3，赶不上%6在%5开始（%7），晚%8分钟",
        .earlyDeparture: "%1乘%2于%4从%3返程，但%5到%6才结束，赶过去需要%7分钟，差%8分钟",
        .runOverSeats: "%1坐%2人（含随行），只有%3个座位",
        .vehicleDoubleBooked: "%1同时排了两趟：%2与%3",
        .driverDoubleBooked: "司机%1同时开两趟：%2与%3",
        .runBeforeArrival: "%1乘%2于%4抵达%3，但%5比其可上车时间早%6分钟发车",
        .longWaitPickup: "%1乘%2于%4抵达%3，要等%5分钟才坐上%6",
        .longWaitDropoff: "%1乘%2于%4从%3返程，坐%6到站后要等%5分钟",
        .noPickup: "%1乘%2于%4抵达%3，没有安排接站",
        .noDropoff: "%1乘%2于%4从%3返程，要求送站但没有安排",
        .wrongHubPickup: "%1乘%2于%4抵达%3，但所在车次%5不从该站出发",
        .wrongHubDropoff: "%1乘%2于%4从%3返程，但所在车次%5不去该站",
        .noPickupUnknown: "%1要求接站，但回执没有写明站点或时间，没有安排接站",
        .noDropoffUnknown: "%1要求送站，但回执没有写明站点或时间，没有安排送站",
        .visitShortOfSeats: "%1报名%2人，车辆只有%3个座位：%4",
        .farArrival: "%1乘%2于%4抵达%3，与会期（%6至%7）相差%5天：回执上的日期是否写错？",
        .farDeparture: "%1乘%2于%4从%3返程，与会期（%6至%7）相差%5天：回执上的日期是否写错？",
        .runText: "%1 %2→%3（%4）", .noVehicle: "未派车",
        .tableOverSeats: "%1：%2 号桌坐%3人，只有%4个座位",
        .seatedTwice: "%1在%2排了两桌：%3 号桌",
        .halalAtPlainTable: "%1需清真餐，但在%3的 %2 号桌，该桌不是清真桌",
        .vipBelowJunior: "%1（贵宾）在%3的 %2 号桌，排在 %5 号桌的%4之后",
        .noInterpreterAtTable: "%1在%3的 %2 号桌，该桌没有翻译",
        .unseatedGuest: "%1参加%2，但没有安排座位",
        .seatedNotSignedUp: "%1在%2有座位（%3 号桌），但不在用餐名单中",
        .roomsOverbooked: "%1 %3晚分出%2间，只预留%4间",
        .roomOverBeds: "%2 %1房 %4晚住%3人，只有%5张床",
        .mixedGenderRoom: "%2 %1房由不同性别的客人合住：%3",
        .guestInTwoRooms: "%1 %2晚有两间房（共%3晚）",
        .nightsUncovered: "%1 需住%2晚，其中%3晚没有房间（自%4晚起）",
        .roomBelowLevel: "%1（贵宾级别%2）只安排了%4的%3",
        .roommateNotHonoured: "%1 要求与%2合住，未安排在一起",
        .hotelTooFar: "%1 住%2，离%4有%3分钟车程，赶不上%5开始（%6），晚%7分钟",
        .cancelledHoldsRoom: "%1 已不参会，仍占着%2的房间（%3晚）",
        .noRoomHoldsRoom: "%1 已填不住，仍占着%2的房间（%3晚）",
        .nightsOne: "1", .nightsOther: "%1",
        .blockText: "%1%2",
    ]
}

#!/usr/bin/env python3
"""Writes the sample events in sample-events/ (deterministic: same output every run).

The people are invented: names are drawn from common surnames and given-name characters,
phone numbers use the unassigned 125 prefix, e-mail addresses use example.org.
Each event contains the deliberate planning mistakes listed in sample-events/README.md.
Run `confplan load` + `confplan dump` afterwards to put the files in canonical form
(sample-events/make-samples.sh does both).
"""
import json, random, sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志文辉力海燕鹏宇浩凯晨欣怡佳琪梓涵子轩思远博文雨泽俊杰晓东春梅秋菊海涛立新振华德胜永红丽君"
PROVINCES = [("四川", "成都"), ("四川", "德阳"), ("四川", "绵阳"), ("浙江", "杭州"), ("江苏", "无锡"), ("广东", "深圳"),
             ("广东", "佛山"), ("山东", "潍坊"), ("北京", "北京"), ("福建", "厦门"), ("重庆", "重庆"), ("湖北", "武汉"),
             ("陕西", "西安"), ("河南", "郑州"), ("湖南", "长沙"), ("天津", "天津")]
COLLEGES = ["四川工程职业技术大学", "德阳职业技术学院", "成都航空职业技术学院", "四川信息职业技术学院", "绵阳职业技术学院",
            "深圳职业技术大学", "无锡职业技术学院", "浙江机电职业技术大学", "杭州职业技术学院", "潍坊职业学院",
            "佛山职业技术学院", "重庆电子科技职业大学", "武汉职业技术学院", "陕西工业职业技术学院", "天津职业技术师范大学",
            "北京电子科技职业学院", "厦门城市职业学院", "长沙民政职业技术学院", "郑州铁路职业技术学院", "南京工业职业技术大学"]
ENTERPRISES = ["东方电气集团", "中国二重", "宏华石油设备有限公司", "华为技术有限公司", "比亚迪股份有限公司", "海尔集团",
               "美的集团", "潍柴动力股份有限公司", "中车株洲电力机车有限公司", "徐工集团", "三一重工", "西门子（中国）有限公司",
               "博世（中国）投资有限公司", "费斯托（中国）有限公司", "京东方科技集团", "新松机器人自动化股份有限公司"]
GOVERNMENT = ["教育部职业教育与成人教育司", "四川省教育厅", "德阳市人民政府", "德阳市教育局", "浙江省教育厅", "杭州市教育局",
              "佛山市人民政府", "佛山市教育局", "北京市教育委员会", "潍坊高新区管委会"]
RESEARCH = ["中国职业技术教育学会", "教育部职业技术教育中心研究所", "中关村佳德职业教育创新联盟", "四川省教育科学研究院",
            "浙江省教育科学研究院", "广东省职业技术教育学会", "德国联邦职业教育研究所（BIBB）", "同济大学职业技术教育学院"]
COLLEGE_TITLES = ["院长", "副院长", "党委书记", "教务处处长", "教授", "副教授", "二级学院院长", "专业带头人", "校长", "副校长"]
ENTERPRISE_TITLES = ["总经理", "副总经理", "人力资源总监", "技术总监", "培训中心主任", "首席技师", "董事长"]
GOVERNMENT_TITLES = ["司长", "副司长", "处长", "副处长", "副市长", "局长", "副局长", "厅长", "副厅长"]
RESEARCH_TITLES = ["研究员", "副研究员", "所长", "秘书长", "理事长", "副理事长", "主任"]
CATEGORIES = ["delegate"] * 14 + ["guest", "enterprise-delegate", "enterprise-delegate", "press", "staff"]


class Maker:
    def __init__(self, seed, event_key):
        self.rng = random.Random(seed)
        self.used_names = set()
        self.n = 0
        self.event_key = event_key

    def name(self):
        while True:
            g = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2])))
            n = self.rng.choice(SURNAMES) + g
            if n not in self.used_names:
                self.used_names.add(n)
                return n

    def person(self, key, org_type=None, vip=0, **extra):
        self.n += 1
        t = org_type or self.rng.choice(["college"] * 6 + ["enterprise"] * 2 + ["government", "research"])
        org, title = {
            "college": (COLLEGES, COLLEGE_TITLES), "enterprise": (ENTERPRISES, ENTERPRISE_TITLES),
            "government": (GOVERNMENT, GOVERNMENT_TITLES), "research": (RESEARCH, RESEARCH_TITLES),
            "other": (["自由职业"], ["顾问"]),
        }[t]
        province, city = self.rng.choice(PROVINCES)
        p = {"id": key, "name": extra.pop("name", None) or self.name(),
             "organisation": extra.pop("organisation", None) or self.rng.choice(org),
             "title": extra.pop("title", None) or self.rng.choice(title),
             "phone": "125%08d" % self.rng.randrange(10 ** 8),
             "email": "%s.%d@example.org" % (self.event_key, self.n),
             "orgType": t, "province": province, "city": city,
             "gender": self.rng.choice(["男", "女"])}
        if vip:
            p["vip"] = vip
        p.update(extra)
        return p


def session(key, title, kind, room, day, start, end, track="", roles=(), **extra):
    s = {"id": key, "title": title, "kind": kind}
    if track:
        s["track"] = track
    if room:
        s["room"] = room
    if start:
        s["start"] = "%sT%s" % (day, start)
        s["end"] = "%sT%s" % (day, end)
    s["status"] = extra.pop("status", "confirmed")
    s.update(extra)
    if roles:
        s["roles"] = [{"person": p, "role": r} for p, r in roles]
    return s


def attendees(mk, people, count, groups):
    """Registers `count` new attendees. `groups` is a list of (session ids, weights, probability):
    with that probability an attendee picks one session of the group, weighted."""
    for i in range(count):
        p = mk.person("a%04d" % (i + 1))
        signups = []
        for choices, weights, probability in groups:
            if mk.rng.random() < probability:
                signups.append(mk.rng.choices(choices, weights=weights)[0])
        p["registration"] = {"category": mk.rng.choice(CATEGORIES), "signups": signups}
        people.append(p)


def deyang(arrivals=False):
    mk = Maker(2026_05_14, "dy2026")
    d1, d2, d3 = "2026-05-14", "2026-05-15", "2026-05-16"
    sites = [
        {"id": "hotel", "name": "德阳旌湖宾馆", "address": "德阳市旌阳区岷江西路"},
        {"id": "campus", "name": "四川工程职业技术大学（天山路校区）", "address": "德阳市旌阳区天山南路"},
        {"id": "base", "name": "东方电气集团实训基地", "address": "德阳市经济技术开发区"},
    ]
    travel = [{"from": "hotel", "to": "campus", "minutes": 20}, {"from": "hotel", "to": "base", "minutes": 45},
              {"from": "campus", "to": "base", "minutes": 40}]
    rooms = [
        {"id": "hall", "site": "hotel", "name": "一号会议厅", "capacity": 1200,
         "features": ["stage", "interpretation", "livestream", "projector", "accessible"]},
        {"id": "r2", "site": "hotel", "name": "二号会议室", "capacity": 200, "features": ["projector", "accessible"]},
        {"id": "r3", "site": "hotel", "name": "三号会议室", "capacity": 180, "features": ["projector"]},
        {"id": "r4", "site": "hotel", "name": "四号会议室", "capacity": 150, "features": ["projector"]},
        {"id": "multi", "site": "hotel", "name": "多功能厅", "capacity": 400,
         "features": ["stage", "interpretation", "projector", "accessible"]},
        {"id": "banquet", "site": "hotel", "name": "宴会厅", "capacity": 1000, "features": ["stage", "accessible"]},
        {"id": "vip", "site": "hotel", "name": "贵宾室", "capacity": 30, "features": []},
        {"id": "lecture", "site": "campus", "name": "学术报告厅", "capacity": 500,
         "features": ["stage", "projector", "livestream", "accessible"]},
        {"id": "library", "site": "campus", "name": "图书馆报告厅", "capacity": 260, "features": ["projector"]},
        {"id": "a201", "site": "campus", "name": "实训楼A201", "capacity": 120, "features": ["projector"]},
        {"id": "b105", "site": "campus", "name": "实训楼B105", "capacity": 100, "features": ["projector"]},
        {"id": "expo", "site": "base", "name": "实训基地展厅", "capacity": 300, "features": ["accessible"],
         "availability": [{"start": d3 + "T08:00", "end": d3 + "T12:30"}]},
        {"id": "basemeet", "site": "base", "name": "基地会议室", "capacity": 80, "features": ["projector"]},
    ]
    people = []
    vip = [
        mk.person("v01", "government", 3, title="副司长", organisation="教育部职业教育与成人教育司"),
        mk.person("v02", "government", 3, title="副厅长", organisation="四川省教育厅"),
        mk.person("v03", "government", 3, title="市长", organisation="德阳市人民政府"),
        mk.person("v04", "research", 3, title="理事长", organisation="中关村佳德职业教育创新联盟"),
        mk.person("v05", "research", 2, title="所长", organisation="教育部职业技术教育中心研究所"),
        mk.person("v06", "enterprise", 2, title="董事长", organisation="东方电气集团"),
        mk.person("v07", "college", 2, title="校长", organisation="四川工程职业技术大学"),
        # Arrives on day 2 at 14:00: the morning keynote below is a deliberate mistake.
        mk.person("v08", "research", 3, name="Thomas Becker", title="Präsident",
                  organisation="德国联邦职业教育研究所（BIBB）",
                  availability=[{"start": d2 + "T14:00", "end": d3 + "T18:00"}]),
        mk.person("v09", "government", 2, name="Aigerim Nurlanovna", title="Vice Minister",
                  organisation="哈萨克斯坦教育与科学部"),
        mk.person("v10", "college", 2, title="校长", organisation="深圳职业技术大学"),
    ]
    people += vip
    speakers = [mk.person("sp%02d" % i) for i in range(1, 61)]
    interpreters = [mk.person("int%d" % i, "other", title="同声传译", organisation="成都译声翻译有限公司") for i in (1, 2, 3)]
    people += speakers + interpreters
    sp = ["sp%02d" % i for i in range(1, 61)]

    def forum(i):  # chair + five speakers for sub-forum i (1-based)
        base = (i - 1) * 6
        return [(sp[base], "chair")] + [(sp[base + k], "speaker") for k in range(1, 6)]

    sessions = [
        session("open", "开幕式", "opening-ceremony", "hall", d1, "09:00", "09:40",
                roles=[("v04", "host"), ("v01", "speaker"), ("v02", "speaker"), ("v03", "speaker"),
                       ("v05", "guest"), ("v06", "guest"), ("v07", "guest")],
                languages=["zh"], requires=["stage", "livestream"], fixed=True,
                # The ministry first, then the province, the alliance and the city: the office's
                # order, not the default one (the alliance's chair hosts, so would come first).
                seating={"rows": [7], "order": ["v01", "v02", "v04", "v03"]}),
        session("k1", "主旨演讲：新质生产力与职业教育高质量发展", "keynote", "hall", d1, "09:50", "10:20",
                roles=[("v05", "speaker"), ("v04", "chair")], requires=["livestream"]),
        session("k2", "主旨演讲：产教融合的德阳实践", "keynote", "hall", d1, "10:20", "10:50",
                roles=[("v06", "speaker"), ("v04", "chair")], requires=["livestream"]),
        session("k3", "主旨演讲：职业本科专业建设的探索", "keynote", "hall", d1, "10:50", "11:20",
                roles=[("v07", "speaker"), ("v04", "chair")], requires=["livestream"]),
        session("k4", "主旨演讲：高水平专业群建设经验", "keynote", "hall", d1, "11:20", "11:50",
                roles=[("v10", "speaker"), ("v04", "chair")], requires=["livestream"]),
        session("lunch1", "自助午餐", "meal", "banquet", d1, "12:00", "13:30"),
        session("f1", "分论坛一：现代职业教育体系建设", "sub-forum", "r2", d1, "14:00", "17:30", "分论坛一", forum(1)),
        # Over capacity on purpose: 150 seats, about 190 sign-ups.
        session("f2", "分论坛二：产业人才需求与培养模式创新", "sub-forum", "r4", d1, "14:00", "17:30", "分论坛二", forum(2)),
        session("f3", "分论坛三：职业教育师资队伍建设", "sub-forum", "r3", d1, "14:00", "16:00", "分论坛三", forum(3)),
        session("f4", "分论坛四：教学模式创新与改革", "sub-forum", "lecture", d1, "14:00", "17:30", "分论坛四", forum(4)),
        session("f5", "分论坛五：大学生创新创业教育与实践", "sub-forum", "library", d1, "14:00", "17:30", "分论坛五", forum(5)),
        session("f6", "分论坛六：网络空间安全人才培养", "sub-forum", "a201", d1, "14:00", "17:30", "分论坛六", forum(6)),
        # Double-booked room on purpose: r3 is still taken by 分论坛三 until 16:00.
        session("rt1", "圆桌对话：校企合作如何“不浅不虚”", "round-table", "r3", d1, "15:30", "17:00", "圆桌对话",
                [(sp[36], "moderator"), (sp[37], "panelist"), (sp[38], "panelist"), (sp[39], "panelist"),
                 # sp[1] also speaks in 分论坛一 at the same time: a person in two places, on purpose.
                 (sp[1], "panelist")]),
        session("sign", "校企合作项目集中签约仪式", "signing", "multi", d1, "17:40", "18:20",
                roles=[("v03", "host"), ("v06", "speaker")], requires=["stage"]),
        session("dinner1", "欢迎晚宴", "meal", "banquet", d1, "18:30", "20:30"),
        session("sopen", "“一带一路”与职业教育国际峰会开幕", "plenary", "hall", d2, "09:00", "09:30",
                roles=[("v04", "host"), ("v01", "speaker"), ("int1", "interpreter"), ("int2", "interpreter")],
                languages=["zh", "en"], requires=["interpretation", "livestream"]),
        # v08 is only available from day 2, 14:00: a deliberate person-unavailable.
        session("sk1", "主旨演讲：德国双元制的数字化转型", "keynote", "hall", d2, "09:30", "10:10",
                roles=[("v08", "speaker"), ("int1", "interpreter")], languages=["de", "zh"], requires=["interpretation"]),
        session("sk2", "主旨演讲：中亚职业教育合作展望", "keynote", "hall", d2, "10:10", "10:50",
                roles=[("v09", "speaker"), ("int2", "interpreter")], languages=["en", "zh"], requires=["interpretation"]),
        session("sk3", "主旨演讲：鲁班工坊建设经验", "keynote", "hall", d2, "10:50", "11:30",
                roles=[("v10", "speaker")], languages=["zh", "en"], requires=["interpretation"]),
        session("report1", "成果发布：职业教育国际合作年度报告", "report", "hall", d2, "11:30", "12:00",
                roles=[("v05", "speaker")], languages=["zh", "en"], requires=["interpretation"]),
        session("lunch2", "自助午餐", "meal", "banquet", d2, "12:00", "13:30"),
        session("if1", "国际分论坛一：“一带一路”沿线国家技术技能人才培养", "sub-forum", "multi", d2, "14:00", "17:00", "国际分论坛",
                forum(7) + [("int1", "interpreter"), ("v08", "speaker")], languages=["zh", "en", "de"], requires=["interpretation"]),
        # Needs interpretation booths but r2 has none: a deliberate missing-feature.
        session("if2", "国际分论坛二：海外鲁班工坊与标准输出", "sub-forum", "r2", d2, "14:00", "17:00", "国际分论坛",
                forum(8) + [("int2", "interpreter")], languages=["zh", "en"], requires=["interpretation"]),
        session("if3", "国际分论坛三：中外合作办学质量保障", "round-table", "r3", d2, "14:00", "16:30", "国际分论坛",
                [(sp[12], "moderator"), (sp[13], "panelist"), (sp[14], "panelist"), (sp[15], "panelist")]),
        session("f7", "分论坛七：本科层次职业教育专业建设", "sub-forum", "lecture", d2, "14:00", "17:30", "分论坛七", forum(9)),
        session("f8", "分论坛八：安全应急教育与实训", "sub-forum", "library", d2, "14:00", "17:30", "分论坛八", forum(10)),
        session("dinner2", "交流晚宴", "meal", "banquet", d2, "18:00", "20:00"),
        session("visit", "参观考察：东方电气集团实训基地", "site-visit", "expo", d3, "08:30", "11:30", "参观考察",
                [(sp[58], "host"), (sp[7], "host")]),
        # sp[7] hosts the visit at the base until 11:30 and chairs at the campus at 11:45:
        # 15 minutes for a 40-minute drive, a deliberate travel-time warning.
        session("ws1", "工作坊：智能制造专业群课程重构", "workshop", "a201", d3, "11:45", "13:00", "工作坊",
                [(sp[7], "chair"), (sp[59], "speaker")]),
        session("ws2", "工作坊：数字化教学资源建设", "workshop", "b105", d3, "09:00", "11:30", "工作坊",
                [(sp[11], "chair"), (sp[19], "speaker")]),
        session("f9", "分论坛九：职业教育集团化办学", "sub-forum", "multi", d3, "09:00", "11:30", "分论坛九",
                [(sp[25], "chair"), (sp[26], "speaker"), (sp[27], "speaker")]),
        session("f10", "分论坛十：技工院校高质量发展", "sub-forum", "r2", d3, "09:00", "11:30", "分论坛十",
                [(sp[31], "chair"), (sp[32], "speaker"), (sp[33], "speaker")]),
        session("lunch3", "自助午餐", "meal", "banquet", d3, "12:00", "13:30"),
        session("rept", "分论坛成果汇报", "report", "hall", d3, "14:00", "15:20",
                roles=[(sp[0], "speaker"), (sp[6], "speaker"), (sp[12], "speaker"), (sp[18], "speaker"), (v04 := "v04", "chair")]),
        session("close", "闭幕式暨下届大会承办单位交接仪式", "plenary", "hall", d3, "15:30", "16:30",
                roles=[("v04", "host"), ("v02", "speaker"), ("v07", "speaker")], requires=["stage"]),
        session("vipmeet", "嘉宾会见", "other", "vip", d1, "08:30", "08:55", roles=[("v01", "host"), ("v03", "host")]),
        session("press", "新闻发布会", "other", "r4", d1, "12:10", "12:50", roles=[("v04", "speaker")]),
        session("council", "联盟理事会（闭门）", "other", "vip", d2, "12:30", "13:30", roles=[("v04", "chair"), ("v05", "speaker")]),
        session("poster", "职业教育创新成果展", "other", "multi", d1, "12:00", "13:50", plenary=False),
        session("tea", "茶歇", "break", "banquet", d2, "15:30", "15:50"),
        session("bus", "参观车辆集合", "other", None, None, None, None, notes="时间待定：视天气"),
    ]
    attendees(mk, people, 840, [(["f1", "f2", "f3", "f4", "f5", "f6"], [3, 6, 2, 3, 2, 2], 0.85),
                                (["if1", "if2", "f7", "f8"], [3, 2, 3, 3], 0.85),
                                (["visit", "f9", "f10", "ws2"], [3, 4, 2, 1], 0.85)])
    event = {"id": "dy2026", "name": "第四届中国职业教育创新发展大会暨“一带一路”与职业教育国际峰会",
             "shortName": "德阳大会", "city": "德阳", "timeZone": "Asia/Shanghai",
             "firstDay": d1, "lastDay": d3, "dayChangeHour": 4, "defaultTravelMinutes": 30}
    if not arrivals:
        return {"confplan": 1, "event": event, "sites": sites, "travel": travel, "rooms": rooms,
                "sessions": sessions, "people": people}
    # The same event a day before it opens, with the guests' journeys, the cars and the first
    # runs (接送站): its own file, so the other samples' findings stay the programme's.
    hubs, hub_travel, vehicles, runs = deyang_travel(people, "2026-05-13", d1, d2, d3)
    hotels, hotel_travel, blocks, assignments = deyang_rooms(people, "2026-05-13")
    event.update({"id": "dy2026-arrivals", "name": "第四届中国职业教育创新发展大会（接送站安排）",
                  "shortName": "德阳大会接送站"})
    # The welcome dinner's tables (桌次), hosted by the mayor: its own random stream too.
    for s in sessions:
        if s["id"] == "dinner1":
            s["roles"] = [{"person": "v03", "role": "host"}]
    banquets, tables, seats = deyang_banquet(people, sessions)
    return {"confplan": 1, "event": event, "sites": sites + hubs + hotels,
            "travel": travel + hub_travel + hotel_travel, "rooms": rooms, "sessions": sessions, "people": people,
            "vehicles": vehicles, "runs": runs, "roomBlocks": blocks, "roomAssignments": assignments,
            "banquets": banquets, "banquetTables": tables, "banquetSeats": seats}


def banquet_layout(count):
    """`BanquetRules.layout`: table 1 at the front centre, rows behind it as wide as they are many,
    numbered nearer first, the head table's right first. Returns (number, across, back)."""
    others = count - 1
    width = 1
    while width * width < others:
        width += 2
    rows = (others + width - 1) // width if others else 0
    half = (width - 1) // 2
    places = [(a, b) for b in range(1, rows + 1) for a in range(-half, half + 1)]
    places.sort(key=lambda p: (p[0] * p[0] + p[1] * p[1], -p[0]))
    return [(1, 0, 0)] + [(i + 2, a, b) for i, (a, b) in enumerate(places[:others])]


def banquet_seat_numbers(hosts, guests, count):
    """`BanquetRules.seatNumbers` for the host-and-deputy order."""
    roles = [None] * count
    roles[0] = "host"
    deputy = count // 2
    if count > 1:
        roles[deputy] = "deputy"
    order = []
    for i in [1, count - 1, deputy + 1, deputy - 1]:
        if 0 <= i < count and roles[i] is None:
            roles[i] = "guest"
            order.append(i + 1)
    for i in sorted((i for i in range(1, count) if roles[i] is None), key=lambda i: (min(i, count - i), i)):
        roles[i] = "guest"
        order.append(i + 1)
    host_seats = [1]
    if hosts >= 2:
        host_seats.append(deputy + 1)
    elif count > 1:
        order.append(deputy + 1)
    if hosts == 0:
        order += host_seats
    return host_seats[:hosts], order[:guests]


def deyang_banquet(people, sessions):
    """The welcome dinner laid out at 100 tables of ten and seated as the office would (the mayor
    hosting the head table, staff the others, VIPs and speakers by precedence, delegations together,
    halal guests at halal tables, the foreign VIPs with an interpreter), with two planted mistakes
    (README.md). Diets come from their own random stream."""
    rng = random.Random(2026_05_12)
    for p in people:
        if p["id"] == "v09":
            p["diet"] = {"kind": "halal", "text": "清真"}
        elif p["id"].startswith("a"):
            r = rng.random()
            if r < 0.03:
                p["diet"] = "halal"
            elif r < 0.05:
                p["diet"] = "vegetarian"
            elif r < 0.06:
                p["diet"] = {"kind": "other", "text": "海鲜过敏"}
    role_rank = {"host": 0, "chair": 1, "speaker": 2, "moderator": 3, "panelist": 4, "guest": 5}
    rank, interpreters, hosting = {}, set(), {"v03"}
    for s in sessions:
        for r in s.get("roles", []):
            if r["role"] == "interpreter":
                interpreters.add(r["person"])
            elif r["role"] in role_rank:
                rank[r["person"]] = min(rank.get(r["person"], 9), role_rank[r["role"]])
    category = lambda p: p.get("registration", {}).get("category")
    hosts = ["v03"] + [p["id"] for p in people if category(p) == "staff"]
    guests = [p for p in people if p["id"] not in hosts and category(p) != "staff"
              and (category(p) is not None or p.get("vip", 0) > 0 or p["id"] in rank or p["id"] in interpreters)]
    by_id = {p["id"]: p for p in people}
    halal = lambda k: by_id[k].get("diet") in ("halal", {"kind": "halal", "text": "清真"})
    foreign = lambda k: not any("\u4e00" <= c <= "\u9fff" for c in by_id[k]["name"])
    layout = banquet_layout(100)
    tables = [{"number": n, "hosts": [], "guests": [], "halal": False, "interpreted": False} for n, _, _ in layout]
    for i, h in enumerate(hosts[:len(tables)]):
        tables[i]["hosts"].append(h)
        tables[i]["halal"] = tables[i]["halal"] or halal(h)
    room = lambda t: 10 - len(t["hosts"]) - len(t["guests"])
    spare = sorted(k for k in interpreters if any(p["id"] == k for p in guests))

    def seat(unit, t):
        t["guests"] += unit
        if any(halal(k) for k in unit):
            t["halal"] = True
        if any(foreign(k) for k in unit) and not t["interpreted"] and room(t) > 0 and spare:
            t["guests"].append(spare.pop(0))
            t["interpreted"] = True

    key = lambda p: (-p.get("vip", 0), rank.get(p["id"], 9))
    ranked = sorted([p for p in guests if key(p) != (0, 9) and p["id"] not in interpreters], key=key)
    first = 0
    for p in ranked:
        while room(tables[first]) < 1:
            first += 1
        seat([p["id"]], tables[first])
    units, slot = [], {}
    for p in guests:
        if key(p) != (0, 9) or p["id"] in interpreters:
            continue
        org = p["organisation"]
        if org in slot:
            units[slot[org]].append(p["id"])
        else:
            slot[org] = len(units)
            units.append([p["id"]])
    units = [u for _, u in sorted(enumerate(units), key=lambda e: (0 if any(halal(k) for k in e[1]) else 1,
                                                                    -len(e[1]), e[0]))]
    for unit in units:
        for start in range(0, len(unit), 9):
            piece = unit[start:start + 9]
            need = any(halal(k) for k in piece)
            at = next((t for t in tables[first:] if room(t) >= len(piece) and (not need or t["halal"])), None) \
                or next(t for t in tables[first:] if room(t) >= len(piece))
            seat(piece, at)
    for k in spare:
        next(t for t in tables[first:] if room(t) > 0)["guests"].append(k)
    # Planted: a halal guest changed places with someone at a table that is not halal, and a
    # guest added to a full table (11 at a table of ten), taken from the last table.
    plain = next(t for t in tables[20:] if not t["halal"] and len(t["guests"]) > 5)
    halal_table = next(t for t in tables[20:] if t["halal"] and any(halal(k) and k.startswith("a") for k in t["guests"]))
    x = next(k for k in halal_table["guests"] if halal(k) and k.startswith("a"))
    y = next(k for k in plain["guests"] if not halal(k))
    halal_table["guests"][halal_table["guests"].index(x)] = y
    plain["guests"][plain["guests"].index(y)] = x
    last = [t for t in tables if t["guests"]][-1]
    full = next(t for t in tables[30:] if room(t) == 0 and t is not plain and t is not last)
    full["guests"].append(last["guests"].pop())
    banquets = [{"meal": "dinner1", "headTable": 1, "exclude": ["staff"]}]
    banquet_tables, banquet_seats = [], []
    for (n, a, b), t in zip(layout, tables):
        row = {"meal": "dinner1", "number": n, "seats": 10}
        if t["halal"]:
            row["halal"] = True
        if a:
            row["across"] = a
        if b:
            row["back"] = b
        banquet_tables.append(row)
        ordered = sorted(t["guests"], key=lambda k: (1 if k in interpreters else 0, key(by_id[k])))
        host_seats, guest_seats = banquet_seat_numbers(len(t["hosts"]), len(ordered), 10)
        # The eleventh guest of the planted table has no seat of its own: an extra chair, seat 11.
        guest_seats += list(range(11, 11 + len(ordered) - len(guest_seats)))
        for k, seat_no in zip(t["hosts"], host_seats):
            banquet_seats.append({"meal": "dinner1", "table": n, "seat": seat_no, "person": k, "host": True})
        for k, seat_no in zip(ordered, guest_seats):
            banquet_seats.append({"meal": "dinner1", "table": n, "seat": seat_no, "person": k})
    return banquets, banquet_tables, banquet_seats


def deyang_rooms(people, d0):
    """Lodging (分房) for the guests who travel to 德阳: their stays, the rooms two hotels hold, and the
    rooms the office gave by hand before the last registrations came in, with the mistakes listed in
    README.md (a night the second hotel cut back, and a man and a woman put in one room). Uses its own
    random stream so the rest of the event stays as it was."""
    rng = random.Random(2026_05_12)
    hotels = [{"id": "hotel2", "name": "德阳金鹰酒店", "address": "德阳市旌阳区泰山北路"}]
    travel = [{"from": "hotel2", "to": "hotel", "minutes": 10}, {"from": "hotel2", "to": "campus", "minutes": 15},
              {"from": "hotel2", "to": "base", "minutes": 50}]
    by_id = {p["id"]: p for p in people}
    guests = [p["id"] for p in people if "travel" in p]
    for key in guests:
        p = by_id[key]
        if p.get("vip", 0):
            p["stay"] = {"need": "single"}
        elif rng.random() < 0.1:
            p["stay"] = {"need": "single"}
        else:
            p["stay"] = {"need": "shared"}
    # Two speakers asked to share (the first two of one gender among sp01–sp10); an attendee travels
    # with v01 as his secretary (随行).
    early = [k for k in ("sp%02d" % i for i in range(1, 11)) if by_id[k]["stay"]["need"] == "shared"]
    first = early[0]
    mate = next(k for k in early[1:] if by_id[k]["gender"] == by_id[first]["gender"])
    by_id[first]["stay"]["roommate"] = mate
    by_id["a0031"]["stay"] = {"need": "companion", "principal": "v01"}
    nights = lambda n: {"checkIn": d0, "checkOut": "2026-05-16", "rooms": n}
    blocks = [
        dict({"id": "jh-suite", "hotel": "hotel", "type": "suite", "beds": 1,
              "numbers": ["1801", "1802", "1803", "1804", "1805", "1806"]}, **nights(6)),
        dict({"id": "jh-king", "hotel": "hotel", "type": "single", "beds": 1,
              "numbers": ["16%02d" % i for i in range(1, 21)]}, **nights(20)),
        dict({"id": "jh-twin", "hotel": "hotel", "type": "twin", "beds": 2}, **nights(40)),
        # The second hotel confirmed 14 rooms, then cut the last night to 12: the rooms given by
        # hand for three nights overbook it (planted).
        {"id": "jy-twin", "hotel": "hotel2", "type": "twin", "beds": 2,
         "nights": {d0: 14, "2026-05-14": 14, "2026-05-15": 12}},
    ]
    # Fourteen rooms given by hand at the second hotel, speakers two by two of one gender, but for
    # room 3 where a man and a woman were put together (planted).
    speakers = ["sp%02d" % i for i in range(11, 61) if by_id["sp%02d" % i]["stay"]["need"] == "shared"]
    men = [k for k in speakers if by_id[k]["gender"] == "男"]
    women = [k for k in speakers if by_id[k]["gender"] == "女"]
    pairs = [(men[0], women[0])] + [(men[i], men[i + 1]) for i in range(1, 15, 2)] \
        + [(women[i], women[i + 1]) for i in range(1, 13, 2)]
    assignments = []
    for room, pair in enumerate(pairs[:14], 1):
        for bed, key in enumerate(pair, 1):
            assignments.append({"id": "hand-%d-%d" % (room, bed), "person": key, "block": "jy-twin",
                                "room": str(room), "bed": bed, "checkIn": d0, "checkOut": "2026-05-16"})
    return hotels, travel, blocks, assignments


def deyang_travel(people, d0, d1, d2, d3):
    """Journeys for the guests who travel to 德阳 (VIPs, speakers, interpreters and some attendees), the
    cars the office hired and the first runs it made, with the mistakes listed in README.md. Uses
    its own random stream so the rest of the event stays as it was."""
    rng = random.Random(2026_05_13)
    hubs = [
        {"id": "ctu", "name": "成都双流国际机场T2", "address": "成都市双流区"},
        {"id": "tfu", "name": "成都天府国际机场", "address": "成都市简阳市"},
        {"id": "dys", "name": "德阳站", "address": "德阳市旌阳区长江西路"},
        {"id": "cde", "name": "成都东站", "address": "成都市成华区"},
    ]
    minutes = {"ctu": (90, 95, 100), "tfu": (120, 125, 130), "dys": (15, 20, 35), "cde": (75, 80, 85)}
    travel = [{"from": h, "to": site, "minutes": m[i]}
              for h, m in minutes.items() for i, site in enumerate(["hotel", "campus", "base"])]
    # Services the guests come on: several share a train, so the plan can take them together.
    arrivals = [("train", "G8921", "dys", "09:12"), ("train", "G8703", "dys", "10:36"), ("train", "D1915", "dys", "11:48"),
                ("train", "G8925", "dys", "13:05"), ("train", "G8921", "dys", "14:20"), ("train", "C6231", "dys", "15:47"),
                ("train", "G2217", "dys", "17:26"), ("train", "G8713", "dys", "19:02"),
                ("train", "G8691", "cde", "10:15"), ("train", "G1975", "cde", "13:40"), ("train", "G2205", "cde", "16:55"),
                ("flight", "CA4193", "ctu", "09:50"), ("flight", "3U8888", "ctu", "11:35"), ("flight", "MU5401", "ctu", "13:20"),
                ("flight", "CZ3401", "ctu", "15:10"), ("flight", "ZH9401", "ctu", "17:45"),
                ("flight", "3U8732", "tfu", "10:40"), ("flight", "CA1405", "tfu", "14:05"), ("flight", "HU7147", "tfu", "18:30")]
    departures = [("train", "G8922", "dys", "17:35"), ("train", "G8704", "dys", "18:20"), ("train", "D1916", "dys", "19:10"),
                  ("train", "G2218", "cde", "19:40"), ("flight", "CA4194", "ctu", "20:30"),
                  ("flight", "3U8887", "ctu", "21:15"), ("flight", "CA1406", "tfu", "21:40")]
    by_id = {p["id"]: p for p in people}
    travellers = (["v%02d" % i for i in range(1, 11)] + ["sp%02d" % i for i in range(1, 61)] + ["int1", "int2", "int3"]
                  + ["a%04d" % i for i in range(1, 600, 15)])

    def leg(service, day, transfer=True):
        mode, number, hub, clock = service
        return {"mode": mode, "number": number, "hub": hub, "time": "%sT%s" % (day, clock), "transfer": transfer}

    for key in travellers:
        p = by_id[key]
        vip = p.get("vip", 0) >= 2
        t = {}
        if not vip and rng.random() < 0.06:
            t["arrival"] = {"mode": "self"}
        else:
            # VIPs fly; the rest mostly come by train.
            choices = [a for a in arrivals if a[0] == "flight"] if vip else arrivals
            # Most come on their own from the station (自行前往): the office fetches VIPs and
            # those it made runs for below, so the sample's findings are the planted ones.
            rng.random()
            t["arrival"] = leg(rng.choice(choices), d0, transfer=vip)
        home = rng.choice(departures if not vip else [d for d in departures if d[0] == "flight"])
        rng.random()
        rng.random()
        t["departure"] = leg(home, d3, transfer=False)
        if rng.random() < 0.15:
            t["companions"] = rng.choice([1, 1, 2])
        p["travel"] = t
    # Twelve speakers share the 14:20 G8921, for the runs made by hand below.
    for i in range(31, 43):
        by_id["sp%02d" % i]["travel"]["arrival"] = leg(("train", "G8921", "dys", "14:20"), d0)
        by_id["sp%02d" % i]["travel"].pop("companions", None)
    # The provincial officials are driven from Chengdu by their own offices.
    for i in range(2, 10):
        by_id["v%02d" % i]["travel"] = {"arrival": {"mode": "car"}, "departure": {"mode": "car"}}
    # v01 is taken back to the airport after the event: no car for it yet is a planted warning.
    by_id["v01"]["travel"]["departure"]["transfer"] = True
    # Planted: a form that names no train or time; and a VIP landing 20 minutes before their
    # keynote (k4, 11:20 on day 1), 90 minutes from the hotel.
    by_id["a0016"]["travel"]["arrival"] = {"mode": "train", "transfer": True}
    by_id["v10"]["travel"]["arrival"] = {"mode": "flight", "number": "ZH9401", "hub": "ctu",
                                         "time": d1 + "T11:00", "transfer": True}
    day = lambda d: [{"start": d + "T07:00", "end": d + "T23:59"}]
    every = lambda: [w for d in (d0, d1, d2, d3) for w in day(d)]
    vehicles = [
        {"id": "car1", "plate": "川F·A1001", "kind": "car", "seats": 4, "driver": "刘师傅", "driverPhone": "12500001001"},
        {"id": "car2", "plate": "川F·A1002", "kind": "car", "seats": 4, "driver": "陈师傅", "driverPhone": "12500001002"},
        {"id": "car3", "plate": "川F·A1003", "kind": "car", "seats": 4, "driver": "杨师傅", "driverPhone": "12500001003"},
        {"id": "van1", "plate": "川F·B2001", "kind": "van", "seats": 6, "driver": "王师傅", "driverPhone": "12500002001"},
        {"id": "van2", "plate": "川F·B2002", "kind": "van", "seats": 6, "driver": "赵师傅", "driverPhone": "12500002002"},
        # The same 王师傅 (same phone) was given a second van: booked twice below.
        {"id": "van3", "plate": "川F·B2003", "kind": "van", "seats": 6, "driver": "王师傅", "driverPhone": "12500002001"},
        {"id": "van4", "plate": "川F·B2004", "kind": "van", "seats": 6, "driver": "黄师傅", "driverPhone": "12500002004"},
        {"id": "bus1", "plate": "川F·C3001", "kind": "minibus", "seats": 19, "driver": "周师傅", "driverPhone": "12500003001"},
        {"id": "bus2", "plate": "川F·C3002", "kind": "minibus", "seats": 19, "driver": "吴师傅", "driverPhone": "12500003002"},
        {"id": "bus3", "plate": "川F·C3003", "kind": "minibus", "seats": 19, "driver": "郑师傅", "driverPhone": "12500003003"},
        {"id": "coach1", "plate": "川F·D4001", "kind": "coach", "seats": 45, "driver": "孙师傅", "driverPhone": "12500004001"},
        {"id": "coach2", "plate": "川F·D4002", "kind": "coach", "seats": 45, "driver": "马师傅", "driverPhone": "12500004002"},
    ]
    for v in vehicles:
        v["availability"] = every()
    # The runs the office made first, by hand, for the 14:20 G8921 and a VIP.
    g8921 = ["sp%02d" % i for i in range(31, 43)]
    v01 = by_id["v01"]["travel"]["arrival"]
    first_staff = [p["id"] for p in people if p.get("registration", {}).get("category") == "staff"][:1]
    runs = [
        # Planted: a seven-seat van (6 passenger seats) with nine people.
        {"id": "r1", "kind": "pickup", "vehicle": "van1", "from": "dys", "to": "hotel", "depart": d0 + "T14:40",
         "passengers": g8921[:9], "notes": "出站口"},
        # Planted: 王师傅 again, in the other van, while the first is still on its way back.
        {"id": "r2", "kind": "pickup", "vehicle": "van3", "from": "dys", "to": "hotel", "depart": d0 + "T14:50",
         "passengers": g8921[9:12]},
        {"id": "r3", "kind": "pickup", "vehicle": "car1", "from": v01["hub"], "to": "hotel",
         "depart": d0 + "T%02d:%s" % (int(v01["time"][11:13]) + 1, v01["time"][14:16]),
         "passengers": ["v01"], "escort": first_staff[0], "notes": "贵宾通道"},
    ]
    return hubs, travel, vehicles, [r for r in runs if r["passengers"]]


def hangzhou():
    mk = Maker(2025_10_23, "hz2025")
    d1, d2 = "2025-10-23", "2025-10-24"
    sites = [{"id": "hotel", "name": "杭州黄龙饭店", "address": "杭州市西湖区曙光路"},
             {"id": "college", "name": "浙江机电职业技术大学", "address": "杭州市滨江区滨文路"}]
    travel = [{"from": "hotel", "to": "college", "minutes": 35}]
    rooms = [
        {"id": "grand", "site": "hotel", "name": "黄龙厅", "capacity": 400,
         "features": ["stage", "interpretation", "projector", "livestream"]},
        {"id": "west", "site": "hotel", "name": "西湖厅", "capacity": 120, "features": ["interpretation", "projector"]},
        {"id": "qiantang", "site": "hotel", "name": "钱塘厅", "capacity": 80, "features": ["projector"]},
        {"id": "lab", "site": "college", "name": "中德智能制造实训中心", "capacity": 60, "features": ["projector"]},
        {"id": "hall", "site": "college", "name": "学术报告厅", "capacity": 300, "features": ["interpretation", "stage"]},
    ]
    people = [
        mk.person("de1", "research", 2, name="Katrin Hoffmann", title="Abteilungsleiterin",
                  organisation="德国国际合作机构（GIZ）"),
        mk.person("de2", "college", 1, name="Michael Schulz", title="Schulleiter",
                  organisation="慕尼黑职业学校"),
        mk.person("de3", "enterprise", 1, name="Stefan Wagner", title="Ausbildungsleiter",
                  organisation="博世（中国）投资有限公司"),
        mk.person("de4", "enterprise", 1, name="Anna Keller", title="Trainerin", organisation="费斯托（中国）有限公司"),
        mk.person("cn1", "government", 3, title="副厅长", organisation="浙江省教育厅"),
        mk.person("cn2", "research", 2, title="秘书长", organisation="中关村佳德职业教育创新联盟"),
        mk.person("cn3", "college", 2, title="校长", organisation="浙江机电职业技术大学"),
        mk.person("cn4", "college", 1, title="副院长", organisation="杭州职业技术学院"),
        mk.person("cn5", "college", 1, title="教授", organisation="浙江机电职业技术大学"),
        mk.person("cn6", "college", 1, title="教务处处长", organisation="无锡职业技术学院"),
        mk.person("cn7", "research", 1, title="研究员", organisation="浙江省教育科学研究院"),
        mk.person("cn8", "college", 0, title="专业带头人", organisation="浙江机电职业技术大学"),
        mk.person("cn9", "college", 0, title="副教授", organisation="杭州职业技术学院"),
        mk.person("cn10", "enterprise", 0, title="培训中心主任", organisation="西门子（中国）有限公司"),
        mk.person("t1", "other", 0, title="德语同声传译", organisation="杭州译林翻译有限公司"),
        mk.person("t2", "other", 0, title="德语同声传译", organisation="杭州译林翻译有限公司"),
        mk.person("t3", "other", 0, title="德语交替传译", organisation="浙江外国语学院"),
    ]
    for i in range(1, 15):
        people.append(mk.person("sp%02d" % i))
    sessions = [
        session("open", "开幕式 Eröffnung", "opening-ceremony", "grand", d1, "09:00", "09:30",
                roles=[("cn2", "host"), ("cn1", "speaker"), ("de1", "speaker"), ("t1", "interpreter")],
                languages=["zh", "de"], requires=["interpretation", "stage"], fixed=True),
        session("k1", "主旨报告：中德职教合作二十年 Zwanzig Jahre Zusammenarbeit", "keynote", "grand", d1, "09:30", "10:15",
                roles=[("de1", "speaker"), ("t1", "interpreter"), ("cn2", "chair")], languages=["de", "zh"],
                requires=["interpretation"]),
        session("k2", "主旨报告：教学改革试验成果", "keynote", "grand", d1, "10:15", "11:00",
                roles=[("cn3", "speaker"), ("t2", "interpreter"), ("cn2", "chair")], languages=["zh", "de"],
                requires=["interpretation"]),
        session("rep1", "成果汇报：学习领域课程开发", "report", "grand", d1, "11:00", "11:45",
                roles=[("cn5", "speaker"), ("t2", "interpreter")], languages=["zh", "de"], requires=["interpretation"]),
        session("lunch1", "午餐", "meal", "qiantang", d1, "12:00", "13:15", capacityLimit=80),
        session("ws1", "工作坊一：行动导向教学 Handlungsorientierter Unterricht", "workshop", "west", d1, "13:30", "15:30",
                "工作坊", [("de2", "speaker"), ("cn4", "chair"), ("t1", "interpreter")], languages=["de", "zh"],
                requires=["interpretation"], capacityLimit=100),
        # Bilingual workshop in 钱塘厅, which has no interpretation booths: a deliberate missing-feature.
        session("ws2", "工作坊二：企业培训师认证 AEVO", "workshop", "qiantang", d1, "13:30", "15:30", "工作坊",
                [("de3", "speaker"), ("cn10", "chair"), ("t3", "interpreter")], languages=["de", "zh"],
                requires=["interpretation"]),
        # t1 interprets in 工作坊一 until 15:30 and here from 15:00: a deliberate person-overlap.
        session("ws3", "工作坊三：双元制考试评价", "workshop", "west", d1, "15:45", "17:30", "工作坊",
                [("de4", "speaker"), ("cn6", "chair"), ("t2", "interpreter")], languages=["de", "zh"],
                requires=["interpretation"]),
        session("rt1", "圆桌对话：校企双元育人的本土化", "round-table", "grand", d1, "15:00", "16:30", "圆桌",
                [("cn7", "moderator"), ("de1", "panelist"), ("cn3", "panelist"), ("sp10", "panelist"),
                 ("t1", "interpreter")], languages=["zh", "de"], requires=["interpretation"]),
        session("dinner", "欢迎晚宴 Empfang", "meal", "grand", d1, "18:30", "20:30"),
        session("visit", "参观：中德智能制造实训中心", "site-visit", "lab", d2, "09:00", "10:30", "参观",
                [("cn8", "host"), ("t3", "interpreter")], capacityLimit=60),
        session("rep2", "成果汇报：试点专业教学质量评估", "report", "hall", d2, "10:30", "11:30",
                roles=[("cn9", "speaker"), ("sp01", "speaker"), ("sp02", "speaker"), ("t2", "interpreter")],
                languages=["zh", "de"], requires=["interpretation"]),
        session("rep3", "经验推广：试点院校交流发言", "report", "hall", d2, "11:30", "12:15",
                roles=[("sp03", "speaker"), ("sp04", "speaker"), ("sp05", "speaker"), ("sp06", "chair")]),
        session("lunch2", "午餐", "meal", "hall", d2, "12:15", "13:30"),
        session("panel", "专题研讨：数字化背景下的职业教育教师培训", "panel", "hall", d2, "14:00", "15:30", "研讨",
                [("sp07", "moderator"), ("sp08", "panelist"), ("sp09", "panelist"), ("de2", "panelist"),
                 ("t3", "interpreter")], languages=["zh", "de"], requires=["interpretation"]),
        session("close", "总结与闭幕 Abschluss", "plenary", "hall", d2, "15:45", "16:30",
                roles=[("cn2", "host"), ("cn1", "speaker"), ("de1", "speaker"), ("t2", "interpreter")],
                languages=["zh", "de"], requires=["interpretation"]),
        # Planned for the evening of day 2 but written for day 3, after the event: outside-event.
        session("farewell", "告别交流会", "meal", "qiantang", "2025-10-25", "18:00", "20:00"),
        session("bilateral", "中德院校双边会谈", "other", "qiantang", d2, "16:45", "17:45",
                roles=[("cn3", "host"), ("de2", "speaker"), ("t3", "interpreter")], languages=["zh", "de"]),
        session("draft1", "德方专家答疑（待定）", "other", None, None, None, None, status="draft",
                roles=[("de4", "speaker")]),
    ]
    # Some who chose 工作坊一 (until 15:30) also chose the round table (from 15:00): attendee clashes.
    attendees(mk, people, 220, [(["ws1", "ws2"], [1, 1], 0.6), (["ws3", "rt1"], [1, 2], 0.8), (["visit"], [1], 0.22)])
    return {"confplan": 1,
            "event": {"id": "hz2025", "name": "中德职教合作教学改革创新实践试验成果汇报及经验推广研讨会",
                      "shortName": "中德研讨会", "city": "杭州", "timeZone": "Asia/Shanghai",
                      "firstDay": d1, "lastDay": d2, "dayChangeHour": 4, "defaultTravelMinutes": 40,
                      "seatingRule": "international",
                      # Interpretation headsets go out at the desk against a deposit slip.
                      "checkInItems": {"*": ["参会证", "资料袋", "同传耳机"], "press": ["参会证", "媒体资料"]}},
            "sites": sites, "travel": travel, "rooms": rooms, "sessions": sessions, "people": people}


def foshan():
    mk = Maker(2026_03_26, "fs2026")
    d1, d2 = "2026-03-26", "2026-03-27"
    sites = [{"id": "center", "name": "佛山国际会议中心", "address": "佛山市顺德区北滘镇"},
             {"id": "park", "name": "顺德智能制造产业园", "address": "佛山市顺德区北滘镇工业大道"},
             {"id": "fszy", "name": "佛山职业技术学院", "address": "佛山市南海区狮山镇"}]
    travel = [{"from": "center", "to": "park", "minutes": 15}, {"from": "center", "to": "fszy", "minutes": 50},
              {"from": "park", "to": "fszy", "minutes": 45}]
    rooms = [
        {"id": "main", "site": "center", "name": "主会场（一楼大厅）", "capacity": 600,
         "features": ["stage", "projector", "livestream", "accessible"]},
        {"id": "m201", "site": "center", "name": "201会议室", "capacity": 120, "features": ["projector"]},
        {"id": "m202", "site": "center", "name": "202会议室", "capacity": 120, "features": ["projector"]},
        {"id": "m203", "site": "center", "name": "203会议室", "capacity": 60, "features": ["projector"]},
        # Only free in the afternoon of day 1: the morning booking below is a deliberate room-unavailable.
        {"id": "board", "site": "center", "name": "董事会议室", "capacity": 40, "features": ["projector"],
         "availability": [{"start": d1 + "T13:00", "end": d1 + "T22:00"}, {"start": d2 + "T08:00", "end": d2 + "T18:00"}]},
        {"id": "plant", "site": "park", "name": "智能工厂参观通道", "capacity": 80, "features": []},
        {"id": "line", "site": "park", "name": "生产线参观区", "capacity": 60, "features": []},
        {"id": "fshall", "site": "fszy", "name": "学院报告厅", "capacity": 350, "features": ["stage", "projector"]},
    ]
    people = [
        mk.person("g1", "government", 3, title="副市长", organisation="佛山市人民政府"),
        mk.person("g2", "government", 2, title="局长", organisation="佛山市教育局"),
        mk.person("g3", "government", 2, title="处长", organisation="广东省教育厅职业教育处"),
        mk.person("g4", "government", 1, title="主任", organisation="顺德区工业和信息化局"),
        mk.person("e1", "enterprise", 2, title="董事长", organisation="美的集团"),
        mk.person("e2", "enterprise", 1, title="人力资源总监", organisation="碧桂园博智林机器人有限公司"),
        mk.person("e3", "enterprise", 1, title="总经理", organisation="佛山市顺德区智能制造协会"),
        mk.person("e4", "enterprise", 1, title="首席技师", organisation="美的集团"),
        mk.person("c1", "college", 2, title="校长", organisation="佛山职业技术学院"),
        mk.person("c2", "college", 1, title="副校长", organisation="顺德职业技术学院"),
        mk.person("c3", "college", 1, title="院长", organisation="广东轻工职业技术大学"),
        mk.person("c4", "college", 1, title="教授", organisation="华南理工大学"),
        mk.person("r1", "research", 2, title="秘书长", organisation="广东省职业技术教育学会"),
        mk.person("r2", "research", 1, title="研究员", organisation="教育部职业技术教育中心研究所"),
        mk.person("r3", "research", 1, title="副所长", organisation="广东省教育科学研究院"),
    ]
    for i in range(1, 25):
        people.append(mk.person("sp%02d" % i))
    sp = ["sp%02d" % i for i in range(1, 25)]
    sessions = [
        session("open", "佛山市域产教联合体成立大会", "opening-ceremony", "main", d1, "09:00", "09:45",
                roles=[("g2", "host"), ("g1", "speaker"), ("g3", "speaker"), ("e1", "speaker")],
                requires=["stage", "livestream"], fixed=True),
        session("sign", "联合体共建协议签约", "signing", "main", d1, "09:45", "10:10",
                roles=[("g2", "host"), ("c1", "speaker"), ("e1", "speaker")], requires=["stage"]),
        session("k1", "主旨报告：市域产教联合体的实体化运作", "keynote", "main", d1, "10:20", "11:00",
                roles=[("r2", "speaker"), ("r1", "chair")]),
        session("k2", "主旨报告：产业园区与职业院校的同频共振", "keynote", "main", d1, "11:00", "11:40",
                roles=[("e3", "speaker"), ("r1", "chair")]),
        # The council meets in a room that is only free from 13:00: a deliberate room-unavailable,
        # and it runs parallel to the keynotes (plenary): a deliberate parallel-to-plenary.
        session("council", "联合体第一届理事会第一次会议", "other", "board", d1, "10:30", "11:30",
                roles=[("g1", "chair"), ("c1", "speaker"), ("e1", "speaker"), ("g4", "speaker")],
                notes="理事单位代表参加，闭门会议"),
        session("lunch", "工作午餐", "meal", "main", d1, "12:00", "13:30"),
        session("p1", "平行论坛一：政府如何建立常态化保障机制", "sub-forum", "m201", d1, "14:00", "16:00", "平行论坛",
                [("g3", "chair"), ("g4", "speaker"), (sp[0], "speaker"), (sp[1], "speaker"), (sp[2], "speaker")]),
        # Over capacity on purpose: 60 seats.
        session("p2", "平行论坛二：企业深度参与的利益纽带", "sub-forum", "m203", d1, "14:00", "16:00", "平行论坛",
                [("e2", "chair"), ("e4", "speaker"), (sp[3], "speaker"), (sp[4], "speaker")]),
        session("p3", "平行论坛三：工程师学院与产业学院共建", "sub-forum", "m202", d1, "14:00", "16:00", "平行论坛",
                [("c2", "chair"), ("c3", "speaker"), (sp[5], "speaker"), (sp[6], "speaker"), (sp[7], "speaker")]),
        # c3 speaks in 平行论坛三 (until 16:00) and chairs here from 15:30: a deliberate person-overlap.
        session("p4", "平行论坛四：人才供需信息平台建设", "sub-forum", "board", d1, "15:30", "17:30", "平行论坛",
                [("c3", "chair"), (sp[8], "speaker"), (sp[9], "speaker")]),
        session("rt", "圆桌对话：破解“校热企冷”", "round-table", "main", d1, "16:15", "17:30",
                roles=[("r3", "moderator"), ("e1", "panelist"), ("c1", "panelist"), ("g2", "panelist"), ("c4", "panelist")]),
        session("visit", "参观：顺德智能制造产业园实训基地", "site-visit", "plant", d2, "09:00", "10:30", "参观",
                [("e4", "host")], capacityLimit=80),
        # sp11 talks at the park visit until 10:30 and at the college from 11:00: 30 minutes for a
        # 45-minute drive, a deliberate travel-time warning.
        session("tour2", "参观：智能工厂生产线讲解", "site-visit", "line", d2, "09:30", "10:30", "参观",
                [(sp[10], "speaker")], capacityLimit=80),
        session("fsr", "现场交流：产教融合实训基地建设经验", "report", "fshall", d2, "11:00", "12:00",
                roles=[(sp[10], "speaker"), (sp[11], "speaker"), ("c1", "host")]),
        session("lunch2", "午餐", "meal", "fshall", d2, "12:00", "13:00"),
        session("rep", "专题报告：联合体建设的多方参与机制", "report", "main", d2, "14:00", "15:00",
                roles=[("r3", "speaker"), (sp[12], "speaker"), (sp[13], "speaker")]),
        session("ws", "工作坊：联合体章程与理事会议事规则", "workshop", "m201", d2, "14:00", "15:30", "工作坊",
                [(sp[14], "chair"), (sp[15], "speaker")]),
        session("ws2", "工作坊：校企共建课程的评价", "workshop", "m202", d2, "14:00", "15:30", "工作坊", []),
        session("close", "总结大会", "plenary", "main", d2, "15:45", "16:30",
                roles=[("g2", "host"), ("g1", "speaker")]),
    ]
    attendees(mk, people, 330, [(["p1", "p2", "p3", "p4"], [2, 4, 2, 1], 0.85), (["visit", "tour2"], [1, 1], 0.25),
                                (["ws", "ws2"], [1, 1], 0.5)])
    return {"confplan": 1,
            "event": {"id": "fs2026", "name": "佛山市域产教联合体建设推进论坛", "shortName": "产教联合体论坛",
                      "city": "佛山", "timeZone": "Asia/Shanghai", "firstDay": d1, "lastDay": d2,
                      "dayChangeHour": 4, "defaultTravelMinutes": 30},
            "sites": sites, "travel": travel, "rooms": rooms, "sessions": sessions, "people": people}


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "sample-events"
    for name, make in [("deyang-2026-innovation-summit", deyang),
                       ("arrivals-deyang-2026", lambda: deyang(arrivals=True)),
                       ("hangzhou-2025-sino-german-seminar", hangzhou),
                       ("foshan-2026-industry-education-consortium", foshan)]:
        with open("%s/%s.json" % (out, name), "w", encoding="utf-8") as f:
            json.dump(make(), f, ensure_ascii=False, indent=1)
            f.write("\n")

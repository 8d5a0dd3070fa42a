import Foundation
import PlanningCore

/// Small valid inputs to mutate: small, so a million runs finish in minutes.
enum Corpus {
    static let csv: [String] = [
        "姓名,单位,手机,邮箱,分论坛\r\n王芳,四川工程职业技术大学,+86 138-0013-8000,wf@example.org,\"分论坛一、分论坛二\"\r\n李明,\"单位,带逗号\",1.38001E+10,,分论坛一\r\n",
        "\u{FEFF}序号;姓名*;工作单位;职务/职称;手机号码（必填）\n1;王　芳;德阳职业技术学院;教授;13800138000\n2;;;;\n",
        "Name\tOrganization\tMobile\nHans Müller\tTU Dresden\t+49 351 123456\n\"multi\nline\"\tx\ty\n",
        "参会回执,,,\n姓名,手机,备注,\n张三,13900000000,素食,\n,,,\n",
    ]

    static let event = #"""
        {"confplan": 1,
         "event": {"id": "g", "name": "网格测试", "firstDay": "2026-05-14", "lastDay": "2026-05-15", "defaultTravelMinutes": 30},
         "sites": [{"id": "h", "name": "宾馆"}, {"id": "c", "name": "校区"}],
         "travel": [{"from": "h", "to": "c", "minutes": 40}],
         "rooms": [{"id": "a", "site": "h", "name": "甲厅", "capacity": 100, "features": ["stage"]}, {"id": "x", "site": "c", "name": "报告厅", "capacity": 300}],
         "sessions": [
          {"id": "s1", "title": "开幕式", "kind": "opening-ceremony", "room": "a", "start": "2026-05-14T09:00", "end": "2026-05-14T09:30",
           "languages": ["zh", "de"], "roles": [{"person": "p1", "role": "host"}]},
          {"id": "s2", "title": "分论坛", "kind": "sub-forum", "track": "分论坛一", "room": "x", "start": "2026-05-14T10:00", "end": "2026-05-14T11:00"}
         ],
         "people": [{"id": "p1", "name": "周铁农", "availability": [{"start": "2026-05-14T08:00", "end": "2026-05-14T12:00"}]},
                    {"id": "p2", "name": "李明", "registration": {"category": "guest", "signups": ["s2"]}}]
        }
        """#

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <schedule><version>1</version>
          <conference><acronym>fuzz-2026</acronym><title>Fuzz &amp; Co</title><start>2026-05-14</start><end>2026-05-15</end>
            <time_zone_name>Europe/Brussels</time_zone_name></conference>
          <day index="1" date="2026-05-14" start="2026-05-14T09:00:00+02:00" end="2026-05-15T03:00:00+02:00">
            <room name="Janson" guid="6d5ce232-82eb-800a-b4a0-667777b642a1">
              <event id="1" guid="16fac2d3-27f1-897a-9c82-029ddf65f490"><room>Janson</room><title>Keynote</title><type>keynote</type>
                <date>2026-05-14T10:00:00+02:00</date><start>10:00</start><duration>00:45</duration><abstract/><track>Main</track>
                <persons><person id="7">Jane Doe</person></persons></event>
            </room>
            <event id="2"><start>11:00</start><duration>00:30:00</duration><room>H.1301</room><title><![CDATA[Old <style>]]></title></event>
          </day>
        </schedule>
        """

    static let scheduleJSON = #"""
        {"schedule": {"version": "1", "conference": {"acronym": "fuzz", "title": "Fuzz", "start": "2026-05-14", "end": "2026-05-14",
          "daysCount": 1, "timeslot_duration": "00:05", "time_zone_name": "Asia/Shanghai",
          "rooms": [{"name": "甲厅", "guid": "6d5ce232-82eb-800a-b4a0-667777b642a1"}],
          "days": [{"index": 1, "date": "2026-05-14", "day_start": "2026-05-14T04:00:00+08:00", "day_end": "2026-05-15T03:59:00+08:00",
            "rooms": {"甲厅": [{"guid": "16fac2d3-27f1-897a-9c82-029ddf65f490", "id": 1, "date": "2026-05-14T09:00:00+08:00",
              "start": "09:00", "duration": "00:40", "room": "甲厅", "slug": "fuzz-1", "url": "urn:uuid:x", "title": "开幕式",
              "subtitle": "", "track": null, "type": "keynote", "language": "zh", "abstract": "",
              "persons": [{"guid": "94e6518a-7049-8568-a207-6e20484b8851", "name": "周铁农"}], "links": []}]}}]}}}
        """#

    /// The parts of a small workbook: shared strings with a rich run and a phonetic guide, styles
    /// with a date format, a merged title, and an inline string.
    static let workbookParts: [(String, [UInt8])] = [
        ("_rels/.rels", #"<Relationships><Relationship Id="r1" Type="officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", #"<workbook xmlns:r="r"><workbookPr date1904="0"/><sheets><sheet name="说明" r:id="r2"/><sheet name="回执" r:id="r1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="r1" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="r3" Target="sharedStrings.xml"/><Relationship Id="r4" Target="styles.xml"/></Relationships>"#),
        ("xl/sharedStrings.xml", #"<sst><si><t>姓名</t></si><si><t>手机</t></si><si><r><t>曾</t></r><r><t>永涛</t></r><rPh><t>ゾウ</t></rPh></si><si><t>到达</t></si></sst>"#),
        ("xl/styles.xml", #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>"#),
        ("xl/worksheets/sheet1.xml", #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>参会回执</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>13981234567</v></c><c r="C3" s="1"><v>46155.5</v></c></row><row r="4"><c r="A4" t="str"><f>A3</f><v>曾永涛</v></c><c r="B4" t="b"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:C1"/></mergeCells></worksheet>"#),
        ("xl/worksheets/sheet2.xml", #"<worksheet><sheetData><row><c t="inlineStr"><is><t>请填写</t></is></c></row></sheetData></worksheet>"#),
    ].map { ($0.0, Array($0.1.utf8)) }
}

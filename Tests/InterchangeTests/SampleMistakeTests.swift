import Foundation
import Testing
import Interchange
import PlanningCore
import TestSupport

/// Every planning mistake `sample-events/README.md` lists is reported, and nothing else above info.
@Suite struct SampleMistakeTests {
    struct Expected: Hashable, CustomStringConvertible {
        var code: FindingCode
        var sessions: Set<String>
        var description: String { "\(code.rawValue) \(sessions.sorted())" }
    }

    static func found(_ file: String) throws -> (EventPlan, Set<Expected>) {
        let url = repoRoot.appendingPathComponent("sample-events/\(file)")
        let plan = try EventFile.read([UInt8](Data(contentsOf: url)), file: file)
        let keys = Dictionary(uniqueKeysWithValues: plan.sessions.map { ($0.id, $0.key) })
        let all = ConflictEngine.check(plan).map { Expected(code: $0.code, sessions: Set($0.sessions.map { keys[$0]! })) }
        return (plan, Set(all))
    }

    @Test func deyang() throws {
        let (_, found) = try Self.found("deyang-2026-innovation-summit.json")
        #expect(found == [
            Expected(code: .roomOverlap, sessions: ["f3", "rt1"]),
            Expected(code: .personOverlap, sessions: ["f1", "rt1"]),
            Expected(code: .overCapacity, sessions: ["f2"]),
            Expected(code: .personUnavailable, sessions: ["sk1"]),
            Expected(code: .missingFeature, sessions: ["if2"]),
            Expected(code: .travelTime, sessions: ["visit", "ws1"]),
            Expected(code: .unplaced, sessions: ["bus"]),
            Expected(code: .duringHeldTime, sessions: ["lunch1", "press"]),
            Expected(code: .duringHeldTime, sessions: ["lunch2", "council"]),
            Expected(code: .duringHeldTime, sessions: ["lunch3", "ws1"]),
        ])
    }

    @Test func hangzhou() throws {
        let (_, found) = try Self.found("hangzhou-2025-sino-german-seminar.json")
        #expect(found == [
            Expected(code: .missingFeature, sessions: ["ws2"]),
            Expected(code: .personOverlap, sessions: ["ws1", "rt1"]),
            Expected(code: .outsideEvent, sessions: ["farewell"]),
            Expected(code: .attendeeClash, sessions: ["ws1", "rt1"]),
            Expected(code: .attendeeClash, sessions: ["ws2", "rt1"]),
            Expected(code: .unplaced, sessions: ["draft1"]),
        ])
    }

    @Test func foshan() throws {
        let (_, found) = try Self.found("foshan-2026-industry-education-consortium.json")
        #expect(found == [
            Expected(code: .roomUnavailable, sessions: ["council"]),
            Expected(code: .parallelToPlenary, sessions: ["council", "k1"]),
            Expected(code: .parallelToPlenary, sessions: ["council", "k2"]),
            Expected(code: .personOverlap, sessions: ["p3", "p4"]),
            Expected(code: .overCapacity, sessions: ["p2"]),
            Expected(code: .travelTime, sessions: ["tour2", "fsr"]),
            Expected(code: .missingRole, sessions: ["ws2"]),
        ])
    }

    @Test func messagesNameWhatStaffNeedInBothLanguages() throws {
        let (plan, _) = try Self.found("deyang-2026-innovation-summit.json")
        let findings = ConflictEngine.check(plan)
        let overlap = try #require(findings.first { $0.code == .roomOverlap })
        #expect(FindingText(plan: plan, language: .zh).message(overlap)
            == "三号会议室 5月14日 15:30–16:00 重复安排：「分论坛三：职业教育师资队伍建设」与「圆桌对话：校企合作如何“不浅不虚”」")
        #expect(FindingText(plan: plan, language: .en).message(overlap)
            == "三号会议室 is double-booked 14 May 15:30–16:00: “分论坛三：职业教育师资队伍建设” and “圆桌对话：校企合作如何“不浅不虚””")
        let capacity = try #require(findings.first { $0.code == .overCapacity })
        #expect(FindingText(plan: plan, language: .zh).message(capacity) == "「分论坛二：产业人才需求与培养模式创新」报名238人，超过四号会议室150个座位")
        let travel = try #require(findings.first { $0.code == .travelTime })
        #expect(FindingText(plan: plan, language: .en).message(travel).contains("has 15 min to get from"))
        #expect(FindingText(plan: plan, language: .en).message(travel).hasSuffix("the trip takes 40 min"))
        // Every code has words in both languages, none empty.
        for f in findings {
            for lang in Language.allCases { #expect(!FindingText(plan: plan, language: lang).message(f).isEmpty) }
        }
    }

    @Test func theTextReportAlignsItsColumnsByDisplayWidth() throws {
        let (plan, _) = try Self.found("deyang-2026-innovation-summit.json")
        let reported = FindingPolicy().report(ConflictEngine.check(plan), in: plan)
        for lang in Language.allCases {
            let text = FindingReport(plan: plan, findings: reported, language: lang).text()
            let words = FindingText(plan: plan, language: lang)
            // The message column starts at the same display column on every line.
            var columns = Set<Int>()
            for f in reported {
                let line = try #require(text.split(separator: "\n").first { $0.contains(f.shortID) })
                let at = try #require(line.range(of: words.message(f.finding)))
                columns.insert(DisplayWidth.of(String(line[..<at.lowerBound])))
            }
            #expect(reported.count == 10)
            #expect(columns.count == 1, "\(lang): \(columns)")
        }
    }

    @Test func theJSONReportHasTheDocumentedShape() throws {
        let (plan, _) = try Self.found("foshan-2026-industry-education-consortium.json")
        var policy = FindingPolicy()
        let reported = policy.report(ConflictEngine.check(plan), in: plan)
        let travel = try #require(reported.first { $0.finding.code == .travelTime })
        policy.acknowledgements[travel.key] = Acknowledgement(reason: "专车接送", by: "staff", at: "2026-03-20T08:00:00Z")
        let json = FindingReport(plan: plan, findings: policy.report(ConflictEngine.check(plan), in: plan), language: .en).json()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(root["findings"] as? [[String: Any]])
        #expect(findings.count == 7)
        for f in findings {
            for key in ["id", "code", "severity", "message", "acknowledged", "sessions", "rooms", "people"] {
                #expect(f[key] != nil, "\(key)")
            }
        }
        let acked = try #require(findings.first { $0["code"] as? String == "travel-time" })
        #expect(acked["acknowledged"] as? Bool == true)
        #expect((acked["acknowledgement"] as? [String: Any])?["reason"] as? String == "专车接送")
        #expect((acked["people"] as? [[String: Any]])?.first?["id"] as? String == "sp11")
        #expect((root["summary"] as? [String: Int])?["acknowledged"] == 1)
        #expect((root["summary"] as? [String: Int])?["errors"] == 3)
    }
}

import Testing
@testable import PlanningCore

@Suite struct SeatingTests {
    func chart(_ n: Int, _ rule: SeatingRule, _ view: SeatingView) -> String {
        Seating.row(n, rule: rule, view: view).map(String.init).joined(separator: " ")
    }

    /// The office's worked examples: 7 and 6 seats, domestic, from the hall and from the stage.
    @Test func theWorkedExamples() {
        #expect(chart(7, .domestic, .audience) == "7 5 3 1 2 4 6")
        #expect(chart(7, .domestic, .stage) == "6 4 2 1 3 5 7")
        #expect(chart(6, .domestic, .audience) == "5 3 1 2 4 6")
        #expect(chart(6, .domestic, .stage) == "6 4 2 1 3 5")
        #expect(chart(7, .international, .audience) == "6 4 2 1 3 5 7")
        #expect(chart(6, .international, .audience) == "6 4 2 1 3 5")
        #expect(chart(6, .international, .stage) == "5 3 1 2 4 6")
    }

    /// 1 to 12 seats, each rule and view: every precedence once; No. 1 in the centre (of an even
    /// row, the centre seat on the side away from No. 2); No. 2 on No. 1's own left under the
    /// domestic rule (the audience's right) and on the other side under the international one;
    /// each next number one seat further out on alternate sides.
    @Test(arguments: 1...12)
    func everyRowFollowsTheRule(_ n: Int) {
        for rule in SeatingRule.allCases {
            let stage = Seating.row(n, rule: rule, view: .stage), hall = Seating.row(n, rule: rule, view: .audience)
            #expect(Set(stage) == Set(1...n) && stage.count == n)
            #expect(hall == stage.reversed())
            guard let one = stage.firstIndex(of: 1) else { continue }
            #expect(one == (rule == .domestic ? n / 2 : (n - 1) / 2))
            for k in stride(from: 2, through: n, by: 1) {
                let at = stage.firstIndex(of: k)!, prev = stage.firstIndex(of: max(1, k - 2))!
                // Domestic: even numbers to the seated person's left, odd to the right.
                let leftward = (k % 2 == 0) == (rule == .domestic)
                #expect(at == (k == 2 ? one + (leftward ? -1 : 1) : prev + (leftward ? -1 : 1)), "\(n) \(rule) \(k)")
            }
        }
    }

    /// A second row continues the order behind the first, centred by the same rule.
    @Test func aSecondRowContinuesTheOrder() {
        let rows = Seating.rows([5, 4], rule: .domestic, view: .audience)
        #expect(rows == [[5, 3, 1, 2, 4], [8, 6, 7, 9]])
    }

    /// Every chart of 1–12 seats in one row, written out: domestic from the hall and from the
    /// stage, then international from the hall and from the stage.
    static let oneRow: [(Int, String, String, String, String)] = [
        (1, "1", "1",
         "1", "1"),
        (2, "1 2", "2 1",
         "2 1", "1 2"),
        (3, "3 1 2", "2 1 3",
         "2 1 3", "3 1 2"),
        (4, "3 1 2 4", "4 2 1 3",
         "4 2 1 3", "3 1 2 4"),
        (5, "5 3 1 2 4", "4 2 1 3 5",
         "4 2 1 3 5", "5 3 1 2 4"),
        (6, "5 3 1 2 4 6", "6 4 2 1 3 5",
         "6 4 2 1 3 5", "5 3 1 2 4 6"),
        (7, "7 5 3 1 2 4 6", "6 4 2 1 3 5 7",
         "6 4 2 1 3 5 7", "7 5 3 1 2 4 6"),
        (8, "7 5 3 1 2 4 6 8", "8 6 4 2 1 3 5 7",
         "8 6 4 2 1 3 5 7", "7 5 3 1 2 4 6 8"),
        (9, "9 7 5 3 1 2 4 6 8", "8 6 4 2 1 3 5 7 9",
         "8 6 4 2 1 3 5 7 9", "9 7 5 3 1 2 4 6 8"),
        (10, "9 7 5 3 1 2 4 6 8 10", "10 8 6 4 2 1 3 5 7 9",
         "10 8 6 4 2 1 3 5 7 9", "9 7 5 3 1 2 4 6 8 10"),
        (11, "11 9 7 5 3 1 2 4 6 8 10", "10 8 6 4 2 1 3 5 7 9 11",
         "10 8 6 4 2 1 3 5 7 9 11", "11 9 7 5 3 1 2 4 6 8 10"),
        (12, "11 9 7 5 3 1 2 4 6 8 10 12", "12 10 8 6 4 2 1 3 5 7 9 11",
         "12 10 8 6 4 2 1 3 5 7 9 11", "11 9 7 5 3 1 2 4 6 8 10 12"),
    ]

    /// 2–12 people in two rows (the front one the larger), the second row continuing the order
    /// and centred by the same rule; rows separated by " / ", front first.
    static let twoRows: [(Int, String, String, String, String)] = [
        (2, "1 / 2", "1 / 2",
         "1 / 2", "1 / 2"),
        (3, "1 2 / 3", "2 1 / 3",
         "2 1 / 3", "1 2 / 3"),
        (4, "1 2 / 3 4", "2 1 / 4 3",
         "2 1 / 4 3", "1 2 / 3 4"),
        (5, "3 1 2 / 4 5", "2 1 3 / 5 4",
         "2 1 3 / 5 4", "3 1 2 / 4 5"),
        (6, "3 1 2 / 6 4 5", "2 1 3 / 5 4 6",
         "2 1 3 / 5 4 6", "3 1 2 / 6 4 5"),
        (7, "3 1 2 4 / 7 5 6", "4 2 1 3 / 6 5 7",
         "4 2 1 3 / 6 5 7", "3 1 2 4 / 7 5 6"),
        (8, "3 1 2 4 / 7 5 6 8", "4 2 1 3 / 8 6 5 7",
         "4 2 1 3 / 8 6 5 7", "3 1 2 4 / 7 5 6 8"),
        (9, "5 3 1 2 4 / 8 6 7 9", "4 2 1 3 5 / 9 7 6 8",
         "4 2 1 3 5 / 9 7 6 8", "5 3 1 2 4 / 8 6 7 9"),
        (10, "5 3 1 2 4 / 10 8 6 7 9", "4 2 1 3 5 / 9 7 6 8 10",
         "4 2 1 3 5 / 9 7 6 8 10", "5 3 1 2 4 / 10 8 6 7 9"),
        (11, "5 3 1 2 4 6 / 11 9 7 8 10", "6 4 2 1 3 5 / 10 8 7 9 11",
         "6 4 2 1 3 5 / 10 8 7 9 11", "5 3 1 2 4 6 / 11 9 7 8 10"),
        (12, "5 3 1 2 4 6 / 11 9 7 8 10 12", "6 4 2 1 3 5 / 12 10 8 7 9 11",
         "6 4 2 1 3 5 / 12 10 8 7 9 11", "5 3 1 2 4 6 / 11 9 7 8 10 12"),
    ]

    func charts(_ sizes: [Int]) -> [String] {
        [(SeatingRule.domestic, SeatingView.audience), (.domestic, .stage), (.international, .audience),
         (.international, .stage)].map { rule, view in
            Seating.rows(sizes, rule: rule, view: view).map { $0.map(String.init).joined(separator: " ") }
                .joined(separator: " / ")
        }
    }

    @Test(arguments: oneRow)
    func oneRowAsListed(_ n: Int, _ a: String, _ b: String, _ c: String, _ d: String) {
        #expect(charts([n]) == [a, b, c, d])
    }

    @Test(arguments: twoRows)
    func twoRowsAsListed(_ n: Int, _ a: String, _ b: String, _ c: String, _ d: String) {
        #expect(charts([(n + 1) / 2, n / 2]) == [a, b, c, d])
    }
}

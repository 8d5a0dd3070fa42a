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
}

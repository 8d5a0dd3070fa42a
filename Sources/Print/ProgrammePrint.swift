import PlanningCore
import Typeset

/// The programme (会议日程) as a PDF on A4 or A5 and as one long image a phone screen wide: the
/// forms a 会务组 sends to WeChat groups. Its words come made (Interchange's `Programme` makes
/// them, as it does the text programme): day headings, parallel sessions under one time, and
/// each session's time, title and lines; here they are only set on pages.
public struct ProgrammePrint {
    public enum Paper: String, CaseIterable, Sendable { case a4, a5 }

    public struct Session: Sendable, Equatable {
        public var time: String
        public var title: String
        /// Kind, track and room; each role with its people; languages.
        public var lines: [String]
        /// The people named in `lines`, each kept whole on one line: a line of them breaks
        /// between two people, never inside a name (`Қанат` / `Әбдіқадыров`).
        public var people: [String]

        public init(time: String, title: String, lines: [String], people: [String] = []) {
            self.time = time
            self.title = title
            self.lines = lines
            self.people = people
        }
    }

    /// Sessions starting together; `parallel` heads them when there is more than one
    /// (`09:00  3 场并行`).
    public struct Slot: Sendable, Equatable {
        public var parallel: String?
        public var sessions: [Session]

        public init(parallel: String?, sessions: [Session]) {
            self.parallel = parallel
            self.sessions = sessions
        }
    }

    public struct Day: Sendable, Equatable {
        public var heading: String
        public var slots: [Slot]

        public init(heading: String, slots: [Slot]) {
            self.heading = heading
            self.slots = slots
        }
    }

    public var event: String
    /// `会议日程 · 2026年5月14日至16日 · 德阳`.
    public var subtitle: String
    /// Which release this is (`第 3 版 · 2026-05-10 发布`), or nil before the first.
    public var stamp: String?
    public var days: [Day]
    /// What a mark on a session means, when any is marked.
    public var legend: String?
    public var language: Language
    /// The PDF's creation date (ISO 8601): the release's, so the same programme gives the same bytes.
    public var date: String

    public init(event: String, subtitle: String, stamp: String?, days: [Day], legend: String?, language: Language,
                date: String) {
        self.event = event
        self.subtitle = subtitle
        self.stamp = stamp
        self.days = days
        self.legend = legend
        self.language = language
        self.date = date
    }

    /// What was made, and the texts with characters no installed font has (printed as boxes).
    public struct Output {
        public var bytes: [UInt8]
        public var missing: [(text: String, characters: [Unicode.Scalar])]
        /// Each text and the box it was set in, in points on its page (from 1; a PNG's is 1): where a
        /// reader of the page looks for a session's title or a speaker's name.
        public var placed: [(page: Int, text: String, box: Box)] = []
    }

    /// The width of the image in points: a phone's screen (390 points on most), at `pixelsPerPoint`.
    public static let phoneWidth = 390.0

    public func pdf(paper: Paper = .a4) throws -> Output {
        let form = Form(paper)
        let blocks = self.blocks(form)
        // Pages first, so each can say `第 2 页 / 共 5 页`; a block never splits, and a heading
        // stays with the block after it.
        var pages: [[(Block, Double)]] = [[]]
        var y = form.margin.top
        let bottom = form.size.height - form.margin.bottom
        for (index, block) in blocks.enumerated() {
            // A day's heading, the parallel heading under it and the first session go over together.
            var needed = block.height, next = index
            while blocks[next].keepWithNext && next + 1 < blocks.count {
                next += 1
                needed += blocks[next].height
            }
            if y + needed > bottom && !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = form.margin.top
            }
            pages[pages.count - 1].append((block, y))
            y += block.height
        }
        let canvas = Canvas.pdf(title: event, date: date)
        var missing: [(String, [Unicode.Scalar])] = []
        var placed: [(page: Int, text: String, box: Box)] = []
        for (number, page) in pages.enumerated() {
            canvas.startPage(form.size)
            for (block, top) in page {
                block.draw(on: canvas, at: top, missing: &missing)
                placed += block.texts.map { (number + 1, $0.text, $0.box.moved(down: top)) }
            }
            let footer = PrintWords.page.text(language, number + 1, pages.count)
            canvas.text(footer, in: Box(x: 0, y: form.size.height - form.margin.bottom + 8, width: form.size.width,
                                        height: 14),
                        style: TextStyle(size: 8, alignment: .center, color: Self.gray))
        }
        return Output(bytes: try canvas.finish(), missing: missing, placed: placed)
    }

    /// One column `width` points wide, as long as the programme, at `pixelsPerPoint` pixels a point.
    public func png(width: Double = phoneWidth, pixelsPerPoint: Double = 3) throws -> Output {
        let form = Form(width: width)
        let canvas = Canvas.png(width: width, pixelsPerPoint: pixelsPerPoint)
        var missing: [(String, [Unicode.Scalar])] = []
        var placed: [(page: Int, text: String, box: Box)] = []
        var y = form.margin.top
        for block in blocks(form) {
            block.draw(on: canvas, at: y, missing: &missing)
            placed += block.texts.map { (1, $0.text, $0.box.moved(down: y)) }
            y += block.height
        }
        // The margin below the last line, drawn in white so the image's length takes it in.
        canvas.fill(Box(x: 0, y: y, width: width, height: form.margin.bottom), color: .white)
        return Output(bytes: try canvas.finish(), missing: missing, placed: placed)
    }

    // MARK: layout

    static let gray = Color(gray: 0.35)

    /// Sizes and places for one form: A4, A5 or the phone's column, where the time goes above the
    /// title instead of in a column beside it.
    struct Form {
        var size: PageSize
        var margin: (top: Double, side: Double, bottom: Double)
        /// The time column's width; 0: the time is set above the title.
        var timeColumn: Double
        var scale: Double

        init(_ paper: Paper) {
            switch paper {
            case .a4:
                size = .a4
                margin = (Length.mm(16), Length.mm(18), Length.mm(16))
                timeColumn = 74
                scale = 1
            case .a5:
                size = .a5
                margin = (Length.mm(12), Length.mm(12), Length.mm(13))
                timeColumn = 60
                scale = 0.85
            }
        }

        init(width: Double) {
            size = PageSize(width: width, height: 0)
            margin = (20, 16, 20)
            timeColumn = 0
            scale = 0.9
        }

        var width: Double { size.width - 2 * margin.side }

        func style(_ size: Double, bold: Bool = false, alignment: TextStyle.Alignment = .leading,
                   color: Color = .black) -> TextStyle {
            TextStyle(size: size * scale, maxLines: 200, alignment: alignment, verticalAlignment: .top, bold: bold,
                      color: color)
        }
    }

    /// A piece of the page that is never split: texts and rules placed from its top.
    struct Block {
        var texts: [(text: String, box: Box, style: TextStyle)] = []
        var rules: [(y: Double, x: Double, width: Double)] = []
        var height = 0.0
        var keepWithNext = false

        func draw(on canvas: Canvas, at top: Double, missing: inout [(String, [Unicode.Scalar])]) {
            for item in texts {
                let fit = canvas.text(item.text, in: item.box.moved(down: top), style: item.style)
                if !fit.missing.isEmpty { missing.append((item.text, fit.missing)) }
            }
            for rule in rules {
                canvas.line(from: (rule.x, top + rule.y), to: (rule.x + rule.width, top + rule.y), width: 0.8)
            }
        }
    }

    func blocks(_ form: Form) -> [Block] {
        let measure = TextMeasure()
        let left = form.margin.side, width = form.width
        /// Adds `text` at `y` in the block, returns the y below it.
        func put(_ text: String, _ block: inout Block, x: Double, y: Double, width: Double,
                 style: TextStyle) -> Double {
            let height = measure.height(text, width: width, style: style)
            block.texts.append((text, Box(x: x, y: y, width: width, height: height + 1), style))
            return y + height
        }
        var blocks: [Block] = []
        var head = Block()
        var eventStyle = form.style(17, bold: true, alignment: .center)
        eventStyle.balanced = true
        var y = put(event, &head, x: left, y: 0, width: width, style: eventStyle)
        y = put(subtitle, &head, x: left, y: y + 4 * form.scale, width: width,
                style: form.style(10.5, alignment: .center))
        if let stamp {
            y = put(stamp, &head, x: left, y: y + 2 * form.scale, width: width,
                    style: form.style(9.5, alignment: .center, color: Self.gray))
        }
        head.height = y + 6 * form.scale
        blocks.append(head)
        for day in days {
            var heading = Block()
            y = put(day.heading, &heading, x: left, y: 12 * form.scale, width: width, style: form.style(13, bold: true))
            heading.rules.append((y + 3 * form.scale, left, width))
            heading.height = y + 9 * form.scale
            heading.keepWithNext = true
            blocks.append(heading)
            for slot in day.slots {
                if let parallel = slot.parallel {
                    var line = Block()
                    line.height = put(parallel, &line, x: left, y: 4 * form.scale, width: width,
                                      style: form.style(10.5, bold: true, color: Self.gray)) + 2 * form.scale
                    line.keepWithNext = true
                    blocks.append(line)
                }
                for session in slot.sessions {
                    blocks.append(block(session, form, measure, indent: slot.parallel != nil))
                }
            }
        }
        if let legend {
            var last = Block()
            last.height = put(legend, &last, x: left, y: 10 * form.scale, width: width, style: form.style(9))
            blocks.append(last)
        }
        return blocks
    }

    func block(_ session: Session, _ form: Form, _ measure: TextMeasure, indent: Bool) -> Block {
        var block = Block()
        let left = form.margin.side
        func put(_ text: String, x: Double, y: Double, width: Double, style: TextStyle) -> Double {
            let height = measure.height(text, width: width, style: style)
            block.texts.append((text, Box(x: x, y: y, width: width, height: height + 1), style))
            return y + height
        }
        var y = 5 * form.scale, x = left + form.timeColumn, width = form.width - form.timeColumn
        if form.timeColumn == 0 {
            // The phone's column: the time above the title, sessions of one slot set in a little.
            if indent {
                x += 10
                width -= 10
            }
            y = put(session.time, x: x, y: y, width: width, style: form.style(10, bold: true, color: Self.gray))
        } else {
            _ = put(session.time, x: left, y: y + 0.5 * form.scale, width: form.timeColumn - 6,
                    style: form.style(10.5))
        }
        var title = form.style(11.5, bold: true)
        title.balanced = true
        y = put(session.title, x: x, y: y, width: width, style: title)
        var lines = form.style(9.5, color: Color(gray: 0.2))
        lines.keptWhole = session.people
        // The CJK font's own line height, for a line of Uyghur or Thai names too.
        lines.lineHeight = 1.448
        for line in session.lines {
            y = put(line, x: x, y: y + 1.5 * form.scale, width: width, style: lines)
        }
        block.height = y + 5 * form.scale
        return block
    }
}

extension Box {
    /// The box `distance` points further down the page: a block's texts are placed from its top.
    func moved(down distance: Double) -> Box { Box(x: x, y: y + distance, width: width, height: height) }
}

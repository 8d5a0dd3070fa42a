import CPangoCairo

/// A surface to draw pages on: a PDF of any number of pages, or a PNG of one long page (the
/// programme as an image a phone shows a screen wide). Both take the same drawing calls, in points
/// from the page's top left, and lay text out alike, so the image breaks lines where the PDF does.
public final class Canvas {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private final class Sink {
        var bytes: [UInt8] = []
    }

    private enum Output {
        case pdf
        case png(width: Double, pixelsPerPoint: Double)
    }

    private let output: Output
    /// Where the PDF stream goes; the surface holds it unretained, so it lives as long as the canvas.
    private let sink: Sink
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let layout: TextLayout
    private var pages = 0
    private var finished = false
    /// The lowest point drawn on a PNG, where its one page ends.
    private var bottom = 0.0

    private static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().bytes
            .append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    private init(output: Output, sink: Sink, surface: OpaquePointer) {
        self.output = output
        self.sink = sink
        self.surface = surface
        cairo = cairo_create(surface)
        let layout = pango_cairo_create_layout(cairo)!
        TextLayout.configure(pango_layout_get_context(layout))
        pango_layout_context_changed(layout)
        self.layout = TextLayout(layout)
    }

    deinit {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// A PDF whose pages are added with `startPage`. `date` (ISO 8601, "2026-05-12T09:00:00+08:00")
    /// is written as the creation and modification date in place of the time of the run, so the same
    /// input gives the same bytes; pass the date of what is printed, such as a release's.
    public static func pdf(title: String? = nil, date: String = "2000-01-01T00:00:00Z") -> Canvas {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        let sink = Sink()
        let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(),
                                                          PageSize.a4.width, PageSize.a4.height)!
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        return Canvas(output: .pdf, sink: sink, surface: surface)
    }

    /// One page `width` points wide and as long as what is drawn on it, rendered at `pixelsPerPoint`
    /// (3 makes a 360-point column 1080 pixels wide, a phone screen's width). Drawing is recorded and
    /// rendered once at the end, when the length is known.
    public static func png(width: Double, pixelsPerPoint: Double = 3) -> Canvas {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil)!
        let canvas = Canvas(output: .png(width: width, pixelsPerPoint: pixelsPerPoint), sink: Sink(), surface: surface)
        canvas.pages = 1
        return canvas
    }

    /// Starts a new PDF page of `size`; a PNG has its one page from the start.
    public func startPage(_ size: PageSize = .a4) {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        guard case .pdf = output else { preconditionFailure("a PNG canvas is one page") }
        precondition(!finished, "the canvas is finished")
        if pages > 0 { cairo_show_page(cairo) }
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pages += 1
    }

    /// Sets `text` in `box` as `style` allows (see `TextStyle` and `TextLayout.fit`) and says how it
    /// went. Text that does not fit is still drawn, at the minimum size and cut off with "…" after
    /// the last line allowed, so a page is never missing a name outright.
    @discardableResult
    public func text(_ text: String, in box: Box, style: TextStyle) -> TextFit {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        precondition(pages > 0 && !finished, "no page to draw on")
        guard !text.isEmpty else { return TextFit(size: style.size, lines: [], fits: true, missing: []) }
        let fit = layout.fit(text, width: box.width, height: box.height, style: style)
        let height = layout.height
        let y = switch style.verticalAlignment {
        case .top: box.y
        case .center: box.y + (box.height - height) / 2
        case .bottom: box.maxY - height
        }
        // Lines balanced at a narrower width are aligned in the box as a whole.
        let spare = layout.balancedWidth.map { box.width - $0 } ?? 0
        let x = box.x + (style.alignment == .center ? spare / 2 : style.alignment == .trailing ? spare : 0)
        source(style.color)
        if case .pdf = output {
            layout.show(on: cairo, x: x, y: y)
        } else {
            cairo_move_to(cairo, x, y)
            pango_cairo_show_layout(cairo, layout.layout)
        }
        reach(max(box.maxY, y + height))
        return fit
    }

    public func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), width: Double = 0.5,
                     color: Color = .black) {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        cairo_move_to(cairo, start.x, start.y)
        cairo_line_to(cairo, end.x, end.y)
        stroke(width: width, color: color)
        reach(max(start.y, end.y) + width / 2)
    }

    /// A frame drawn centred on the box's edges.
    public func frame(_ box: Box, width: Double = 0.5, color: Color = .black) {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        cairo_rectangle(cairo, box.x, box.y, box.width, box.height)
        stroke(width: width, color: color)
        reach(box.maxY + width / 2)
    }

    public func fill(_ box: Box, color: Color = .black) {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        cairo_rectangle(cairo, box.x, box.y, box.width, box.height)
        source(color)
        cairo_fill(cairo)
        reach(box.maxY)
    }

    /// A QR code's dark modules (`dark[row][column]`) from (x, y), each `module` points square; the
    /// quiet zone round it is the caller's to leave. Vector rectangles, not an image: a print shop's
    /// preflight flags a 25-pixel image of a code as far too coarse. All are one fill, so renderers
    /// show no hairline seams between modules.
    public func modules(_ dark: [[Bool]], x: Double, y: Double, module: Double, color: Color = .black) {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        // A row's run of dark modules is one rectangle, grown down the rows below that repeat it
        // (finder patterns, vertical bars): fewer rectangles, and writing them is most of the time
        // Cairo spends on a badge.
        let runs = dark.map { modules -> [Range<Int>] in
            var runs: [Range<Int>] = [], column = 0
            while column < modules.count {
                guard modules[column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < modules.count && modules[column] { column += 1 }
                runs.append(start..<column)
            }
            return runs
        }
        var done = runs.map { Array(repeating: false, count: $0.count) }
        for row in runs.indices {
            for (index, run) in runs[row].enumerated() where !done[row][index] {
                var last = row
                while last + 1 < runs.count, let below = runs[last + 1].firstIndex(of: run) {
                    done[last + 1][below] = true
                    last += 1
                }
                cairo_rectangle(cairo, x + Double(run.lowerBound) * module, y + Double(row) * module,
                                Double(run.count) * module, Double(last - row + 1) * module)
            }
        }
        source(color)
        cairo_fill(cairo)
        reach(y + Double(dark.count) * module)
    }

    /// Draws what `body` draws turned half round about (x, y): the upper face of a folded table
    /// card, which reads upright from the other side of the table.
    public func halfTurned(about x: Double, _ y: Double, _ body: () -> Void) {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_rotate(cairo, Double.pi)
        cairo_translate(cairo, -x, -y)
        pango_cairo_update_layout(cairo, layout.layout)
        body()
        cairo_restore(cairo)
        pango_cairo_update_layout(cairo, layout.layout)
    }

    /// The finished file's bytes; the canvas takes no more drawing after this.
    public func finish() throws -> [UInt8] {
        Typesetting.lock.lock()
        defer { Typesetting.lock.unlock() }
        precondition(!finished, "the canvas is finished")
        finished = true
        switch output {
        case .pdf:
            cairo_surface_finish(surface)
            try check(cairo_surface_status(surface))
            return sink.bytes
        case .png(let width, let scale):
            cairo_surface_flush(surface)
            let size = (width: (width * scale).rounded(.up), height: max(1, (bottom * scale).rounded(.up)))
            // Cairo's image surfaces stop at 32,767 pixels a side; a longer page is an error, not a crop.
            guard size.width <= 32_767, size.height <= 32_767 else {
                let pixels = "\(Int(size.width))×\(Int(size.height))"
                throw Failure(description: "a PNG of \(pixels) pixels is more than Cairo draws")
            }
            let pixels = (width: Int32(size.width), height: Int32(size.height))
            let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixels.width, pixels.height)!
            defer { cairo_surface_destroy(image) }
            let painter = cairo_create(image)
            cairo_set_source_rgb(painter, 1, 1, 1)
            cairo_paint(painter)
            cairo_scale(painter, scale, scale)
            cairo_set_source_surface(painter, surface, 0, 0)
            cairo_paint(painter)
            let status = cairo_status(painter)
            cairo_destroy(painter)
            try check(status)
            let sink = Sink()
            try check(cairo_surface_write_to_png_stream(image, Self.write, Unmanaged.passUnretained(sink).toOpaque()))
            return sink.bytes
        }
    }

    private func check(_ status: cairo_status_t) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw Failure(description: String(cString: cairo_status_to_string(status)))
    }

    private func source(_ color: Color) {
        cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
    }

    private func stroke(width: Double, color: Color) {
        source(color)
        cairo_set_line_width(cairo, width)
        cairo_stroke(cairo)
    }

    private func reach(_ y: Double) { bottom = max(bottom, y) }
}

/// A file to write is already there: write over it, or go back to name another (an export's
/// form) or to leave it (the import preview's rejects file, `w`).
struct OverwriteQuestion: Dialog {
    /// The screen the question stands over, and goes back to.
    enum Over {
        case form(Form), importPreview(ImportPreview)
        var isForm: Bool { if case .form = self { true } else { false } }
    }

    var over: Over
    var path: String
    var bytes: [UInt8]
    var preview: [String]?

    init(form: Form, path: String, bytes: [UInt8], preview: [String]?) {
        self.init(over: .form(form), path: path, bytes: bytes, preview: preview)
    }

    init(over: Over, path: String, bytes: [UInt8], preview: [String]?) {
        self.over = over
        self.path = path
        self.bytes = bytes
        self.preview = preview
    }

    enum Command { case overwrite, back }

    var shown: Mode { .overwrite(self) }

    private var back: Mode {
        switch over {
        case .form(let form): .form(form)
        case .importPreview(let p): .importPreview(p)
        }
    }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("y"), .char("Y")], hint: .overwriteYes, .overwrite),
         Binding([.char("n"), .char("N"), .escape], hint: over.isForm ? .overwriteBack : .overwriteKeep, .back)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        guard command == .overwrite else { return Outcome(back) }
        return Outcome(back, [.writeFile(path: path, bytes: bytes, preview: preview, overwrite: true)])
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        switch over {
        case .form(let form): form.draw(&g, s)
        case .importPreview(let p): p.draw(&g, s)
        }
        drawQuestion(&g, s, UIWords.overwriteAsk.text(s.language, path), title: UIWords.overwriteTitle.text(s.language),
                     hints: bindings(s).hintLine(s.language))
    }
}

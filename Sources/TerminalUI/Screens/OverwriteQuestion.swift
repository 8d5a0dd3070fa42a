/// An export's file is already there: write over it, or go back to the form to name another.
struct OverwriteQuestion: Dialog {
    var form: Form
    var path: String
    var bytes: [UInt8]
    var preview: [String]?

    enum Command { case overwrite, back }

    var shown: Mode { .overwrite(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("y"), .char("Y")], hint: .overwriteYes, .overwrite),
         Binding([.char("n"), .char("N"), .escape], hint: .overwriteBack, .back)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        guard command == .overwrite else { return Outcome(.form(form)) }
        return Outcome(.form(form), [.writeFile(path: path, bytes: bytes, preview: preview, overwrite: true)])
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        form.draw(&g, s)
        drawQuestion(&g, s, UIWords.overwriteAsk.text(s.language, path), title: UIWords.overwriteTitle.text(s.language),
                     hints: bindings(s).hintLine(s.language))
    }
}

/// Ctrl-C with text typed in a form: quit anyway, or go back to the form.
struct QuitQuestion: Dialog {
    var form: Form

    enum Command { case quit, back }

    var shown: Mode { .quitAsked(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("y"), .char("Y")], hint: .quitYes, .quit),
         Binding([.char("n"), .char("N"), .escape], hint: .quitBack, .back)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        Outcome(.form(form), quit: command == .quit)
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        form.draw(&g, s)
        drawQuestion(&g, s, UIWords.quitUnsaved.text(s.language), hints: bindings(s).hintLine(s.language))
    }
}

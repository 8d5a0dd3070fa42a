/// A form holding typed text about to be left: Ctrl-C (quit the program) or Esc (close the
/// form) asks first, with the form still behind the question.
struct QuitQuestion: Dialog {
    var form: Form
    /// What `y` does: quit the program (Ctrl-C), or only close the form (Esc).
    var leaving = Leaving.program

    enum Leaving { case program, form }

    enum Command { case leave, back }

    var shown: Mode { .quitAsked(self) }

    func bindings(_ s: AppState) -> [Binding<Command>] {
        [Binding([.char("y"), .char("Y")], hint: leaving == .program ? .quitYes : .discardYes, .leave),
         Binding([.char("n"), .char("N"), .escape], hint: .quitBack, .back)]
    }

    func perform(_ command: Command, _ s: AppState) -> Outcome {
        switch (command, leaving) {
        case (.back, _): Outcome(.form(form))
        case (.leave, .program): Outcome(.form(form), quit: true)
        case (.leave, .form): Outcome(.normal)
        }
    }

    func draw(_ g: inout CellGrid, _ s: AppState) {
        form.draw(&g, s)
        let question: UIWords = leaving == .program ? .quitUnsaved : .discardUnsaved
        drawQuestion(&g, s, question.text(s.language), title: UIWords.unsavedTitle.text(s.language),
                     hints: bindings(s).hintLine(s.language))
    }
}

/// The terminal UI target: state, actions and rendering into a cell grid, with ncurses in one
/// thin backend. Its screens arrive with the terminal UI issue; the target exists now so the
/// dependency direction (core ← store, interchange ← UI ← executable) is fixed from the start.
public enum TerminalUI {}

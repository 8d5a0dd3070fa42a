import CNcursesw
import Foundation

/// The only code that talks to the terminal: it copies a `CellGrid` to the screen and turns
/// keys, mouse and resizes into `Key`s. Everything else is tested without a terminal.
public final class CursesBackend {
    public let colors: Bool
    private var started = false

    /// Call once, before any output. `monochrome` is NO_COLOR, --no-color or a colourless terminal.
    public init(monochrome: Bool, mouse: Bool) {
        // Without a UTF-8 locale ncurses prints Chinese as garbage: fall back to C.UTF-8.
        setlocale(LC_ALL, "")
        if cp_codeset_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        CursesBackend.unblockSignals()
        CursesBackend.installSignalHandlers()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(cp_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        started = true
        var useColor = !monochrome && has_colors()
        if useColor {
            useColor = start_color() == OK
            use_default_colors()
            // One colour pair per role, numbered by the role.
            for role in Role.allCases {
                if let c = Theme.look(role, colour: true).colour { init_pair(Int16(role.rawValue), c, -1) }
            }
        }
        colors = useColor
        if mouse {
            mousemask(cp_all_mouse_events() & ~cp_report_mouse_position(), nil)
            mouseinterval(0)
        }
    }

    public var size: (width: Int, height: Int) { (Int(cp_cols()), Int(cp_lines())) }

    /// Restores the terminal. Safe to call twice.
    public func end() {
        guard started else { return }
        started = false
        endwin()
    }

    deinit { end() }

    public func draw(_ grid: CellGrid) {
        var buffer: [wchar_t] = []
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let style = grid[x, y].style
                let start = x
                buffer.removeAll(keepingCapacity: true)
                while x < grid.width && grid[x, y].style == style {
                    let cell = grid[x, y]
                    if cell.width != 0 {
                        for u in cell.character.unicodeScalars { buffer.append(wchar_t(bitPattern: u.value)) }
                    }
                    x += 1
                }
                cp_attrset(attributes(style))
                _ = buffer.withUnsafeBufferPointer {
                    cp_mvaddnwstr(Int32(y), Int32(start), $0.baseAddress, Int32($0.count))
                }
            }
        }
        cp_attrset(0)
        refresh()
    }

    private func attributes(_ s: CellStyle) -> attr_t {
        var a: attr_t = 0
        if s.bold { a |= cp_a_bold() }
        if s.reverse { a |= cp_a_reverse() }
        if s.underline { a |= cp_a_underline() }
        if s.dim { a |= cp_a_dim() }
        let look = Theme.look(s.role, colour: colors)
        if look.bold { a |= cp_a_bold() }
        if look.underline { a |= cp_a_underline() }
        if look.dim { a |= cp_a_dim() }
        if look.reverse { a |= cp_a_reverse() }
        if colors, look.colour != nil { a |= cp_color_pair(Int32(s.role.rawValue)) }
        return a
    }

    /// `read` returns nil when no key came within this time, so the caller can look around.
    public func pollEvery(milliseconds: Int32) { wtimeout(cp_stdscr(), milliseconds) }

    /// Waits for the next key, mouse event or resize.
    public func read() -> Key? {
        var c: UInt32 = 0
        let r = cp_get_wch(&c)
        if r == ERR { return nil }
        if r == cp_key_code_yes() {
            switch Int32(c) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            case KEY_ENTER: return .enter
            case KEY_RESIZE: return .resize(width: size.width, height: size.height)
            case KEY_MOUSE: return readMouse()
            case cp_key_f(1)...cp_key_f(12): return .function(Int(Int32(c) - cp_key_f(0)))
            default: return nil
            }
        }
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(c + 96)!))
        default:
            guard let u = Unicode.Scalar(c) else { return nil }
            return .char(Character(u))
        }
    }

    private func readMouse() -> Key? {
        var x: Int32 = 0, y: Int32 = 0
        var state: UInt = 0
        guard cp_getmouse(&x, &y, &state) == 0 else { return nil }
        let s = mmask_t(state)
        if s & cp_button4_pressed() != 0 { return .wheelUp }
        if s & cp_button5_pressed() != 0 { return .wheelDown }
        if s & (cp_button1_pressed() | cp_button1_clicked()) != 0 { return .click(x: Int(x), y: Int(y)) }
        return nil
    }

    /// A parent (a job runner, a test harness) can start us with signals blocked; the UI needs
    /// SIGWINCH for resizes and SIGTERM, SIGHUP and SIGINT to restore the terminal.
    private static func unblockSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT] { sigaddset(&set, sig) }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// SIGTERM and SIGHUP end curses and exit; a crash ends curses first, so the message and
    /// the shell prompt land on a usable terminal, then lets the signal do what it would have.
    private static func installSignalHandlers() {
        let quit: @convention(c) (Int32) -> Void = { sig in
            endwin()
            _exit(128 + sig)
        }
        let crash: @convention(c) (Int32) -> Void = { sig in
            endwin()
            signal(sig, SIG_DFL)
            raise(sig)
        }
        signal(SIGTERM, quit)
        signal(SIGHUP, quit)
        signal(SIGINT, quit)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] { signal(sig, crash) }
    }
}

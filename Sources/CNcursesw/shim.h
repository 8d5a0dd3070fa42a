// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#define _XOPEN_SOURCE 700
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/ncurses.h>

// Swift 6 rejects these globals and macros as unsafe or cannot see them at all.
static inline WINDOW *cp_stdscr(void) { return stdscr; }
static inline int cp_lines(void) { return LINES; }
static inline int cp_cols(void) { return COLS; }
static inline attr_t cp_a_bold(void) { return A_BOLD; }
static inline attr_t cp_a_reverse(void) { return A_REVERSE; }
static inline attr_t cp_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cp_a_dim(void) { return A_DIM; }
static inline attr_t cp_color_pair(int n) { return COLOR_PAIR(n); }
static inline int cp_key_f(int n) { return KEY_F(n); }
static inline mmask_t cp_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cp_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t cp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cp_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cp_button5_pressed(void) { return BUTTON5_PRESSED; }

// Wide input: returns OK, KEY_CODE_YES or ERR, with the character or key code in *out.
static inline int cp_get_wch(unsigned int *out) { wint_t c = 0; int r = get_wch(&c); *out = (unsigned int)c; return r; }
static inline int cp_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cp_attrset(attr_t a) { return attrset(a); }
static inline int cp_mvaddnwstr(int y, int x, const wchar_t *s, int n) { return mvaddnwstr(y, x, s, n); }
static inline int cp_mvaddnstr(int y, int x, const char *s, int n) { return mvaddnstr(y, x, s, n); }
// The mouse event's position and buttons, or -1 when none could be read.
static inline int cp_getmouse(int *x, int *y, unsigned long *state) {
    MEVENT e;
    if (getmouse(&e) != OK) return -1;
    *x = e.x; *y = e.y; *state = (unsigned long)e.bstate;
    return 0;
}
static inline int cp_codeset_is_utf8(void) {
    const char *c = nl_langinfo(CODESET);
    return c && (c[0] == 'U' || c[0] == 'u') && (c[1] == 'T' || c[1] == 't') && (c[2] == 'F' || c[2] == 'f');
}


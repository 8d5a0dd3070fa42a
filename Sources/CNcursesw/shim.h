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
static inline mmask_t cp_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cp_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cp_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cp_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cp_button5_pressed(void) { return BUTTON5_PRESSED; }

// The part of ncurses that Swift cannot import directly, as small inline functions.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600 for ncursesw ("prohibited flag"),
// so the wide-character API (get_wch, cchar_t, setcchar) is enabled here, before
// the include. Macros (COLOR_PAIR, A_BOLD, KEY_F, ACS_*) and shared globals
// (stdscr, LINES, COLS, COLORS) are reached through the functions below, which
// Swift 6 imports as plain functions without concurrency diagnostics.
#ifndef RELULAB_CNCURSES_SHIM_H
#define RELULAB_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <ncursesw/curses.h>

// MARK: Globals

/// The standard screen of the current terminal.
static inline WINDOW *relu_stdscr(void) { return stdscr; }

/// Rows of the standard screen (after a resize, the new size).
static inline int relu_rows(void) { return getmaxy(stdscr); }

/// Columns of the standard screen.
static inline int relu_columns(void) { return getmaxx(stdscr); }

/// How many colours the terminal has (valid after start_color).
static inline int relu_color_count(void) { return COLORS; }

/// How many colour pairs the terminal has (valid after start_color).
static inline int relu_color_pair_count(void) { return COLOR_PAIRS; }

// MARK: Attributes

static inline attr_t relu_attr_normal(void) { return A_NORMAL; }
static inline attr_t relu_attr_bold(void) { return A_BOLD; }
static inline attr_t relu_attr_dim(void) { return A_DIM; }
static inline attr_t relu_attr_reverse(void) { return A_REVERSE; }
static inline attr_t relu_attr_underline(void) { return A_UNDERLINE; }

/// The attribute bits that select colour pair `pair`.
static inline attr_t relu_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }

/// Sets the attributes for the text written next (colour pair included).
static inline void relu_set_attributes(attr_t attributes) { (void)attrset((int)attributes); }

// MARK: Start and keys

/// A new screen on standard output, reading standard input (libc's stdin and
/// stdout are shared globals Swift 6 rejects). Nil when the terminal is unknown.
/// The screen's size is the terminal's own, from the window-size ioctl:
/// `use_tioctl(TRUE)` makes it win over LINES and COLUMNS in the environment
/// (a stale or hostile value would size the screen, and the lab's buffers,
/// at any size). `use_env(FALSE)` would not do: it ignores the ioctl too and
/// takes the terminfo entry's 80x24.
static inline SCREEN *relu_newterm(void) {
  use_env(TRUE);
  use_tioctl(TRUE);
  return newterm(NULL, stdout, stdin);
}

/// The key code of function key `n` (F1 is 1).
static inline int relu_key_f(int n) { return KEY_F(n); }

/// The line-drawing character `which` (0 horizontal, 1 vertical, 2-5 the
/// upper-left, upper-right, lower-left and lower-right corners, 6 an up arrow),
/// for terminals whose locale cannot show the Unicode box-drawing characters.
/// Valid only after start-up: ACS_* index a table that newterm fills.
static inline chtype relu_line_character(int which) {
  switch (which) {
  case 0: return ACS_HLINE;
  case 1: return ACS_VLINE;
  case 2: return ACS_ULCORNER;
  case 3: return ACS_URCORNER;
  case 4: return ACS_LLCORNER;
  case 5: return ACS_LRCORNER;
  default: return ACS_UARROW;
  }
}

/// Writes character `character` with attributes at (row, column).
static inline void relu_put_character(int row, int column, chtype character, attr_t attributes) {
  (void)mvaddch(row, column, character | attributes);
}

// MARK: Locale

/// Whether the current locale's character set is UTF-8.
static inline int relu_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/// Adopts the user's locale (LC_ALL, LC_CTYPE, LANG) for the whole program;
/// when it does not load or its character set is not UTF-8, takes C.UTF-8's
/// character set (LC_CTYPE) instead, since the lab's text is UTF-8 and most
/// terminals are. Returns 1 when the character set in force is UTF-8, 0 when
/// no UTF-8 locale could be had (the locale is then the user's, or C).
static inline int relu_adopt_locale(void) {
  const char *adopted = setlocale(LC_ALL, "");
  if (adopted != NULL && relu_locale_is_utf8()) return 1;
  if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && relu_locale_is_utf8()) return 1;
  return relu_locale_is_utf8();
}

// MARK: Mouse

/// Reports the first button going down and the wheel (buttons 4 and 5) as
/// KEY_MOUSE. No click interval: a press is reported at once, with no wait
/// for the release (ncurses' default of a sixth of a second would delay every
/// click, and a click mask would need the release to arrive first).
static inline void relu_enable_mouse(void) {
  mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
}

/// The mouse event KEY_MOUSE announced: its screen cell in `row` and
/// `column`, and 1 for the first button, 4 for the wheel up, 5 for the wheel
/// down, 0 for anything else, -1 when there was none.
static inline int relu_mouse_event(int *row, int *column) {
  MEVENT event;
  if (getmouse(&event) != OK) return -1;
  *row = event.y;
  *column = event.x;
  if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  if (event.bstate & BUTTON4_PRESSED) return 4;
  if (event.bstate & BUTTON5_PRESSED) return 5;
  return 0;
}

#endif

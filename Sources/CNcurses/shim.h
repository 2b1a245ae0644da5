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

#include <locale.h>
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

// MARK: Keys and line drawing

/// The key code of function key `n` (F1 is 1).
static inline int relu_key_f(int n) { return KEY_F(n); }

/// A horizontal line of `length` cells at (row, column), with the line-drawing
/// character the terminal offers (ACS_HLINE is only valid after start-up).
static inline void relu_hline(int row, int column, int length) {
  (void)mvhline(row, column, ACS_HLINE, length);
}

/// A vertical line of `length` cells at (row, column).
static inline void relu_vline(int row, int column, int length) {
  (void)mvvline(row, column, ACS_VLINE, length);
}

#endif

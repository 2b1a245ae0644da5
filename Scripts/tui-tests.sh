#!/usr/bin/env bash
# End-to-end tests of the full-screen lab: drives the real relulab binary in
# tmux on a private socket and asserts on what the screen shows.
#
# Usage: Scripts/tui-tests.sh            (builds relulab first)
#        RELULAB_BIN=path Scripts/tui-tests.sh
#        TUI_ONLY=chinese Scripts/tui-tests.sh   (the tests whose name has it)
# Prints one line per test and ends with "tui: N passed, M failed"; exits
# non-zero when any test failed.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v tmux >/dev/null || { echo "tui: tmux is not installed" >&2; exit 1; }

if [[ -z "${RELULAB_BIN:-}" ]]; then
  swift build --product relulab >/dev/null 2>&1 || swift build --product relulab
  RELULAB_BIN="$(swift build --show-bin-path)/relulab"
fi
[[ -x "$RELULAB_BIN" ]] || { echo "tui: no relulab binary at $RELULAB_BIN" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/relulab-tui.XXXXXX")
sock="$work/tmux.sock"
cleanup() {
  tmux -S "$sock" kill-server >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
session=""
sessions=0
exit_marker="RELULAB-EXIT="

now_ms() { date +%s%3N; }

tm() { tmux -S "$sock" "$@"; }

screen() { tm capture-pane -p -t "$session"; }

# Row N (1-based) of the screen.
row() { screen | sed -n "${1}p"; }

# Polls the screen every 50 ms until `CHECK... SCREEN` succeeds, for at most
# $2 seconds; on a timeout says what it waited for ($1) and shows the screen.
poll() {
  local what=$1 deadline=$(($(now_ms) + $2 * 1000)) shown
  shift 2
  while :; do
    shown=$(screen)
    "$@" "$shown" && return 0
    if (($(now_ms) > deadline)); then
      echo "    timed out waiting for $what"
      sed 's/^/    | /' <<<"$shown"
      return 1
    fi
    sleep 0.05
  done
}

contains() { grep -qF -- "$1" <<<"$2"; }
not_contains() { ! grep -qF -- "$1" <<<"$2"; }
row_matches() { sed -n "${1}p" <<<"$3" | grep -qE -- "$2"; }
differs() { [[ "$1" != "$2" ]]; }
# Whether the screen ($3) holds more than $2 lines containing $1.
more_than() { (($(grep -cF -- "$1" <<<"$3") > $2)); }

# Waits until the screen contains the fixed string $1 (timeout $2 seconds, default 10).
wait_for() { poll "$1" "${2:-10}" contains "$1"; }

# Waits until row $1 matches the extended regular expression $2.
wait_for_row() { poll "row $1 to match: $2" "${3:-10}" row_matches "$1" "$2"; }

# Waits until the screen differs from $1.
wait_for_change() { poll "the screen to change" "${2:-10}" differs "$1"; }

# Waits until the input row (row $1) shows the prompt and exactly the text $2,
# with the cursor right after it (capture-pane drops trailing spaces, the
# cursor's column does not).
wait_for_input() {
  local number=$1 text=$2 column
  wait_for_row "$number" "^relulab> $(sed 's/[][\\.^$*+?(){}|]/\\&/g' <<<"${text% }") *\$" ||
    return 1
  column=$(tm display -p -t "$session" '#{cursor_x}')
  # Display columns: a wide (Chinese) character takes two.
  ((column == 9 + $(printf '%s' "$text" | LC_ALL=C.UTF-8 wc -L))) ||
    { echo "    the cursor is at column $column, not after '$text'"; return 1; }
}

# Types text, then Enter.
type_line() {
  tm send-keys -t "$session" -l -- "$1"
  tm send-keys -t "$session" Enter
}

# Starts a shell in a new detached session of size $1x$2, then relulab with
# the remaining arguments; waits for the lab's first frame.
start_lab() {
  local width=$1 height=$2
  shift 2
  sessions=$((sessions + 1))
  session="lab$sessions"
  # lab_locale, lab_lang and lab_locpath (set by a test) run the lab in
  # another locale; an empty lab_locale leaves LC_ALL empty (unset, to
  # setlocale), so LANG decides.
  tm -f /dev/null new-session -d -s "$session" -x "$width" -y "$height" \
    -e LC_ALL="${lab_locale-C.UTF-8}" -e LANG="${lab_lang:-C.UTF-8}" \
    -e LOCPATH="${lab_locpath:-}" -e TERM=xterm-256color \
    -e XDG_STATE_HOME="$work/state" "bash --norc --noprofile"
  # The shell is ready when it has run a command (the marker is printf's output,
  # not the command line).
  type_line "printf 'shell-%s\\n' ready"
  wait_for 'shell-ready' || return 1
  local command
  command=$(printf '%q ' "$RELULAB_BIN" "$@")
  type_line "$command; echo $exit_marker\$?"
  wait_for 'relulab>' || return 1
  wait_for_row "$((height - 1))" '^ (layer|paused|pause|Lesson|第|层|暂停)' || return 1
}

# Asserts that the lab has ended with status $1 and the shell is back, out of
# the alternate screen.
expect_clean_exit() {
  wait_for "$exit_marker$1" || return 1
  local alternate
  alternate=$(tm display -p -t "$session" '#{alternate_on}')
  [[ "$alternate" == 0 ]] || { echo "    still in the alternate screen"; return 1; }
}

# The plot rows (1 to $1) of the screen.
plot_rows() { screen | sed -n "1,${1}p"; }

# "row:column" of the first character $1 in the plot rows below the legend
# (rows 3 to 17), or nothing.
position_of() {
  plot_rows 17 | awk -v mark="$1" 'NR > 2 { i = index($0, mark); if (i) { print NR ":" i; exit } }'
}

# Runs one test; with TUI_ONLY set, only the tests whose function name
# contains it (a test that needs the ones before it needs them named too).
run_test() {
  local name=$1
  shift
  [[ -z "${TUI_ONLY:-}" || "$1" == *"$TUI_ONLY"* ]] || return 0
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}

# --- the tests: one lab session, in order --------------------------------

test_plot_appears() {
  start_lab 100 30 || return 1
  wait_for_row 1 "relu .*relu'" || return 1
  wait_for '+----------+' || return 1
  wait_for '── output ──' || return 1
  [[ "$(row 29)" == *"alpha 0.01"* ]] || { echo "    no alpha on the status line"; return 1; }
}

test_set_alpha_changes_status_and_curve() {
  type_line "plot leaky" || return 1
  wait_for "leaky (alpha=0.01)" || return 1
  local before after
  before=$(plot_rows 17 | cut -c1-50)
  type_line "set alpha 0.3" || return 1
  wait_for_row 29 'alpha 0\.3 ' || return 1
  wait_for "leaky (alpha=0.3)" || return 1
  after=$(plot_rows 17 | cut -c1-50)
  [[ "$before" != "$after" ]] || { echo "    the left half of the curve did not change"; return 1; }
}

test_feed_shows_points() {
  type_line "feed -4 -2 2 4" || return 1
  wait_for "4 values, 2 active" || return 1
  local points
  points=$(plot_rows 17 | grep -o X | wc -l)
  ((points >= 3)) || { echo "    $points feed points on the plot"; screen; return 1; }
}

test_step_moves_the_marker() {
  # With no decay yet, F4 starts the default one and takes its first step.
  tm send-keys -t "$session" F4
  wait_for_row 29 'step 1 ' || return 1
  wait_for "decay relu from 0.9 to 0.5" || return 1
  local first second
  first=$(position_of C)
  [[ -n "$first" ]] || { echo "    no current-step marker C"; screen; return 1; }
  tm send-keys -t "$session" F4
  wait_for_row 29 'step 2 ' || return 1
  second=$(position_of C)
  [[ -n "$second" && "$first" != "$second" ]] ||
    { echo "    the marker stayed at $first (now '$second')"; return 1; }
  wait_for "     2  0.5      0.5         1" || return 1
}

test_decay_shows_the_function_and_the_step_chart() {
  # The decay above: its function zoomed on the left, the step chart on the right.
  wait_for ". target 0.5" || return 1
  wait_for "relu(z) by step" || return 1
  local marks
  marks=$(plot_rows 17 | sed -n '3,17p' | grep -o C | wc -l)
  ((marks == 2)) || { echo "    $marks current-step markers, not one per view"; screen; return 1; }
}

test_compare_draws_the_race() {
  type_line "compare" || return 1
  wait_for "sigmoid: reached after 67 steps" || return 1
  wait_for "relu: reached after 2 steps" || return 1
  plot_rows 17 | grep -qF "%%%%" || { echo "    no sigmoid trajectory"; screen; return 1; }
}

test_clear_goes_back_to_the_functions() {
  type_line "clear" || return 1
  wait_for "cleared everything but the curves from the plot" || return 1
  # The curves plotted before: leaky (plot leaky), and relu, which the feed
  # through the relu layer added for its points.
  wait_for_row 1 '^ # leaky \(alpha=0\.3\)  \* relu *$' || return 1
  ! plot_rows 17 | grep -qE "target 0\.5|X feed" || { echo "    overlays left"; screen; return 1; }
}

test_run_key_on_a_finished_decay() {
  # relu from 0.9 to 0.5 is over after the two steps above: F5 says so, F6 resets.
  tm send-keys -t "$session" F5
  wait_for "the decay already reached 0.5 after 2 steps; F6 resets it" || return 1
  tm send-keys -t "$session" F6
  wait_for_row 29 'step 0 ' || return 1
}

test_paste_is_quick() {
  # 2,000 characters in one go: the line shows its end at once, not after minutes.
  local filler
  filler=$(printf 'x%.0s' $(seq 1990))
  tm send-keys -t "$session" -l -- "say $filler END"
  wait_for_row 30 'xxx END$' 10 || return 1
  tm send-keys -t "$session" Enter
  wait_for "xxx END" || return 1
  wait_for_row 30 '^relulab> *$' || return 1
}

test_tab_completes_what_each_command_takes() {
  tm send-keys -t "$session" -l "set grad0 r"
  tm send-keys -t "$session" Tab
  wait_for_input 30 "set grad0 right " || return 1
  tm send-keys -t "$session" C-u
  tm send-keys -t "$session" -l "use l"
  tm send-keys -t "$session" Tab
  wait_for_input 30 "use leaky " || return 1
  tm send-keys -t "$session" C-u
  tm send-keys -t "$session" -l "use relu; pl"
  tm send-keys -t "$session" Tab
  wait_for_input 30 "use relu; plot " || return 1
  tm send-keys -t "$session" Tab
  wait_for "Tab: relu  leaky  sigmoid  tanh  elu  softplus  prelu  rrelu  relu'" || return 1
  tm send-keys -t "$session" -l "t"
  wait_for_row 30 'plot t$' || return 1
  ! screen | grep -qF "Tab: relu" || { echo "    the candidates stayed after a key"; return 1; }
  tm send-keys -t "$session" C-u
  wait_for_row 30 '^relulab> *$' || return 1
}

test_help_opens_at_its_top() {
  tm resize-window -t "$session" -x 70 -y 20
  wait_for_row 19 '^ layer ' || return 1
  type_line "help" || return 1
  wait_for_row 1 '^ ReluLab commands' || return 1
  wait_for_row 18 'lines 1-17 of [0-9]+: more below: Space or PgDn, q or Esc closes' || return 1
  contains "set SETTING VALUE" "$(screen)" || { echo "    set is not on the first page"; return 1; }
  tm send-keys -t "$session" PageDown
  wait_for_row 18 ' 18-34' || return 1
  tm send-keys -t "$session" q
  wait_for "(help is open above: q or Esc closes it)" || return 1
  ! screen | grep -qF "more below" || { echo "    the viewer stayed after q"; return 1; }
  tm resize-window -t "$session" -x 100 -y 30
  wait_for_row 29 '^ layer ' || return 1
}

test_an_error_is_one_line_under_the_echo() {
  type_line "set alpah 3" || return 1
  wait_for "relulab> set alpah 3" || return 1
  wait_for "             ^~~~~ unknown setting 'alpah'; did you mean 'alpha'?" || return 1
  ! screen | grep -qF "<input>:" || { echo "    the error still names <input>"; return 1; }
}

test_ctrl_r_searches_the_history() {
  type_line "set alpha 0.2" || return 1
  wait_for_row 29 'alpha 0\.2 ' || return 1
  tm send-keys -t "$session" C-r
  tm send-keys -t "$session" -l "0.3"
  wait_for_row 30 '^history search "0\.3": set alpha 0\.3 *$' || return 1
  tm send-keys -t "$session" Enter
  wait_for_row 29 'alpha 0\.3 ' || return 1
  tm send-keys -t "$session" C-r
  tm send-keys -t "$session" -l "zzz"
  wait_for_row 30 '^history search "zzz" \(none\):' || return 1
  tm send-keys -t "$session" Escape
  wait_for_row 30 '^relulab> *$' || return 1
}

test_up_recalls_what_starts_with_the_text() {
  tm send-keys -t "$session" -l "set a"
  tm send-keys -t "$session" Up
  wait_for_input 30 "set alpha 0.3" || return 1
  tm send-keys -t "$session" Up
  wait_for_input 30 "set alpha 0.2" || return 1
  tm send-keys -t "$session" Down Down
  wait_for_input 30 "set a" || return 1
  tm send-keys -t "$session" C-u
  wait_for_row 30 '^relulab> *$' || return 1
}

test_bracketed_paste_runs_nothing_until_enter() {
  printf 'relulab> set alpha 0.4\nalpha = 0.4\nrelulab> plot leaky  # the curve\n' >"$work/paste.txt"
  tm load-buffer "$work/paste.txt"
  tm paste-buffer -p -t "$session"
  wait_for_input 30 "set alpha 0.4; plot leaky" || return 1
  [[ "$(row 29)" == *"alpha 0.3 "* ]] || { echo "    the paste ran before Enter"; return 1; }
  tm send-keys -t "$session" Enter
  wait_for_row 29 'alpha 0\.4 ' || return 1
  wait_for "leaky (alpha=0.4)" || return 1
}

test_resize_relays_out() {
  tm resize-window -t "$session" -x 140 -y 35
  wait_for_row 34 '^ layer ' || return 1
  wait_for_row 35 '^relulab>' || return 1
  [[ "$(row 5 | cut -c85-87)" == *"│"* ]] || { echo "    no side-by-side rule"; screen; return 1; }
  tm resize-window -t "$session" -x 60 -y 20
  wait_for_row 19 '^ layer ' || return 1
  tm resize-window -t "$session" -x 30 -y 10
  wait_for "Enlarge window: 40x14 needed" || return 1
  tm resize-window -t "$session" -x 100 -y 30
  wait_for_row 29 '^ layer ' || return 1
  wait_for_row 30 '^relulab>' || return 1
}

test_help_overlay_and_ctrl_c() {
  tm send-keys -t "$session" F1
  wait_for "ReluLab keys" || return 1
  local shown
  shown=$(screen)
  tm send-keys -t "$session" Escape
  wait_for_change "$shown" || return 1
  ! screen | grep -qF "ReluLab keys" || { echo "    the overlay stayed"; return 1; }
  tm send-keys -t "$session" -l "feed 1 2 3"
  wait_for_row 30 'feed 1 2 3' || return 1
  tm send-keys -t "$session" C-c
  wait_for_row 30 '^relulab> *$' || return 1
}

test_quit_leaves_a_clean_shell() {
  type_line "quit" || return 1
  expect_clean_exit 0 || return 1
  grep -qx "quit" "$work/state/relulab/history" ||
    { echo "    the history file lacks the session's commands"; return 1; }
}

# --- separate sessions ---------------------------------------------------

# LC_ALL=C in a UTF-8 terminal: non-ASCII keys and bytes that are not UTF-8
# (a Latin-1 é, GB18030's 你) never take the keys after them (D19).
test_c_locale_keeps_the_keys() {
  lab_locale=C start_lab 100 30 || return 1
  tm send-keys -t "$session" -l "say café 你好 end"
  tm send-keys -t "$session" -H e9 61 62 63 c4 e3 64 65
  tm send-keys -t "$session" Enter
  wait_for "» café 你好 endabcde" || return 1
  type_line "quit"
  expect_clean_exit 0
}

# LC_ALL=zh_CN.GB18030 (built with localedef into a private LOCPATH): the
# lab takes C.UTF-8's character set and shows the Chinese lesson (D21).
test_gb18030_lesson_is_chinese() {
  if ! command -v localedef >/dev/null; then
    echo "    skipped: localedef is missing, so no zh_CN.GB18030 locale can be built"
    return 0
  fi
  mkdir -p "$work/locales"
  localedef -i zh_CN -f GB18030 "$work/locales/zh_CN.GB18030" >/dev/null 2>&1 ||
    { echo "    localedef could not build zh_CN.GB18030"; return 1; }
  lab_locale=zh_CN.GB18030 lab_locpath="$work/locales" start_lab 120 36 --lesson 1 || return 1
  wait_for "ReLU 是什么" || return 1
  if screen | grep -q '???'; then echo "    question marks on screen"; return 1; fi
  tm send-keys -t "$session" q
  type_line "quit"
  expect_clean_exit 0
}

# LANG=zh_CN.UTF-8 where that locale is not installed, LC_ALL unset:
# setlocale(LC_ALL, "") fails, the lab takes C.UTF-8's character set and
# draws Chinese (never '?'), its rules in ASCII (not ACS line drawing, which
# showed as "qq output qqq" in a failed locale); at 60 columns the status
# line, its hints, the F1 box and a lesson's pause fit, and wide characters
# typed on the input line put the cursor after them.
test_missing_zh_locale_shows_chinese() {
  if locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8'; then
    echo "    skipped: zh_CN.UTF-8 is installed here, so it cannot fail to load"
    return 0
  fi
  lab_locale='' lab_lang=zh_CN.UTF-8 start_lab 60 20 || return 1
  wait_for "-- 输出 ------" || return 1
  wait_for "：输入命令（help 列出全部），F1 查看按键" || return 1
  wait_for_row 19 '^ 层 relu \| alpha 0\.01 \| lr 0\.2 +F1 帮助' || return 1
  no_garbage || return 1
  tm send-keys -t "$session" -l "feed [1，-2，3]"
  wait_for_input 20 "feed [1，-2，3]" || return 1
  tm send-keys -t "$session" Enter
  wait_for "relulab> feed [1，-2，3]" || return 1
  tm send-keys -t "$session" F1
  wait_for "+- ReluLab 按键 ---" || return 1
  wait_for "| help 看全部命令，help 命令名 看一个；任意键关闭" || return 1
  fits 60 || return 1
  tm send-keys -t "$session" Space
  type_line "lesson 1" || return 1
  wait_for "第 1/" || return 1
  wait_for "处暂停：空格/回车 继续，b 返回，q 退出本课" || return 1
  wait_for "-- 第 1 课：ReLU 是什么 " || return 1
  no_garbage || return 1
  fits 60 || return 1
  tm send-keys -t "$session" q
  wait_for "（已在第 1/" || return 1
  type_line "quit"
  expect_clean_exit 0
}

# No '?' for text the terminal can show, and no ACS letters for rules.
no_garbage() {
  local shown
  shown=$(screen)
  if grep -q '??' <<<"$shown"; then echo "    question marks on screen"; return 1; fi
  if grep -qE 'qqq|lqq|qqk' <<<"$shown"; then echo "    line drawing shown as letters"; return 1; fi
}

# Every row fits $1 columns, counted by display width.
fits() {
  local widest
  widest=$(screen | LC_ALL=C.UTF-8 wc -L)
  ((widest <= $1)) || { echo "    a row $widest columns wide on a $1-column screen"; return 1; }
}

test_script_pause_then_stay() {
  cat >"$work/lesson.relu" <<'SCRIPT'
plot leaky
set alpha 0.5
say Look at the bend at zero
pause
say 好 after the pause
SCRIPT
  start_lab 100 30 -i "$work/lesson.relu" || return 1
  wait_for "paused at 1 of 1" || return 1
  wait_for "leaky (alpha=0.5)" || return 1
  wait_for "Look at the bend at zero" || return 1  # in the narration box, above the output
  ! screen | grep -qF "after the pause" || { echo "    the script did not wait"; return 1; }
  tm send-keys -t "$session" Space
  wait_for "» 好 after the pause" || return 1
  wait_for_row 29 '^ layer ' || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# A shipped lesson with -i: two pauses passed, then b goes back to the second,
# with the output pane, plot marker and status as they were there.
test_lesson_steps_back() {
  start_lab 100 32 -i Scripts/lessons/en/02-fast.relu || return 1
  wait_for "paused at 1 of " || return 1
  wait_for "relulab> decay relu from 0.9 to 0.5" || return 1
  tm send-keys -t "$session" Space
  wait_for "paused at 2 of " || return 1
  wait_for "     1  0.7      0.7         1" || return 1
  tm send-keys -t "$session" Enter
  wait_for "paused at 3 of " || return 1
  wait_for "     2  0.5      0.5         1" || return 1
  tm send-keys -t "$session" b
  wait_for "paused at 2 of " || return 1
  ! screen | grep -qF "     2  0.5      0.5" || { echo "    step 2 still shown after b"; return 1; }
  tm send-keys -t "$session" q
  wait_for "(left the lesson at pause 2 of " || return 1
  wait_for_row 31 '^ layer relu .* step 1 .*\| Lesson 2: why ReLU trains fast' || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# --lesson in Chinese, from another folder: the text is the lesson's, the
# status line and the wrapped lines fit the screen by display width.
test_lesson_in_chinese() {
  start_lab 80 24 --lesson 3 --lang zh || return 1
  wait_for "第 1/" || return 1
  wait_for "处暂停：空格/回车 继续，b 返回，q 退出本课" || return 1
  wait_for "z 落到哪儿去了？看看" || return 1  # in the narration box
  tm send-keys -t "$session" Space Space
  wait_for "第 3/" || return 1
  wait_for "relulab> decay relu from last to 0.5 lr 0.2" || return 1
  tm send-keys -t "$session" q
  # The status line drops whole fields (the title first), never a number's digits.
  wait_for_row 23 '^ 层 relu \| alpha 0\.01 \| lr 1 \| relu 第 0 步 z=-0\.1 f=0 死亡' || return 1
  local widest
  widest=$(screen | LC_ALL=C.UTF-8 wc -L)
  ((widest <= 80)) || { echo "    a row $widest columns wide on an 80-column screen"; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

test_sigterm_restores_the_terminal() {
  start_lab 80 24 || return 1
  local shell lab
  shell=$(tm display -p -t "$session" '#{pane_pid}')
  lab=$(pgrep -P "$shell" | head -n 1)
  [[ -n "$lab" ]] || { echo "    no relulab process under the pane's shell"; return 1; }
  kill -TERM "$lab"
  expect_clean_exit 143
}

# The pid of the relulab running under the current session's shell.
lab_pid() {
  local shell
  shell=$(tm display -p -t "$session" '#{pane_pid}')
  pgrep -P "$shell" | head -n 1
}

# Each ending signal restores the terminal and ends with 128 + its number.
test_signals_restore_the_terminal() {
  local name number lab
  for name in HUP QUIT TERM; do
    number=$(kill -l "$name")
    start_lab 80 24 || return 1
    type_line "say before the $name" || return 1
    wait_for "before the $name" || return 1
    lab=$(lab_pid)
    [[ -n "$lab" ]] || { echo "    no relulab process under the pane's shell"; return 1; }
    kill "-$name" "$lab"
    expect_clean_exit $((128 + number)) || { echo "    after SIG$name"; return 1; }
    ! screen | grep -qF "crashed" || { echo "    SIG$name printed a crash"; return 1; }
    grep -qx "say before the $name" "$work/state/relulab/history" ||
      { echo "    the history lacks the line typed before SIG$name"; return 1; }
  done
}

# SIGTSTP gives the shell back its terminal; fg brings the lab back as it was.
test_stop_and_continue() {
  start_lab 80 24 || return 1
  type_line "set alpha 0.3" || return 1
  wait_for_row 23 'alpha 0\.3 ' || return 1
  local lab alternate
  lab=$(lab_pid)
  kill -TSTP "$lab"
  wait_for "Stopped" || return 1
  alternate=$(tm display -p -t "$session" '#{alternate_on}')
  [[ "$alternate" == 0 ]] || { echo "    still in the alternate screen while stopped"; return 1; }
  type_line "fg" || return 1
  wait_for_row 23 'alpha 0\.3 ' || return 1
  wait_for_row 24 '^relulab>' || return 1
  type_line "say back again" || return 1
  wait_for "back again" || return 1
  tm send-keys -t "$session" C-d
  # The shell ran the exit marker when the job stopped; now it shows the
  # prompt again after fg, out of the alternate screen.
  poll "the shell's prompt after fg" 10 prompt_after_fg || return 1
  alternate=$(tm display -p -t "$session" '#{alternate_on}')
  [[ "$alternate" == 0 ]] || { echo "    still in the alternate screen"; return 1; }
}

# Whether the lab has gone and the shell's prompt is back after `fg`.
prompt_after_fg() {
  contains '# fg' "$1" && [[ "$(grep -v '^$' <<<"$1" | tail -n 1)" =~ \#\ *$ ]]
}

# Six 100,000-character lines in the output do not slow typing: each line is
# wrapped once, and a frame reads only the rows it shows.
test_long_output_lines_keep_typing_quick() {
  local long
  long=$(printf 'x%.0s' $(seq 100000))
  for _ in 1 2 3 4 5 6; do printf 'say %s\n' "$long"; done >"$work/long.relu"
  start_lab 100 30 -i "$work/long.relu" || return 1
  wait_for_row 30 '^relulab> *$' 20 || return 1
  tm send-keys -t "$session" -l "feed 1 -2 3 -4"
  tm send-keys -t "$session" Enter
  wait_for "4 values, 2 active" 5 || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# A kill -9 leaves the history with every line typed before it, and no temp file.
test_kill_9_keeps_the_history() {
  start_lab 80 24 || return 1
  local line
  for line in "feed 1 -2" "set alpha 0.2" "step"; do
    type_line "$line" || return 1
  done
  wait_for "relulab> step" || return 1
  kill -KILL "$(lab_pid)"
  wait_for "${exit_marker}137" || return 1
  tm send-keys -t "$session" "reset" Enter
  tail -n 3 "$work/state/relulab/history" | diff - <(printf '%s\n' "feed 1 -2" "set alpha 0.2" "step") ||
    { echo "    the history lost lines"; return 1; }
  # history.lock is the lock two labs share the history under, kept on purpose.
  [[ "$(ls -A "$work/state/relulab" | grep -vx history.lock)" == history ]] ||
    { echo "    stray files left"; return 1; }
}

test_no_color() {
  start_lab 80 24 || return 1
  local colored plain
  colored=$(tm capture-pane -p -e -t "$session")
  grep -q $'\e\[[0-9;]*3[1-6]m' <<<"$colored" || { echo "    no colours by default"; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0 || return 1
  start_lab 80 24 --no-color || return 1
  plain=$(tm capture-pane -p -e -t "$session")
  ! grep -q $'\e\[[0-9;]*3[1-6]m' <<<"$plain" || { echo "    colours despite --no-color"; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0 || return 1
  ! grep -q $'\e\[2m' <<<"$colored" ||
    { echo "    dim text by default (tick labels are at normal intensity)"; return 1; }
  start_lab 80 24 --high-contrast || return 1
  local projected
  projected=$(tm capture-pane -p -e -t "$session")
  ! grep -q $'\e\[2m' <<<"$projected" || { echo "    dim text despite --high-contrast"; return 1; }
  grep -q $'\e\[1m' <<<"$projected" || { echo "    nothing bold with --high-contrast"; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# Braille at a colour terminal: curves told apart by colour alone (no glyph
# in the plot rows, a swatch per series, four series colours), every whole
# number on the y axis and both ends of x labelled; with --no-color the
# glyphs come back.
test_braille_in_colour() {
  start_lab 100 32 || return 1
  type_line "set canvas braille; plot relu leaky sigmoid tanh" || return 1
  wait_for_row 1 '^ ⠶⠶ relu  ⠶⠶ leaky' || return 1
  local rows colours
  rows=$(plot_rows 17 | sed -n '2,17p')
  ! grep -q '[*#%&]' <<<"$rows" || { echo "    a glyph among the braille"; screen; return 1; }
  for label in ' 5+' ' 4+' ' 3+' ' 2+' ' 1+' ' 0+' '-1+'; do
    contains "$label" "$rows" || { echo "    no y label '$label'"; screen; return 1; }
  done
  row 18 | grep -qE '^ +-5 .* 5$' || { echo "    x ends not labelled: $(row 18)"; return 1; }
  colours=$(tm capture-pane -p -e -t "$session" | sed -n '2,17p' | grep -oE $'\e\[38;5;[0-9]+m' |
    sort -u | wc -l)
  ((colours >= 4)) || { echo "    $colours series colours, not 4"; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0 || return 1
  start_lab 100 32 --no-color || return 1
  type_line "set canvas braille; plot relu leaky sigmoid tanh" || return 1
  wait_for_row 1 '^ \* relu  # leaky' || return 1
  plot_rows 17 | sed -n '2,17p' | grep '[*#%&]' | grep -q '⣀\|⠉\|⠤\|⠒' ||
    { echo "    no glyph marks without colour"; screen; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# --- the scene: the last command that shows something picks the view -----

# Whether the plot rows $1 to $2 of screen $4 contain the fixed string $3.
rows_contain() { sed -n "${1},${2}p" <<<"$4" | grep -qF -- "$3"; }

# Whether rows $1 to $2 of screen $4 differ from the text $3.
rows_differ() { [[ "$(sed -n "${1},${2}p" <<<"$4")" != "$3" ]]; }

# After a decay, plot F... shows exactly F...: both curves, the trail on
# relu's, and no step chart; F3 then moves leaky's left half.
test_plot_after_a_decay_shows_exactly_its_curves() {
  start_lab 120 36 || return 1
  type_line "set alpha 0.2; decay relu from 0.9 to 0.5; run" || return 1
  wait_for_row 35 ' step 2 .*reached' || return 1
  wait_for "relu(z) by step" || return 1
  type_line "plot relu leaky" || return 1
  wait_for_row 1 '^ \* relu  # leaky \(alpha=0\.2\)' || return 1
  poll "relu's * and leaky's # in the plot rows" 10 rows_contain 2 19 "*" || return 1
  rows_contain 2 19 "#" "$(screen)" || { echo "    no leaky # in the plot rows"; screen; return 1; }
  ! screen | grep -qE "by step|step chart" || { echo "    the decay view stayed"; screen; return 1; }
  contains "C now (step 2)" "$(row 1)" || { echo "    no trail on relu: $(row 1)"; return 1; }
  local before
  before=$(screen | sed -n '2,19p')
  tm send-keys -t "$session" F3
  wait_for_row 35 'alpha 0\.3 ' || return 1
  wait_for_row 1 '^ \* relu  # leaky \(alpha=0\.3\)' || return 1
  poll "the plot rows to change" 10 rows_differ 2 19 "$before" || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# At 80x24 the decay view keeps its curve and marker and names the step
# chart it leaves out; view steps shows the chart.
test_small_decay_view_names_the_step_chart() {
  start_lab 80 24 || return 1
  type_line "decay relu from 0.9 to 0.5" || return 1
  wait_for_row 13 '^ step chart left out: view steps, or widen the window by [0-9]+ columns *$' ||
    return 1
  wait_for_row 1 '^ \* relu  C now \(step 0\)' || return 1
  rows_contain 2 12 "C" "$(screen)" || { echo "    no marker C on the curve"; screen; return 1; }
  ! contains "by step" "$(screen)" || { echo "    a step chart despite the note"; screen; return 1; }
  type_line "view steps" || return 1
  wait_for_row 1 '^ \. target 0\.5  \* relu\(z\) by step  C now \(step 0\)' || return 1
  wait_for "showing the step chart (view steps)" || return 1
  ! contains "step chart left out" "$(screen)" || { echo "    the note stayed"; screen; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# F7 goes round the views that have something to show, and the status line
# (wide enough for the full line) names the one on screen.
test_f7_cycles_the_views() {
  start_lab 170 30 || return 1
  type_line "decay relu from 0.9 to 0.5" || return 1
  wait_for_row 29 '\| view decay \(F7\) ' || return 1
  type_line "compare" || return 1
  wait_for_row 29 '\| view race \(F7\) ' || return 1
  wait_for "sigmoid: reached after 67 steps" || return 1
  ! row 29 | grep -qF "decay relu step" || { echo "    the decay's state with the race"; return 1; }
  local view
  for view in plot decay race; do
    tm send-keys -t "$session" F7
    wait_for_row 29 "\\| view $view \\(F7\\) " || return 1
  done
  wait_for_row 1 '^ \. target 0\.5  \* relu: reached after 2 steps' || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# A mouse button as the terminal sends it for TERM=tmux-256color (X10
# mouse): ESC [ M, then 32 + the button (0 the first, 3 the release, 64 and
# 65 the wheel), 32 + the column and 32 + the row, both from 1.
mouse() {
  tm send-keys -t "$session" -H 1b 5b 4d \
    "$(printf %x $((32 + $1)))" "$(printf %x $((32 + $2)))" "$(printf %x $((32 + $3)))"
}

# A click: the first button down and up at column $1, row $2.
click() {
  mouse 0 "$1" "$2"
  mouse 3 "$1" "$2"
}

# F8 puts the trace cursor on relu at the kink, with its readout under the
# plot; a click on the plot moves it there, a click on a legend entry hides
# that curve, the wheel scrolls the output, arrows and Esc move and remove it.
test_mouse_moves_the_trace_cursor() {
  start_lab 80 24 || return 1
  wait_for_row 23 'F8 trace' || return 1
  tm send-keys -t "$session" F8
  wait_for_row 13 "^ relu\(0\) = 0   relu'\(0-\) = 0, relu'\(0\+\) = 1, relu'\(0\) = 0 by pytorch" ||
    return 1
  local kink
  kink=$(awk 'NR == 5 { print index($0, "!") }' <<<"$(screen)")
  ((kink > 0)) || { echo "    no cursor column"; screen; return 1; }
  # A click 20 columns right of the kink: x there, whatever the column's value.
  click $((kink + 20)) 5
  wait_for_row 13 "^ relu\([0-9.]+\) = [0-9.]+   relu'\([0-9.]+\) = 1\$" || return 1
  [[ "$(awk 'NR == 5 { print index($0, "!") }' <<<"$(screen)")" == $((kink + 20)) ]] ||
    { echo "    the cursor is not where the click was"; screen; return 1; }
  tm send-keys -t "$session" Tab
  wait_for_row 13 "^ relu\(0\) = 0 " || return 1
  # The legend's "= relu'" starts at column 10 (from 1).
  click 12 1
  wait_for_row 1 "^ \* relu  = relu' \(hidden\)" || return 1
  wait_for "relu' hidden (toggle relu' shows it again)" || return 1
  click 12 1
  wait_for "relu' shown again" || return 1
  type_line "show" || return 1
  wait_for "lang" || return 1
  mouse 64 10 18
  wait_for "output (scrolled back" || return 1
  mouse 65 10 18
  mouse 65 10 18
  mouse 65 10 18
  poll "the output to scroll to its end" 10 not_contains "scrolled back" || return 1
  tm send-keys -t "$session" Escape
  poll "the readout to go" 10 not_contains "relu'(0-)" || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# Feed points made at another alpha are left off the plot, with a note.
test_stale_feed_points_are_noted_not_drawn() {
  start_lab 100 30 || return 1
  type_line "use leaky; set alpha 0.5; feed [1, -2, 0.5]; set alpha 0.3" || return 1
  wait_for "the feed's points are off the plot: they went through leaky (alpha=0.5)" || return 1
  wait_for_row 1 '^ # leaky \(alpha=0\.3\)' || return 1
  ! plot_rows 17 | grep -qF X || { echo "    an X on the plot"; screen; return 1; }
  type_line "feed [1, -2, 0.5]" || return 1
  wait_for_row 1 'X feed \(leaky\)' || return 1
  rows_contain 2 17 "X" "$(screen)" || { echo "    no X after feeding again"; screen; return 1; }
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# --- the plain prompt ----------------------------------------------------

# Starts relulab --plain in a new shell session, recording the terminal's
# modes before and after it runs.
start_plain() {
  sessions=$((sessions + 1))
  session="lab$sessions"
  tm -f /dev/null new-session -d -s "$session" -x 80 -y 30 \
    -e LC_ALL=C.UTF-8 -e TERM=xterm-256color -e XDG_STATE_HOME="$work/state" \
    "bash --norc --noprofile"
  type_line "printf 'shell-%s\\n' ready"
  wait_for 'shell-ready' || return 1
  local binary
  binary=$(printf '%q' "$RELULAB_BIN")
  type_line "stty -g >$work/stty-before; $binary --plain; echo $exit_marker\$?; stty -g >$work/stty-after"
  wait_for 'type help for the commands' || return 1
}

# Whether the last line of screen $2 that is not blank is $1 (trailing blanks aside).
last_line_is() {
  [[ "$(grep -v '^ *$' <<<"$2" | tail -n 1 | sed 's/ *$//')" == "$(sed 's/ *$//' <<<"$1")" ]]
}

# Waits until the last line that is not blank is the prompt and exactly $1.
wait_for_plain_line() { poll "the line 'relulab> $1'" 10 last_line_is "relulab> $1"; }

test_plain_prompt_edits() {
  start_plain || return 1
  type_line "set alpha 0.3" || return 1
  wait_for "alpha = 0.3" || return 1
  tm send-keys -t "$session" -l "feed 1 3"
  tm send-keys -t "$session" BSpace
  tm send-keys -t "$session" -l "2"
  tm send-keys -t "$session" Home
  tm send-keys -t "$session" -l "# "
  wait_for_plain_line "# feed 1 2" || return 1
  ((10 + 2 == $(tm display -p -t "$session" '#{cursor_x}') + 1)) ||
    { echo "    the cursor is not after '# '"; return 1; }
  tm send-keys -t "$session" C-e C-u
  wait_for_plain_line "" || return 1
  tm send-keys -t "$session" -l "set a"
  tm send-keys -t "$session" Up
  wait_for_plain_line "set alpha 0.3" || return 1
  ! screen | grep -qF '^[[' || { echo "    an escape sequence was printed"; return 1; }
  tm send-keys -t "$session" C-u
  tm send-keys -t "$session" -l "use l"
  tm send-keys -t "$session" Tab
  wait_for_plain_line "use leaky" || return 1
  tm send-keys -t "$session" Enter
  wait_for "layer: leaky (alpha=0.3)" || return 1
  tm send-keys -t "$session" C-r
  tm send-keys -t "$session" -l "alpha"
  poll "the search" 10 last_line_is 'history search "alpha": set alpha 0.3' || return 1
  tm send-keys -t "$session" C-g
  wait_for_plain_line "" || return 1
  tm send-keys -t "$session" C-d
  wait_for "${exit_marker}0" || return 1
  wait_for_file "$work/stty-after" || return 1
  cmp -s "$work/stty-before" "$work/stty-after" ||
    { echo "    the terminal's modes were not restored"; return 1; }
}

# Waits up to 5 seconds for a file to exist.
wait_for_file() {
  local tries=0
  until [[ -s "$1" ]]; do
    tries=$((tries + 1))
    ((tries < 100)) || { echo "    no $1"; return 1; }
    sleep 0.05
  done
}

test_plain_prompt_restores_the_terminal_on_sigterm() {
  rm -f "$work/stty-before" "$work/stty-after"
  start_plain || return 1
  tm send-keys -t "$session" -l "feed 1"
  wait_for "relulab> feed 1" || return 1
  local shell plain
  shell=$(tm display -p -t "$session" '#{pane_pid}')
  plain=$(pgrep -P "$shell" | head -n 1)
  [[ -n "$plain" ]] || { echo "    no relulab process under the pane's shell"; return 1; }
  kill -TERM "$plain"
  wait_for "${exit_marker}143" || return 1
  wait_for_file "$work/stty-after" || return 1
  cmp -s "$work/stty-before" "$work/stty-after" ||
    { echo "    the terminal's modes were not restored"; return 1; }
}

# A command that takes tens of seconds in the debug build, within the work limit.
long_net="net relu width 512 depth 3 points 3000 seed 1"

# Ctrl-C stops a long command in the lab; the session goes on as it was (D3).
test_ctrl_c_stops_a_long_command() {
  start_lab 100 30 || return 1
  type_line "set alpha 0.3" || return 1
  wait_for_row 29 'alpha 0\.3 ' || return 1
  type_line "$long_net" || return 1
  sleep 1
  tm send-keys -t "$session" C-c
  wait_for "stopped: Ctrl-C" 5 || return 1
  wait_for_row 29 'alpha 0\.3 ' || return 1
  type_line "say still here" || return 1
  wait_for "still here" 5 || return 1
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# Ctrl-Z suspends the lab, while idle and while a command runs; fg brings it back (D31).
test_ctrl_z_suspends_the_lab() {
  start_lab 80 24 || return 1
  type_line "set alpha 0.3" || return 1
  wait_for_row 23 'alpha 0\.3 ' || return 1
  local alternate
  tm send-keys -t "$session" C-z
  wait_for "Stopped" || return 1
  alternate=$(tm display -p -t "$session" '#{alternate_on}')
  [[ "$alternate" == 0 ]] || { echo "    still in the alternate screen while stopped"; return 1; }
  type_line "fg" || return 1
  wait_for_row 23 'alpha 0\.3 ' || return 1
  type_line "$long_net" || return 1
  sleep 1
  tm send-keys -t "$session" C-z
  poll "the second stop" 5 stopped_twice || return 1
  type_line "fg" || return 1
  wait_for_row 23 'alpha 0\.3 ' || return 1
  tm send-keys -t "$session" C-c
  wait_for "stopped: Ctrl-C" 5 || return 1
  tm send-keys -t "$session" C-d
  poll "the shell's prompt after fg" 10 prompt_after_fg || return 1
}

stopped_twice() { (($(grep -c "Stopped" <<<"$1") >= 2)); }

# SIGTERM during a command ends the lab even when SIGINT or SIGCONT follows (D5).
test_sigterm_is_not_lost_behind_sigint() {
  local second
  for second in INT CONT; do
    start_lab 80 24 || return 1
    type_line "$long_net" || return 1
    sleep 1
    kill -TERM "$(lab_pid)"
    sleep 0.2
    kill "-$second" "$(lab_pid)" 2>/dev/null || true
    expect_clean_exit 143 || { echo "    TERM then $second"; return 1; }
  done
}

# A lesson's pause survives a stop and a continue (D7).
test_lesson_pause_survives_stop_and_continue() {
  start_lab 100 32 -i Scripts/lessons/en/02-fast.relu || return 1
  wait_for "paused at 1 of " || return 1
  local lab
  lab=$(lab_pid)
  # At once: a shell that sees the job stopped takes the terminal back.
  kill -STOP "$lab"
  kill -CONT "$lab"
  sleep 0.5
  wait_for "paused at 1 of " || return 1
  ! screen | grep -qF "left the lesson" || { echo "    the lesson was left"; return 1; }
  tm send-keys -t "$session" Space
  wait_for "paused at 2 of " || return 1
  tm send-keys -t "$session" q
  tm send-keys -t "$session" C-d
  expect_clean_exit 0
}

# --plain: Ctrl-C stops a long command, the session goes on (D4); SIGCONT
# redraws the line and Ctrl-Z suspends (D6, D31).
test_plain_ctrl_c_stops_a_command() {
  start_plain || return 1
  type_line "set alpha 0.3" || return 1
  type_line "$long_net" || return 1
  sleep 1
  tm send-keys -t "$session" C-c
  wait_for "stopped: Ctrl-C" 5 || return 1
  type_line "show" || return 1
  wait_for "alpha = 0.3" 5 || return 1
  local plain
  plain=$(lab_pid)
  kill -STOP "$plain"
  kill -CONT "$plain"
  sleep 0.3
  # The shell's job control may see the stop before the CONT (a race on a
  # loaded machine) and take the terminal back: then fg gives it back, and
  # the session must still be as it was.
  local stops
  stops=$(screen | grep -cF "Stopped")
  if ((stops > 0)); then type_line "fg" || return 1; fi
  tm send-keys -t "$session" -l "say cont"
  tm send-keys -t "$session" Enter
  wait_for "» cont" 5 || return 1
  tm send-keys -t "$session" C-z
  poll "Stopped after Ctrl-Z" 10 more_than "Stopped" "$stops" || return 1
  type_line "fg" || return 1
  tm send-keys -t "$session" -l "say back"
  tm send-keys -t "$session" Enter
  wait_for "» back" 5 || return 1
  tm send-keys -t "$session" C-d
  poll "the shell's prompt after fg" 10 prompt_after_fg || return 1
}

run_test "the plot appears" test_plot_appears
run_test "set alpha 0.3 changes the status line and the leaky curve" \
  test_set_alpha_changes_status_and_curve
run_test "feed shows points" test_feed_shows_points
run_test "step moves the marker" test_step_moves_the_marker
run_test "a decay shows the function and the step chart" \
  test_decay_shows_the_function_and_the_step_chart
run_test "F5 on a finished decay says so; F6 resets it" test_run_key_on_a_finished_decay
run_test "compare draws the race" test_compare_draws_the_race
run_test "clear goes back to the function plot" test_clear_goes_back_to_the_functions
run_test "pasting 2,000 characters is quick" test_paste_is_quick
run_test "Tab completes what each command takes, after ; too" \
  test_tab_completes_what_each_command_takes
run_test "help opens at its top in a viewer that pages and closes" test_help_opens_at_its_top
run_test "an error is one line with a caret under the echo" test_an_error_is_one_line_under_the_echo
run_test "Ctrl-R searches the history; Enter runs, Esc puts the line back" \
  test_ctrl_r_searches_the_history
run_test "Up with text typed recalls what starts with it" \
  test_up_recalls_what_starts_with_the_text
run_test "a bracketed paste runs nothing until Enter" \
  test_bracketed_paste_runs_nothing_until_enter
run_test "resize relays out (side by side, small, too small, back)" test_resize_relays_out
run_test "help overlay; Ctrl-C clears the line" test_help_overlay_and_ctrl_c
run_test "quit leaves a clean shell and keeps the history" test_quit_leaves_a_clean_shell
run_test "-i script: pause waits with the plot up to date, then the lab stays" \
  test_script_pause_then_stay
run_test "a lesson with -i: two pauses on, b steps back one, q stays in the lab" \
  test_lesson_steps_back
run_test "--lesson 3 --lang zh: Chinese text that fits the screen" test_lesson_in_chinese
run_test "LC_ALL=C: non-ASCII keys and bytes that are not UTF-8 keep the keys after them" \
  test_c_locale_keeps_the_keys
run_test "LC_ALL=zh_CN.GB18030: the Chinese lesson shows in Chinese" \
  test_gb18030_lesson_is_chinese
run_test "LANG=zh_CN.UTF-8, not installed: Chinese and ASCII rules that fit 60 columns" \
  test_missing_zh_locale_shows_chinese
run_test "SIGTERM restores the terminal" test_sigterm_restores_the_terminal
run_test "colours, none with --no-color, never dim, bold with --high-contrast" test_no_color
run_test "braille in colour: no glyphs, a colour each, dense labels; glyphs with --no-color" \
  test_braille_in_colour
run_test "SIGHUP, SIGQUIT and SIGTERM restore the terminal and keep the history" \
  test_signals_restore_the_terminal
run_test "SIGTSTP gives the terminal back; fg brings the lab back" test_stop_and_continue
run_test "kill -9 keeps every line of history typed before it" test_kill_9_keeps_the_history
run_test "long output lines keep typing quick" test_long_output_lines_keep_typing_quick

run_test "plot after a decay shows exactly its curves; F3 moves leaky" \
  test_plot_after_a_decay_shows_exactly_its_curves
run_test "80x24: the decay view names the step chart it leaves out; view steps shows it" \
  test_small_decay_view_names_the_step_chart
run_test "F7 cycles plot, decay, race; the status line names the view" test_f7_cycles_the_views
run_test "feed points made at another alpha are noted, not drawn" \
  test_stale_feed_points_are_noted_not_drawn
run_test "the mouse: a click places the trace cursor or hides a curve, the wheel scrolls" \
  test_mouse_moves_the_trace_cursor

run_test "--plain edits the line: keys, prefix Up, Tab, Ctrl-R; the modes come back" \
  test_plain_prompt_edits
run_test "--plain restores the terminal on SIGTERM" \
  test_plain_prompt_restores_the_terminal_on_sigterm
run_test "Ctrl-C stops a long command in the lab; the session goes on" \
  test_ctrl_c_stops_a_long_command
run_test "Ctrl-Z suspends the lab, idle and during a command; fg brings it back" \
  test_ctrl_z_suspends_the_lab
run_test "SIGTERM during a command is not lost behind SIGINT or SIGCONT" \
  test_sigterm_is_not_lost_behind_sigint
run_test "a lesson's pause survives SIGSTOP and SIGCONT" \
  test_lesson_pause_survives_stop_and_continue
run_test "--plain: Ctrl-C stops a command, SIGCONT and Ctrl-Z keep the session" \
  test_plain_ctrl_c_stops_a_command

echo "tui: $passed passed, $failed failed"
((failed == 0))

"""How long one keystroke in the lab takes to repaint, whatever the session
holds: a pseudo-terminal driver for Scripts/bench.py (also runs on its own:
`python3 Scripts/bench_keys.py PATH/TO/relulab` prints just these rows).

Each session is a release relulab in its own pseudo-terminal (120x36,
TERM=xterm-256color, LC_ALL=C.UTF-8, HOME and XDG_STATE_HOME in a temporary
folder, so no real history is touched). A session is set up by typing
commands into it; it is ready when it has gone idle (asleep in its read, no
CPU time spent and nothing written for half a second). Then single printable
characters are typed one at a time: a keystroke's time runs from writing the
byte to reading the screen update that contains it (escape sequences
stripped), and the rest of that frame is read and thrown away until the
session is idle again. The session under test and its reference (an empty
session, or for the empty session the pseudo-terminal's own echo) take turns
key by key, and each row is the median. Linux only (/proc shows when a
session is idle). Nothing here touches the real terminal: everything runs in
pseudo-terminals, and every wait has a deadline after which the sessions are
killed."""

import errno
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

KEYS = int(os.environ.get("BENCH_KEYS", "50"))
COLUMNS, LINES = 120, 36
# The most a setup command may take, and the most one keystroke may take.
SETUP_TIMEOUT = 120.0
KEY_TIMEOUT = 30.0
# Keystrokes stop early once a row has spent this long on them (at least
# MIN_KEYS are taken): a session that takes a second a key still ends.
ROW_BUDGET = 120.0
MIN_KEYS = 5
# Keys typed before each row's measured ones (the first frames after a
# command can differ).
WARM_UP = 2
# The typed characters, in turn; the line is cleared (Ctrl-U) before it is
# a third of the width long.
TYPED = b"abcdefghijklmnopqrstuvwxyz"
LINE_LENGTH = 40

ESCAPES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[()*+-./][ -~]"  # character set
    rb"|\x1b[ -/]*[0-~]"  # other escapes
)


class Timeout(Exception):
    pass


class Session:
    """A program in a pseudo-terminal of COLUMNS x LINES."""

    def __init__(self, command, env):
        self.command = command
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))

        def controlling_terminal():
            # After setsid (start_new_session): the pseudo-terminal becomes
            # the session's controlling terminal, as in a terminal window.
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        try:
            self.process = subprocess.Popen(
                command, stdin=slave, stdout=slave, stderr=slave, env=env,
                start_new_session=True, preexec_fn=controlling_terminal,
            )
        finally:
            os.close(slave)
        self.fd = master
        os.set_blocking(master, False)
        self.closed = False
        self.typed = 0  # characters on the input line
        self.seen = bytearray()  # what was read since the last mark()

    # Reading.

    def read(self, until):
        """Reads what has arrived, waiting until `until` (perf_counter) at most;
        returns (bytes, time read) or (b"", None) when nothing came."""
        remaining = until - time.perf_counter()
        if self.closed or remaining < 0:
            return b"", None
        ready, _, _ = select.select([self.fd], [], [], remaining)
        if not ready:
            return b"", None
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            data = b""
        at = time.perf_counter()
        if not data:  # the program closed the terminal
            self.closed = True
            return b"", None
        return data, at

    def cpu_ticks(self):
        """(state, user + system CPU ticks) from /proc, or None without /proc."""
        try:
            with open(f"/proc/{self.process.pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            return None
        return fields[0], int(fields[11]) + int(fields[12])

    def wait_idle(self, quiet, timeout, what):
        """Reads and keeps output until the program has written nothing and
        spent no CPU time for `quiet` seconds and is asleep."""
        start = time.perf_counter()
        deadline = start + timeout
        last_change = start
        last = self.cpu_ticks()
        while True:
            now = time.perf_counter()
            if self.process.poll() is not None:
                raise Timeout(f"{what}: {self.name()} ended ({self.process.returncode})")
            if now > deadline:
                raise Timeout(f"{what}: {self.name()} still busy after {timeout:.0f} s")
            data, _ = self.read(min(deadline, now + min(quiet / 4, 0.05)))
            if data:
                self.seen += data
                last_change = time.perf_counter()
            ticks = self.cpu_ticks()
            if ticks is None:  # no /proc: output alone, with a longer quiet
                if time.perf_counter() - last_change >= max(quiet, 2.0):
                    return
                continue
            if ticks != last or ticks[0] != b"S":
                last = ticks
                last_change = time.perf_counter()
            elif time.perf_counter() - last_change >= quiet:
                return

    def shown_text(self):
        """What was read since the last mark, without escape sequences."""
        return ESCAPES.sub(b"", bytes(self.seen)).decode("utf-8", "replace")

    def mark(self):
        self.seen = bytearray()

    # Typing.

    def write(self, data):
        view = memoryview(data)
        deadline = time.perf_counter() + KEY_TIMEOUT
        while view:
            if time.perf_counter() > deadline:
                raise Timeout(f"{self.name()} does not read its input")
            try:
                written = os.write(self.fd, view)
            except BlockingIOError:
                written = 0
                self.read(time.perf_counter() + 0.01)  # keeps the program's output flowing
            view = view[written:]

    def type_line(self, line, timeout=SETUP_TIMEOUT):
        """Types a command and Enter, and waits until it has run."""
        self.mark()
        self.write(b"\x15" + line.encode() + b"\r")  # Ctrl-U first: an empty line
        self.typed = 0
        self.wait_idle(0.5, timeout, f"`{line}`")

    def keystroke(self):
        """Types one character; the seconds until its echo was read. Then
        reads the rest of the frame until the program is idle again."""
        if self.typed >= LINE_LENGTH:
            self.clear_line()
        key = TYPED[self.typed % len(TYPED)]
        self.typed += 1
        self.mark()
        found = None
        sent = time.perf_counter()
        self.write(bytes([key]))
        deadline = sent + KEY_TIMEOUT
        buffer = bytearray()
        while found is None:
            data, at = self.read(deadline)
            if not data:
                if self.closed or self.process.poll() is not None:
                    raise Timeout(f"{self.name()} ended while a key was typed")
                raise Timeout(f"{self.name()}: no echo of a key after {KEY_TIMEOUT:.0f} s")
            buffer += data
            if key in ESCAPES.sub(b"", bytes(buffer)):
                found = at - sent
        self.seen += buffer
        self.wait_idle(0.03, KEY_TIMEOUT, "a key's frame")
        return found

    def clear_line(self):
        self.mark()
        self.write(b"\x15")  # Ctrl-U: the line goes (lab and cooked terminal alike)
        self.wait_idle(0.1, KEY_TIMEOUT, "Ctrl-U")
        self.typed = 0

    # Ending.

    def name(self):
        return os.path.basename(self.command[0])

    def close(self):
        """Ctrl-U and Ctrl-D end the lab (and cat); then SIGTERM, then SIGKILL."""
        if self.process.poll() is None:
            try:
                self.write(b"\x15\x04")
            except (OSError, Timeout):
                pass
            end = time.perf_counter() + 5
            while self.process.poll() is None and time.perf_counter() < end:
                self.read(time.perf_counter() + 0.05)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            if self.process.poll() is not None:
                break
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        os.close(self.fd)


def lab_env(home):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "LC_ALL": "C.UTF-8",
        "HOME": home,
        "XDG_STATE_HOME": os.path.join(home, "state"),
    }
    return env


def start_lab(relulab, home):
    lab = Session([relulab], lab_env(home))
    # The first frame: its last line is the prompt.
    lab.wait_idle(0.5, SETUP_TIMEOUT, "the first frame")
    if "relulab>" not in lab.shown_text():
        raise Timeout("relulab did not open the lab (no prompt on its first frame)")
    return lab


def check_setup(lab, line):
    """The lab shows an error as a caret under the echoed command."""
    text = lab.shown_text()
    if "^" in text or "error" in text:
        raise Timeout(f"`{line}` failed in the lab:\n{text[-2000:]}")


def measure(held, reference, label):
    """Alternating keystrokes; the two medians and how many were taken."""
    for _ in range(WARM_UP):
        held.keystroke()
        reference.keystroke()
    ours, theirs = [], []
    start = time.perf_counter()
    for i in range(KEYS):
        if i >= MIN_KEYS and time.perf_counter() - start > ROW_BUDGET:
            break
        first, second = (held, reference) if i % 2 == 0 else (reference, held)
        a = first.keystroke()
        b = second.keystroke()
        ours.append(a if first is held else b)
        theirs.append(b if first is held else a)
    print(f"bench: {label}: {len(ours)} keystrokes", file=sys.stderr)
    return statistics.median(ours), statistics.median(theirs), len(ours)


def rows(relulab):
    """The keystroke rows: (work, seconds, reference seconds, reference name,
    target) each, and a note on how many keystrokes were taken."""
    result = []
    counts = []
    sessions = []
    target = "< 5 ms"

    def keep(session):
        sessions.append(session)
        return session

    def finish(session):
        sessions.remove(session)
        session.close()

    with tempfile.TemporaryDirectory() as folder:
        try:
            homes = iter(os.path.join(folder, f"home{i}") for i in range(10))

            def start(setup):
                home = next(homes)
                os.makedirs(home)
                lab = keep(start_lab(relulab, home))
                for line in setup:
                    lab.type_line(line)
                    check_setup(lab, line)
                lab.clear_line()
                return lab

            # The empty session, against the pseudo-terminal's own echo (cat
            # in a cooked terminal: the kernel echoes).
            empty = start([])
            echo = keep(Session(["cat"], lab_env(folder)))
            echo.wait_idle(0.2, SETUP_TIMEOUT, "cat")
            ours, theirs, n = measure(empty, echo, "empty session")
            counts.append(n)
            result.append(("keystroke repaint, empty session", ours, theirs,
                           "the pseudo-terminal's own echo", target))
            finish(echo)

            script = os.path.join(folder, "lines.relu")
            with open(script, "w") as f:
                f.writelines(f"say line {i}\n" for i in range(1, 100_001))
            held_sessions = (
                ("keystroke repaint, network width 512 depth 3, 3,000 points, built and trained",
                 ["net relu width 512 depth 3 points 3000 seed 1", "train 1"]),
                ("keystroke repaint, a 10^7 feed held", ["feed random 10000000 seed 1"]),
                ("keystroke repaint, 100,000 lines in the output pane", [f"load {script}"]),
            )
            for work, setup in held_sessions:
                held = start(setup)
                ours, theirs, n = measure(held, empty, work)
                counts.append(n)
                result.append((work, ours, theirs, "empty session", target))
                finish(held)
        finally:
            for session in sessions:
                session.close()
    return result, counts


def main(relulab):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from bench import time_text

    found, counts = rows(relulab)
    print("| work | ReluLab | reference | ratio | target |")
    print("|---|---|---|---|---|")
    for work, ours, theirs, name, target in found:
        cells = (work, time_text(ours), f"{time_text(theirs)} {name}", f"{ours / theirs:.2f}", target)
        print("| " + " | ".join(cells) + " |")
    print()
    print(
        f"Keystrokes: medians of {', '.join(map(str, counts))} alternating keystrokes per row"
        f" (BENCH_KEYS={KEYS}), in a {COLUMNS}x{LINES} pseudo-terminal."
    )


if __name__ == "__main__":
    main(sys.argv[1])

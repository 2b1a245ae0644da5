"""Runs ReluLab's benchmark and prints one Markdown table (Scripts/bench.sh
builds the binaries and calls this). Each row: ReluLab's figure, a reference
measured in the same run, and their ratio, ReluLab / reference, in time or
bytes (below 1: ReluLab is faster or smaller). Figures are medians; the two
sides of a row run alternately."""

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

import bench_keys

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
HERE = os.path.dirname(os.path.abspath(__file__))


def numpy_env():
    """OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE slow a current NumPy; unset for
    its commands only."""
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    return env


def run(command, env=None, stdin=None):
    """Runs a command with output to /dev/null; returns (seconds, peak RSS bytes)."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=null, stdin=stdin, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(command)} failed ({status})")
    return elapsed, usage.ru_maxrss * 1024


def alternate(*commands, runs=RUNS, pick=0):
    """Runs the commands in turn `runs` times; the median of each (pick 0:
    seconds, 1: peak bytes), after one unmeasured round."""
    samples = [[] for _ in commands]
    for r in range(runs + 1):
        for i, (command, env) in enumerate(commands):
            value = run(command, env)[pick]
            if r > 0:
                samples[i].append(value)
    return [statistics.median(s) for s in samples]


def lines_of(command, env=None):
    """`name value` lines a command prints, as a dict."""
    text = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return {name: float(value) for name, value in (line.split() for line in text.splitlines())}


def alternate_lines(*commands, runs=3):
    """Like alternate, for commands that print `name value` lines."""
    samples = {}
    for _ in range(runs):
        for command, env in commands:
            for name, value in lines_of(command, env).items():
                samples.setdefault(name, []).append(value)
    return {name: statistics.median(values) for name, values in samples.items()}


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write(text)
    return path


def time_text(seconds):
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} us"


def bytes_text(n):
    return f"{n / 1e6:.0f} MB"


def main(relulab, bench):
    rows = []

    def row(work, ours, reference, name, target, text=time_text):
        ratio = "-" if ours is None else f"{ours / reference:.2f}"
        rows.append((work, "-" if ours is None else text(ours), f"{text(reference)} {name}", ratio, target))

    python = sys.executable
    numpy_script = os.path.join(HERE, "bench_numpy.py")
    count = 10_000_000

    # Kernels, in process: ReluLab against memcpy and the chapter's way in one
    # process, NumPy in another, the two processes alternating.
    k = alternate_lines(
        ([bench, "kernels", str(count)], None),
        ([python, numpy_script, "kernels", str(count), "11"], numpy_env()),
    )
    k.update(lines_of([bench, "frames"]))
    for step in ("forward", "backward"):
        what = "relu forward, mask kept for backward" if step == "forward" else "relu backward"
        ours = k[f"relu_{step}"] / 1e9
        row(f"{what}, 10^7 doubles", ours, k["memcpy"] / 1e9, "memcpy of 80 MB", "<= 1.43")
        row(f"{what}, 10^7 doubles", ours, k[f"numpy_{step}"] / 1e9, "NumPy", "< 1")
        row(
            f"{what}, 10^7 doubles", ours, k[f"chapter_{step}"] / 1e9,
            "the chapter's way (Double mask, 3 passes)", "< 1",
        )
        # Float32 against Double per byte: each kernel's time over memcpy of
        # its own bytes (40 MB and 80 MB), measured in the same process.
        row(
            f"{what}, Float32 per byte", k[f"relu32_{step}"] / k["memcpy32"],
            k[f"relu_{step}"] / k["memcpy"], "Double's kernel", "<= 1",
            lambda x: f"{x:.2f}x memcpy",
        )

    with tempfile.TemporaryDirectory() as folder:
        # feed random 10^7, whole process, against NumPy doing the same work.
        feed = [relulab, "-e", f"feed random {count} seed 1"]
        if subprocess.run(feed, capture_output=True).returncode == 0:
            ours, numpy_time = alternate(
                (feed, None), ([python, numpy_script, "feed", str(count), "1"], numpy_env())
            )
            row("`feed random 10000000`, whole process", ours, numpy_time, "NumPy script", "<= 1")
        else:
            row("`feed random 10000000`, whole process", None, 1, "NumPy script", "<= 1")

        # Plot frames: (1000 plots - 1 plot) / 999, against gnuplot's dumb terminal.
        curves = "plot relu relu' leaky"
        gnuplot_curves = "plot (x>0?x:0), (x>0?1:0), (x>0?x:0.01*x)"
        frames = {}
        for width, height in ((80, 24), (200, 60)):
            g = f"set terminal dumb size {width},{height}\nset xrange [-5:5]\n"
            g1 = write(folder, "one.gp", g + gnuplot_curves + "\n")
            g1000 = write(folder, "many.gp", g + (gnuplot_curves + "\n") * 1000)
            g_one, g_many = alternate((["gnuplot", g1], None), (["gnuplot", g1000], None))
            g_frame = (g_many - g_one) / 999
            for canvas in ("ascii", "braille"):
                s = f"set size {width} {height}\nset canvas {canvas}\n"
                r1 = write(folder, f"one-{canvas}.relu", s + curves + "\n")
                r1000 = write(folder, f"many-{canvas}.relu", s + (curves + "\n") * 1000)
                r_one, r_many = alternate(([relulab, r1], None), ([relulab, r1000], None))
                frames[(width, height, canvas)] = ((r_many - r_one) / 999, g_frame)
        for (width, height, canvas), (ours, theirs) in frames.items():
            row(
                f"plot frame {width}x{height} {canvas}, 3 curves, per frame in a script",
                ours, theirs, "gnuplot dumb", "<= 0.5",
            )
        for (width, height, canvas), (_, theirs) in frames.items():
            ours = k[f"frame_{canvas}_{width}x{height}"] / 1e9
            target = "<= 50 us" if (width, height) == (80, 24) else "-"
            row(f"plot frame {width}x{height} {canvas}, in process", ours, theirs, "gnuplot dumb (per frame)", target)
        ours, theirs = alternate(
            ([relulab, "-e", curves], None), (["gnuplot", "-e", "set terminal dumb; " + gnuplot_curves], None)
        )
        row(f'whole process `-e "{curves}"`', ours, theirs, "gnuplot -e", "<= 0.5")

        # Script throughput: 100,000 commands to /dev/null.
        block = "forward relu -1.5 0 2\nset alpha 0.1\nforward leaky -1.5 0 2\nfeed 1 -2 0 3\n"
        script = write(folder, "script.relu", block * 25_000)
        ours, theirs = alternate(
            ([relulab, script], None), ([python, os.path.join(HERE, "bench_loop.py"), script], None)
        )
        row("100,000-command script to /dev/null", ours, theirs, "plain Python loop", "<= 0.33")

    # Peak memory.
    feed6 = f"feed random 1000000 seed 1"
    json6, text6 = alternate(
        ([relulab, "--json", "-e", feed6], None), ([relulab, "-e", feed6], None), runs=3, pick=1
    )
    row("peak memory, `--json` feed of 10^6", json6, text6, "text mode", "<= 100 MB", bytes_text)
    feed7 = [relulab, "-e", f"feed random {count} seed 1"]
    if subprocess.run(feed7, capture_output=True).returncode == 0:
        (peak7,) = alternate((feed7, None), runs=3, pick=1)
        row("peak memory, feed of 10^7", peak7, 8 * count, "the input", "<= 240 MB", bytes_text)
    else:
        row("peak memory, feed of 10^7", None, 8 * count, "the input", "<= 240 MB", bytes_text)

    # Start-up and the network.
    ours, theirs = alternate(([relulab, "-e", "quit"], None), ([python, "-c", "pass"], None), runs=11)
    row("start-up `relulab -e quit`", ours, theirs, "`python3 -c pass`", "< 20 ms")
    ours, theirs = alternate(
        ([relulab, "-e", "net relu width 1024 seed 1", "-e", "train 1000"], None),
        ([python, numpy_script, "net", "1000"], numpy_env()),
        runs=3,
    )
    row("`net relu width 1024 seed 1; train 1000`", ours, theirs, "NumPy, same training", "< 1 s, < 1")

    # The twin at each precision, whole process, against NumPy running the
    # same two copies in the same dtype.
    for precision, dtype in (("half", "float16"), ("single", "float32"), ("double", "float64")):
        ours, theirs = alternate(
            ([relulab, "-e", "net relu width 64 seed 1", "-e",
              f"sweep precision {precision} epochs 1000"], None),
            ([python, numpy_script, "twin", "1000", dtype], numpy_env()),
            runs=3,
        )
        row(
            f"`net relu width 64 seed 1; sweep precision {precision} epochs 1000`", ours, theirs,
            f"NumPy twin in {dtype}", "< 1 s",
        )

    # The born census, whole process, against NumPy counting the same census.
    widths, depths, trials = [2, 3, 5, 10], [2, 5, 10, 20, 50], 4000
    census = (
        f"born relu width {' '.join(map(str, widths))} depth {' '.join(map(str, depths))}"
        f" trials {trials}"
    )
    ours, theirs = alternate(
        ([relulab, "-e", f"{census} seed 1"], None),
        (
            [python, numpy_script, "born", ",".join(map(str, widths)), ",".join(map(str, depths)),
             str(trials), "1"],
            numpy_env(),
        ),
    )
    row(f"`{census}`, whole process", ours, theirs, "NumPy, same census", "<= 0.2")

    # One keystroke in the lab, in a pseudo-terminal, whatever the session
    # holds, against the same keystroke in an empty session (Scripts/bench_keys.py).
    try:
        keys, key_counts = bench_keys.rows(relulab)
    except bench_keys.Timeout as error:
        print(f"bench: keystroke rows: {error}", file=sys.stderr)
        keys, key_counts = [], []
        said = f"failed: {error}".replace("\n", " ").replace("|", "/")[:200]
        rows.append(("keystroke repaint rows", "-", said, "-", "< 5 ms"))
    for work, ours, theirs, name, target in keys:
        row(work, ours, theirs, name, target)

    print("| work | ReluLab | reference | ratio | target |")
    print("|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print()
    print(
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()};"
        f" NumPy run without OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE; medians of {RUNS} alternating runs"
        " (kernels: medians of 11 rounds in each of 3 processes per side)."
    )
    if key_counts:
        print(
            f"Keystrokes: medians of {', '.join(map(str, key_counts))} alternating keystrokes"
            f" per row (BENCH_KEYS={bench_keys.KEYS}), in a {bench_keys.COLUMNS}x{bench_keys.LINES}"
            " pseudo-terminal."
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

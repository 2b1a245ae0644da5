"""A plain Python loop doing the work of Scripts/bench.py's 100,000-command
script (forward relu, set alpha, forward leaky, feed), with output in the
shape relulab prints: the reference for script throughput."""

import sys


def table(header, rows):
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(header, widths))]
    for r in rows:
        lines.append("  ".join(c.rjust(w) for c, w in zip(r, widths)))
    return "\n".join("  " + line for line in lines) + "\n"


def main(path):
    alpha = 0.01
    out = sys.stdout
    with open(path) as script:
        for line in script:
            words = line.split()
            if not words:
                continue
            if words[0] == "set":
                alpha = float(words[2])
                out.write(f"alpha = {alpha:g}\n")
            elif words[0] == "forward":
                xs = [float(w) for w in words[2:]]
                if words[1] == "relu":
                    ys = [x if x > 0 else 0.0 for x in xs]
                    out.write("relu\n")
                else:
                    ys = [x if x > 0 else alpha * x + 0 for x in xs]
                    out.write(f"leaky (alpha={alpha:g})\n")
                out.write(
                    table(["z", f"{words[1]}(z)"], [[f"{x:g}", f"{y:g}"] for x, y in zip(xs, ys)])
                )
            elif words[0] == "feed":
                xs = [float(w) for w in words[1:]]
                ys = [x if x > 0 else 0.0 for x in xs]
                mask = [1.0 if x > 0 else 0.0 for x in xs]
                active = sum(1 for x in xs if x > 0)
                out.write(
                    f"feed relu: {len(xs)} values, {active} active"
                    f" ({100 * active / len(xs):.0f}%)\n"
                )
                out.write(
                    table(
                        ["z", "relu(z)", "relu'(z)"],
                        [[f"{x:g}", f"{y:g}", f"{m:g}"] for x, y, m in zip(xs, ys, mask)],
                    )
                )
                out.write(
                    f"  z min {min(xs):g}, max {max(xs):g}, mean {sum(xs) / len(xs):g};"
                    f" relu(z) min {min(ys):g}, max {max(ys):g}, mean {sum(ys) / len(ys):g}\n"
                )


if __name__ == "__main__":
    main(sys.argv[1])

"""NumPy's side of Scripts/bench.sh: the same work done the way a NumPy user
would write it. Run by Scripts/bench.py; prints `name nanoseconds` lines
(kernels) or the same summary relulab prints (feed, net)."""

import sys
import time

import numpy as np


def median_ns(bodies, rounds):
    """Median time of each body, round-robin after one warm-up round."""
    samples = [[] for _ in bodies]
    for r in range(rounds + 1):
        for i, body in enumerate(bodies):
            start = time.perf_counter_ns()
            body()
            elapsed = time.perf_counter_ns() - start
            if r > 0:
                samples[i].append(elapsed)
    return [sorted(s)[len(s) // 2] for s in samples]


def kernels(count, rounds):
    rng = np.random.default_rng(1)
    x = rng.standard_normal(count)
    upstream = rng.standard_normal(count)
    state = {}

    def forward():
        state["out"] = np.maximum(x, 0)
        state["mask"] = x > 0

    def backward():
        state["grad"] = upstream * state["mask"]

    forward_ns, backward_ns = median_ns([forward, backward], rounds)
    print("numpy_forward", forward_ns)
    print("numpy_backward", backward_ns)


def feed(count, seed):
    """`feed random COUNT seed SEED`: draw, rectify, mask, summarize."""
    x = np.random.default_rng(seed).standard_normal(count)
    out = np.maximum(x, 0)
    mask = (x > 0).astype(np.float64)
    active = int(np.count_nonzero(x > 0))
    print(f"feed relu: {count} values, {active} active ({100 * active / count:.0f}%)")
    for name, v in (("z", x), ("relu(z)", out), ("relu'(z)", mask)):
        head = ", ".join(f"{e:g}" for e in v[:6])
        tail = ", ".join(f"{e:g}" for e in v[-3:])
        print(f"  {name:9} [{head}, ..., {tail}] ({count} values)")
    print(
        f"  z min {x.min():g}, max {x.max():g}, mean {x.mean():g};"
        f" relu(z) min {out.min():g}, max {out.max():g}, mean {out.mean():g}"
    )
    print(f"  seed {seed}")


def net(width, points, epochs, rate, seed):
    """`net relu width W seed S; train E`: one hidden relu layer fitted to
    sin(pi x) by full-batch gradient descent, dead units counted each epoch."""
    rng = np.random.default_rng(seed)
    x = np.linspace(-1, 1, points)
    y = np.sin(np.pi * x)
    w = rng.standard_normal(width) * np.sqrt(2.0)
    b = np.zeros(width)
    w_out = rng.standard_normal(width) * np.sqrt(1.0 / width)
    b_out = 0.0
    for epoch in range(1, epochs + 1):
        z = w[:, None] * x[None, :] + b[:, None]
        a = np.maximum(z, 0)
        slope = z > 0
        y_hat = w_out @ a + b_out
        error = 2 * (y_hat - y) / points
        g_out = a @ error
        g_b_out = error.sum()
        d = (w_out[:, None] * error[None, :]) * slope
        g_b = d.sum(axis=1)
        g_w = d @ x
        w -= rate * g_w
        b -= rate * g_b
        w_out -= rate * g_out
        b_out -= rate * g_b_out
        z = w[:, None] * x[None, :] + b[:, None]
        loss = float(np.mean((w_out @ np.maximum(z, 0) + b_out - y) ** 2))
        dead = int(np.count_nonzero(~(z > 0).any(axis=1)))
        if epoch % 100 == 0 or epoch == epochs:
            print(f"{epoch:5} {loss:.4f} {dead} of {width}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "kernels":
        kernels(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "feed":
        feed(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "net":
        net(width=1024, points=200, epochs=int(sys.argv[2]), rate=0.2, seed=1)
    else:
        sys.exit(f"bench_numpy.py: unknown mode {mode}")

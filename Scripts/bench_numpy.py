"""NumPy's side of Scripts/bench.sh: the same work done the way a NumPy user
would write it. Run by Scripts/bench.py; prints `name nanoseconds` lines
(kernels) or the same summary relulab prints (feed, net, born)."""

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


def born(widths, depths, trials, seed):
    """`born relu width ... depth ... trials T seed S`: for each width, T
    networks of 1 input and max(depths) hidden relu layers, He-normal weights
    N(0, 2 / fan_in), zero biases; a network is born dead at depth D when one
    of its first D layers is <= 0 at every unit for x = -1 and x = 1 (zero
    biases make it positively homogeneous, so the two points decide it).
    Each width's T networks go through the layers together, as (T, 2, N) @
    (T, N, N) batched products, and those found dead leave the batch."""
    rng = np.random.default_rng(seed)
    deepest = max(depths)
    print(f"born relu: {trials} networks per cell, fraction born dead")
    print("width  " + "  ".join(f"depth {d:<6}" for d in depths))
    for n in widths:
        first = np.full(trials, deepest + 1)
        alive = np.arange(trials)
        # Layer 1, fan_in 1: the outputs at x = -1 and x = 1, (T, 2, N).
        w = rng.standard_normal((trials, n)) * np.sqrt(2.0)
        a = np.maximum(np.stack((-w, w), axis=1), 0)
        scale = np.sqrt(2.0 / n)
        for layer in range(1, deepest + 1):
            if layer > 1:
                w = rng.standard_normal((len(alive), n, n)) * scale
                a = np.maximum(a @ w.transpose(0, 2, 1), 0)
            dead = ~(a > 0).any(axis=(1, 2))
            first[alive[dead]] = layer
            a, alive = a[~dead], alive[~dead]
            if len(alive) == 0:
                break
        fractions = (np.count_nonzero(first <= d) / trials for d in depths)
        print(f"{n:5}  " + "  ".join(f"{f:<12g}" for f in fractions))
    print(f"  seed {seed}")


def twin(width, points, epochs, rate, seed, dtype):
    """`net relu width W seed S; twin epochs E` at one precision: two copies
    of a 1-W-1 relu network, relu'(0) = 0 and 1, full-batch descent in
    `dtype`, each epoch's gradients compared and the z = 0 of copy 0 counted."""
    t = np.dtype(dtype).type
    rng = np.random.default_rng(seed)
    x = np.linspace(-1, 1, points).astype(dtype)
    y = np.sin(np.pi * np.linspace(-1, 1, points)).astype(dtype)
    w = (rng.standard_normal(width) * np.sqrt(2.0)).astype(dtype)
    w_out = (rng.standard_normal(width) * np.sqrt(1.0 / width)).astype(dtype)
    copies = [[w.copy(), np.zeros(width, dtype), w_out.copy(), t(0)] for _ in range(2)]
    zeros = differing = 0
    for _ in range(epochs):
        grads = []
        for c, (w, b, w_out, b_out) in enumerate(copies):
            z = w[:, None] * x[None, :] + b[:, None]
            if c == 0:
                zeros += int(np.count_nonzero(z == 0))
            a = np.maximum(z, t(0))
            slope = (z > 0) if c == 0 else (z >= 0)
            error = (w_out @ a + b_out - y) * t(2 / points)
            d = (w_out[:, None] * error[None, :]) * slope.astype(dtype)
            grads.append((d @ x, d.sum(axis=1), a @ error, error.sum()))
        if any(not np.array_equal(p, q) for p, q in zip(*grads)):
            differing += 1
        for copy, (g_w, g_b, g_out, g_b_out) in zip(copies, grads):
            copy[0] = copy[0] - t(rate) * g_w
            copy[1] = copy[1] - t(rate) * g_b
            copy[2] = copy[2] - t(rate) * g_out
            copy[3] = copy[3] - t(rate) * g_b_out
    print(f"{dtype}: z = 0 {zeros}, epochs differing {differing}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "kernels":
        kernels(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "feed":
        feed(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "net":
        net(width=1024, points=200, epochs=int(sys.argv[2]), rate=0.2, seed=1)
    elif mode == "born":
        # born WIDTHS DEPTHS TRIALS SEED, the lists comma-separated.
        widths = [int(v) for v in sys.argv[2].split(",")]
        depths = [int(v) for v in sys.argv[3].split(",")]
        born(widths, depths, trials=int(sys.argv[4]), seed=int(sys.argv[5]))
    elif mode == "twin":
        # twin EPOCHS DTYPE: 1-64-1 relu, 200 points, lr 0.2, seed 1.
        twin(width=64, points=200, epochs=int(sys.argv[2]), rate=0.2, seed=1, dtype=sys.argv[3])
    else:
        sys.exit(f"bench_numpy.py: unknown mode {mode}")

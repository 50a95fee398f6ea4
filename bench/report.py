#!/usr/bin/env python3
"""Tables and a latency-vs-length plot from JMH JSON results (standard library only).

    python3 bench/report.py RESULTS.json... [--svg OUT.svg] [--title TEXT]

Prints a Markdown table per benchmark class: mean, p50, p99 and p99.9 latency per message in
microseconds, messages/s per core (1 / mean; each thread runs on its own core) and in all, and
bytes allocated per message when the run had -prof gc. Throughput rows (SideBySideBenchmark's
redactorAllCores) give messages/s in all and no percentiles. For SideBySideBenchmark it adds the
ratios of Redactor's mean to the floor and to the baselines for each input (FlatRegexBenchmark's
regexFlat among them) and the all-cores scaling, and with --svg writes a log-log plot of mean
latency against message length (the numeric `input` values) for each implementation.
"""
import json
import math
import sys
from collections import defaultdict


def load(paths):
    """Results of every file; a later file's result replaces an earlier one with the same
    benchmark, mode and parameters (so a rerun of a few benchmarks can patch a full run)."""
    rows = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for r in json.load(f):
                key = (r["benchmark"], r.get("mode"), json.dumps(r.get("params", {}), sort_keys=True))
                rows.pop(key, None)
                rows[key] = r
    return sorted(rows.values(), key=lambda r: r["benchmark"])


def short(name):
    cls, _, method = name.rpartition(".")
    return cls.rpartition(".")[2], method


def fmt(x):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def to_us(score, unit):
    scale = {"ns/op": 1e-3, "us/op": 1.0, "ms/op": 1e3, "s/op": 1e6}
    return score * scale.get(unit, float("nan"))


def summarize(r):
    pm = r["primaryMetric"]
    unit = pm["scoreUnit"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    threads = r.get("threads", 1)
    if r.get("mode") == "thrpt":
        # ops/s of all threads together: each thread's mean time per message is threads / score
        per_second = pm["score"] * {"ops/s": 1.0, "ops/ms": 1e3, "ops/us": 1e6}.get(unit, float("nan"))
        mean = threads * 1e6 / per_second if per_second > 0 else float("nan")
        return {"mean": mean, "p50": None, "p99": None, "p999": None,
                "perCore": per_second / threads, "total": per_second, "alloc": alloc,
                "threads": threads}
    pct = pm.get("scorePercentiles", {})
    mean = to_us(pm["score"], unit)
    return {
        "mean": mean,
        "p50": to_us(pct.get("50.0", float("nan")), unit),
        "p99": to_us(pct.get("99.0", float("nan")), unit),
        "p999": to_us(pct.get("99.9", float("nan")), unit),
        "perCore": 1e6 / mean if mean > 0 else float("nan"),
        "total": threads * 1e6 / mean if mean > 0 else float("nan"),
        "alloc": alloc,
        "threads": threads,
    }


def params_text(params):
    return ", ".join(f"{k}={v}" for k, v in sorted(params.items()) if k != "seed")


def tables(rows):
    by_class = defaultdict(list)
    for r in rows:
        if r.get("mode") not in ("sample", "thrpt"):
            continue
        cls, method = short(r["benchmark"])
        by_class[cls].append((method, r))
    out = []
    for cls, items in by_class.items():
        out.append(f"\n**{cls}** (µs per message per thread; msg/s per core = 1 / mean; a"
                   " throughput row has no percentiles)\n")
        out.append("| benchmark | params | threads | mean | p50 | p99 | p99.9 | msg/s per core"
                   " | msg/s in all | B/msg |")
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for method, r in items:
            s = summarize(r)
            out.append(
                f"| {method} | {params_text(r.get('params', {}))} | {s['threads']} | {fmt(s['mean'])}"
                f" | {fmt(s['p50'])} | {fmt(s['p99'])} | {fmt(s['p999'])} | {fmt(s['perCore'])}"
                f" | {fmt(s['total'])} | {fmt(s['alloc'])} |")
    # The flat regex baseline runs in a benchmark of its own; its ratio joins the side by side.
    side = by_class.get("SideBySideBenchmark", []) + by_class.get("FlatRegexBenchmark", [])
    if by_class.get("SideBySideBenchmark"):
        out.extend(ratios(side))
    return "\n".join(out)


def ratios(items):
    mean = defaultdict(dict)
    total = defaultdict(dict)
    for method, r in items:
        s = summarize(r)
        mean[r["params"]["input"]][method] = s["mean"]
        total[r["params"]["input"]][method] = s["total"]
    out = ["", "Ratios of mean latency per input (how many times Redactor's time; "
           "floor < 1 means Redactor is slower than the floor, baseline > 1 means Redactor is faster):", "",
           "| input | Redactor / tokenizer floor | Redactor / normalize+tokenize | regex baseline / Redactor"
           " | flat regex / Redactor | name finder / Redactor | all cores / one thread (msg/s in all) |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for inp in sorted(mean, key=lambda k: (k != "mix", float(k) if k != "mix" else 0)):
        m = mean[inp]
        red = m.get("redactor")
        def q(a, b):
            return f"{a / b:.1f}×" if a and b else "-"
        out.append(f"| {inp} | {q(red, m.get('floorTokenizer'))} | {q(red, m.get('floorAnalysis'))}"
                   f" | {q(m.get('regexBaseline'), red)} | {q(m.get('regexFlat'), red)}"
                   f" | {q(m.get('nameFinder'), red)}"
                   f" | {q(total[inp].get('redactorAllCores'), total[inp].get('redactor'))} |")
    return out


COLORS = {"redactor": "#d62728", "redactorAllCores": "#ff9896", "floorTokenizer": "#7f7f7f",
          "floorAnalysis": "#2ca02c", "regexBaseline": "#1f77b4", "regexFlat": "#17becf", "nameFinder": "#9467bd"}


def svg(rows, path, title):
    series = defaultdict(list)
    for r in rows:
        cls, method = short(r["benchmark"])
        if cls not in ("SideBySideBenchmark", "FlatRegexBenchmark") or r.get("mode") != "sample":
            continue
        inp = r["params"].get("input")
        if not inp or inp == "mix":
            continue
        series[method].append((int(inp), summarize(r)["mean"]))
    if not series:
        print("report.py: no SideBySideBenchmark lengths to plot", file=sys.stderr)
        return
    xs = [x for s in series.values() for x, _ in s]
    ys = [y for s in series.values() for _, y in s if y > 0]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    x1 = max(x1, x0 + 1)
    y1 = max(y1, y0 + 1)
    W, H, L, R, T, B = 760, 480, 80, 190, 50, 60
    pw, ph = W - L - R, H - T - B

    def px(x):
        return L + (math.log10(x) - x0) / (x1 - x0) * pw

    def py(y):
        return T + ph - (math.log10(y) - y0) / (y1 - y0) * ph

    e = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
         f'<rect width="{W}" height="{H}" fill="white"/>',
         f'<text x="{W / 2 - R / 2}" y="24" text-anchor="middle" font-size="15">{esc(title)}</text>']
    for d in range(x0, x1 + 1):
        x = px(10 ** d)
        e.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{T + ph}" stroke="#ddd"/>')
        e.append(f'<text x="{x:.1f}" y="{T + ph + 18}" text-anchor="middle">10^{d}</text>')
    for d in range(y0, y1 + 1):
        y = py(10 ** d)
        e.append(f'<line x1="{L}" y1="{y:.1f}" x2="{L + pw}" y2="{y:.1f}" stroke="#ddd"/>')
        e.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end">{label_us(10 ** d)}</text>')
    e.append(f'<rect x="{L}" y="{T}" width="{pw}" height="{ph}" fill="none" stroke="#333"/>')
    e.append(f'<text x="{L + pw / 2}" y="{H - 15}" text-anchor="middle">message length (characters)</text>')
    e.append(f'<text transform="translate(18,{T + ph / 2}) rotate(-90)" text-anchor="middle">mean time per message</text>')
    for i, (method, pts) in enumerate(sorted(series.items())):
        pts.sort()
        color = COLORS.get(method, "#000")
        d = " ".join(f"{'M' if j == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for j, (x, y) in enumerate(pts) if y > 0)
        e.append(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="2"/>')
        for x, y in pts:
            if y > 0:
                e.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>')
        ly = T + 10 + i * 20
        e.append(f'<line x1="{L + pw + 15}" y1="{ly}" x2="{L + pw + 40}" y2="{ly}" stroke="{color}" stroke-width="2"/>')
        e.append(f'<text x="{L + pw + 45}" y="{ly + 4}">{esc(method)}</text>')
    e.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(e) + "\n")
    print(f"report.py: wrote {path}", file=sys.stderr)


def label_us(us):
    if us >= 1e6:
        return f"{us / 1e6:g} s"
    if us >= 1e3:
        return f"{us / 1e3:g} ms"
    if us >= 1:
        return f"{us:g} µs"
    return f"{us * 1e3:g} ns"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(argv):
    paths, out, title = [], None, "Latency vs message length"
    it = iter(argv)
    for a in it:
        if a == "--svg":
            out = next(it)
        elif a == "--title":
            title = next(it)
        else:
            paths.append(a)
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    rows = load(paths)
    print(tables(rows))
    if out:
        svg(rows, out, title)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

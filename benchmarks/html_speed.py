#!/usr/bin/env python3
"""The HTML path's time as a ratio to trafilatura's ``extract()``, interleaved page by page.

Usage:
    python3 benchmarks/html_speed.py [--split ../shared/bench/dev] [--runs 2] [--every 1]

``benchmarks/speed.py`` times ``extract()`` over all pages, then the HTML path over all pages: on a
shared machine the two passes meet different loads, and its ratio moved by 0.1x from run to run
of the same code. Here each page goes through ``extract()``, ``articlean.pipeline.load`` (the page
to lines and metadata hints: parsing, metadata, the page written as lines) and ``articlean.clean``
(all of it) one after the other, in CPU seconds of this process, and each run prints its ratios to
``extract()``; the min and median over the runs close the report. To compare two trees, run it
with each one's ``PYTHONPATH=.../src`` in turn, several times.

Each run starts with the cleaner's per-text caches emptied (``speed.clear_text_caches``), as a fresh
process has them: a second pass over the same pages found its blocks measured already, and read
1.30x where the first read 1.60x (``--warm`` keeps them, as this script did before).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from articlean import InputFormat, Options, clean
from articlean.pipeline import load
from speed import clear_text_caches

DEFAULT_SPLIT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--runs", type=int, default=2, help="passes over the pages")
    parser.add_argument("--every", type=int, default=1, help="take every N-th page")
    parser.add_argument("--warm", action="store_true", help="keep the per-text caches between runs")
    args = parser.parse_args()
    from trafilatura import extract

    paths = sorted((args.split / "html").glob("*.html.gz"))[:: args.every]
    pages = [gzip.decompress(path.read_bytes()) for path in paths]
    if not pages:
        parser.error(f"{args.split}: no html/*.html.gz")
    options = Options(input_format=InputFormat.HTML)
    systems: dict[str, Callable[[bytes], object]] = {
        "extract()": extract,
        "load (HTML to lines and hints)": lambda page: load(page, options),
        "clean (the whole HTML path)": lambda page: clean(page, options),
    }
    for work in systems.values():  # imports and models loaded before timing
        work(pages[0])
    ratios: dict[str, list[float]] = {name: [] for name in systems}
    for run in range(args.runs):
        seconds = dict.fromkeys(systems, 0.0)
        if not args.warm:
            clear_text_caches()
        for page in pages:
            for name, work in systems.items():
                started = time.process_time()
                work(page)
                seconds[name] += time.process_time() - started
        for name in systems:
            ratios[name].append(seconds[name] / seconds["extract()"])
        print(f"run {run + 1}: " + ", ".join(f"{name} {value:.2f} s" for name, value in seconds.items()))
    for name, values in ratios.items():
        print(f"{name:<32} {min(values):.3f}x min {statistics.median(values):.3f}x median of extract()")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

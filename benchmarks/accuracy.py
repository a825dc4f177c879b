#!/usr/bin/env python3
"""Score articlean on the benchmark split: clean every dump in-process, then run the split's scorer.

Usage:
    python3 benchmarks/accuracy.py [--split ../shared/bench/dev] [--mode balanced|precision|recall]
        [--renderer r1|r2|md] [--subset N] [--worst N] [--jobs 2] [--out DIR]

Writes ``{case}.json`` ({"text", "title"}) into DIR (a temporary directory unless ``--out``), then
prints score.py's table per renderer and per source (sh/rd); the last line is score.py's
``F1 … P … R … cases N`` for the whole selection. ``--subset N`` keeps every N-th case of the sorted
case list (a fixed, stable subset).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articlean import Mode, Options, clean

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPLIT = ROOT.parent / "shared" / "bench" / "dev"


def select_cases(inputs: Path, renderer: str | None = None, subset: int = 1) -> list[Path]:
    """The input files to clean, sorted; every ``subset``-th one of them."""
    paths = sorted(inputs.glob("*.txt"))
    if renderer:
        paths = [path for path in paths if path.name.endswith(f".{renderer}.txt")]
    return paths[::subset]


def clean_one(job: tuple[Path, Path, str]) -> int:
    path, out, mode = job
    data = path.read_bytes()
    result = clean(data, Options(mode=Mode(mode)))
    case = path.name.removesuffix(".txt")
    payload = {"text": result.text, "title": result.metadata.title}
    (out / f"{case}.json").write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return len(data)


def run(paths: list[Path], out: Path, mode: str, jobs: int) -> tuple[float, int]:
    """Clean ``paths`` into ``out``; return the elapsed seconds and the bytes cleaned."""
    started = time.perf_counter()
    work = [(path, out, mode) for path in paths]
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            sizes = pool.map(clean_one, work, chunksize=4)
    else:
        sizes = [clean_one(job) for job in work]
    return time.perf_counter() - started, sum(sizes)


def score(split: Path, out: Path, extra: list[str], scorer: Path) -> str:
    """Run the benchmark's score.py (``scorer``) on ``split``'s gold and the outputs in ``out``."""
    command = [sys.executable, str(scorer), "--split", str(split), "--outputs", str(out), *extra]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def restrict(split: Path, paths: list[Path], scratch: Path) -> Path:
    """A split holding only the selected cases' gold lines, so unselected cases do not count as empty."""
    names = {path.name.removesuffix(".txt") for path in paths}
    lines = (split / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line and json.loads(line)["case"] in names]
    (scratch / "gold.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    (scratch / "inputs").mkdir(exist_ok=True)
    return scratch


def report(split: Path, paths: list[Path], out: Path, worst: int) -> str:
    """score.py's tables for all cases, each source, and the whole selection (last line)."""
    scorer = split.parent / "score.py"
    with tempfile.TemporaryDirectory() as scratch_dir:
        scratch = Path(scratch_dir)
        sections = []
        for source in ("sh", "rd"):
            chosen = [path for path in paths if path.name.startswith(f"{source}-")]
            if chosen:
                (scratch / source).mkdir()
                text = score(restrict(split, chosen, scratch / source), out, ["--per-renderer"], scorer)
                sections.append(f"[{source}] " + text.strip().splitlines()[-1])
        (scratch / "all").mkdir()
        extra = ["--per-renderer"] + (["--worst", str(worst)] if worst else [])
        whole = score(restrict(split, paths, scratch / "all"), out, extra, scorer)
    return "\n".join([whole.strip(), *sections, whole.strip().splitlines()[-1]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--mode", choices=[mode.value for mode in Mode], default=Mode.BALANCED.value)
    parser.add_argument("--renderer", choices=["r1", "r2", "md"])
    parser.add_argument("--subset", type=int, default=1, help="keep every N-th case")
    parser.add_argument("--worst", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, help="keep the outputs here")
    args = parser.parse_args()
    paths = select_cases(args.split / "inputs", args.renderer, args.subset)
    with tempfile.TemporaryDirectory() as temporary:
        out = args.out or Path(temporary)
        out.mkdir(parents=True, exist_ok=True)
        elapsed, size = run(paths, out, args.mode, args.jobs)
        print(report(args.split, paths, out, args.worst))
    print(
        f"cleaned {len(paths)} docs, {size / 1e6:.1f} MB in {elapsed:.1f}s with {args.jobs} jobs: "
        f"{len(paths) / elapsed:.1f} docs/s, {size / 1e6 / elapsed:.2f} MB/s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()

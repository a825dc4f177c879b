"""Score cleaning with and without learning the site's boilerplate from the batch, in-process.

    python3 benchmarks/learn.py                  # table per site of benchmarks/sites, then the dev check
    python3 benchmarks/learn.py --drops 10       # also list body lines that learning dropped
    python3 benchmarks/learn.py --json           # one JSON summary on stdout
    python3 benchmarks/learn.py --no-dev         # skip the dev check

Without learning a dump is cleaned alone, ``articlean.clean(data)``. With learning, a first pass counts
the lines of every document of the batch (one folder of ``benchmarks/sites``, or all of the dev
inputs as one batch) in an ``articlean.corpus.LineTable`` and a second pass cleans each dump with
``clean(data, boilerplate=table)``. The metric is the one of ``../shared/bench/score.py`` (imported
from there when present, else the same shingle F1 reimplemented below). The dev check fails (exit 1)
when learning lowers the dev F1: a batch of unrelated sites must not lose body to the table. A dump
that fails to clean is reported on stderr, scored as empty and makes the exit code 2.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import articlean
from articlean.corpus import Learner, LineTable, document_keys
from articlean.model import Options
from articlean.pipeline import load

REPO = Path(__file__).resolve().parents[1]
SITES = REPO / "benchmarks" / "sites"
BENCH = REPO.parent / "shared" / "bench"
# A dropped block counts as body when at least this share of its 4-gram shingles are in the gold.
BODY_SHARE = 0.5
# Learning "lowers" dev F1 only by more than rounding noise.
TOLERANCE = 1e-9

TpFpFn = tuple[float, float, float]


def _load_scorer() -> ModuleType | None:
    path = BENCH / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("articlean_bench_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TOKEN = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def _matching(true: str, pred: str) -> TpFpFn:
    """score.py's string_shingle_matching: multiset 4-gram overlap, normalised by tp+fp+fn."""
    gold, output = _shingles(true), _shingles(pred)
    tp = float(sum((gold & output).values()))
    fp = float(sum((output - gold).values()))
    fn = float(sum((gold - output).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _aggregate(counts: list[TpFpFn]) -> dict[str, Any]:
    """score.py's aggregate: mean P over cases with output, mean R over cases with gold, F1 of means."""
    precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return {"f1": f1, "precision": p, "recall": r, "cases": len(counts)}


def _title_matches(output: str | None, gold: str) -> bool:
    """A simpler stand-in for score.py's title_matches: equal after case and spacing are ignored."""
    return bool(output) and " ".join(str(output).casefold().split()) == " ".join(gold.casefold().split())


_SCORE = _load_scorer()
matching: Callable[[str, str], TpFpFn] = _SCORE.string_shingle_matching if _SCORE else _matching
aggregate: Callable[[list[TpFpFn]], dict[str, Any]] = _SCORE.aggregate if _SCORE else _aggregate
title_matches: Callable[[str | None, str], bool] = _SCORE.title_matches if _SCORE else _title_matches


@dataclass
class Case:
    name: str
    data: bytes
    gold: str
    title: str | None = None


@dataclass
class Run:
    """One cleaning pass over a batch: outputs, failures and what learning dropped."""

    outputs: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    dropped_body: Counter[str] = field(default_factory=Counter)
    titles: dict[str, str | None] = field(default_factory=dict)

    def score(self, cases: list[Case]) -> dict[str, Any]:
        summary = aggregate([matching(case.gold, self.outputs.get(case.name, "")) for case in cases])
        titled = [(case.name, case.title) for case in cases if case.title]
        right = sum(title_matches(self.titles.get(name), title) for name, title in titled)
        summary["title_accuracy"] = right / len(titled) if titled else None
        summary["errors"] = len(self.errors)
        summary["dropped_blocks"] = sum(self.dropped.values())
        summary["dropped_body_blocks"] = sum(self.dropped_body.values())
        return summary


def read_gold(path: Path) -> Iterable[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        yield from (json.loads(line) for line in lines if line.strip())


def load_sites(folder: Path) -> dict[str, list[Case]]:
    sites: dict[str, list[Case]] = {}
    for record in read_gold(folder / "gold.jsonl"):
        site = record["case"].split("/")[0]
        data = (folder / f"{record['case']}.txt").read_bytes()
        sites.setdefault(site, []).append(Case(record["case"], data, record["text"], record.get("title")))
    return sites


def load_dev(split: Path) -> list[Case]:
    return [Case(record["case"], (split / "inputs" / f"{record['case']}.txt").read_bytes(), record["text"],
                 record.get("title")) for record in read_gold(split / "gold.jsonl")]


def learn(cases: list[Case], errors: list[str]) -> LineTable:
    """The first pass: every document's lines counted in one table."""
    learner = Learner()  # what the command does: each distinct document counted once
    for case in cases:
        try:
            learner.add(frozenset(document_keys(load(case.data, Options()).lines)))
        except Exception as error:  # counted and reported, never hidden: the loader is being rewritten
            errors.append(f"{case.name}: learn: {type(error).__name__}: {error}")
    return learner.table


def _is_body(text: str, gold: Counter[tuple[str, ...]]) -> bool:
    shingles = _shingles(text)
    return bool(shingles) and sum((shingles & gold).values()) >= BODY_SHARE * sum(shingles.values())


def clean_batch(cases: list[Case], table: LineTable | None) -> Run:
    """The second pass (or the only one): each dump cleaned, learned drops noted against the gold."""
    run = Run()
    for case in cases:
        try:
            result = articlean.clean(case.data, boilerplate=table)
        except Exception as error:  # counted, reported on stderr and scored as an empty output
            run.errors.append(f"{case.name}: {type(error).__name__}: {error}")
            continue
        run.outputs[case.name] = result.text
        run.titles[case.name] = result.metadata.title
        gold = _shingles(case.gold)
        for block, verdict in zip(result.blocks, result.verdicts, strict=True):
            if verdict.reason == "site-boilerplate":
                run.dropped[block.text] += 1
                if _is_body(block.text, gold):
                    run.dropped_body[block.text] += 1
    return run


def compare(cases: list[Case]) -> tuple[dict[str, Any], Run]:
    """Scores without and with learning over one batch; the learned run for its drop lists."""
    plain = clean_batch(cases, None)
    learn_errors: list[str] = []
    table = learn(cases, learn_errors)
    learned = clean_batch(cases, table)
    learned.errors[:0] = learn_errors
    errors = plain.errors + learned.errors
    if errors:
        print(f"{len(errors)} failures in {len(cases)} dumps x 2 passes; first: {errors[0]}", file=sys.stderr)
    summary = {"without": plain.score(cases), "with": learned.score(cases), "table_lines": len(table.counts)}
    return summary, learned


def _row(name: str, summary: dict[str, Any]) -> str:
    without, with_ = summary["without"], summary["with"]
    cells = [f"{without[key]:7.4f}" for key in ("f1", "precision", "recall")]
    cells += [f"{with_[key]:7.4f}" for key in ("f1", "precision", "recall")]
    errors = without["errors"] + with_["errors"]
    drops = f"{with_['dropped_blocks']:6d} {with_['dropped_body_blocks']:5d} {errors:4d}"
    titles = " ".join("    n/a" if run["title_accuracy"] is None else f"{run['title_accuracy']:7.3f}"
                      for run in (without, with_))
    gain = with_["f1"] - without["f1"]
    return f"{name:<10} {without['cases']:5d} {' '.join(cells)} {gain:+7.4f} {drops} {titles}"


HEADER = (f"{'batch':<10} {'cases':>5} {'F1':>7} {'P':>7} {'R':>7} {'F1+L':>7} {'P+L':>7} {'R+L':>7} "
          f"{'dF1':>7} {'drops':>6} {'body':>5} {'err':>4} {'title':>7} {'title+L':>7}")


def print_drops(name: str, run: Run, limit: int) -> None:
    if limit <= 0:
        return
    print(f"\n{name}: body blocks dropped as site-boilerplate ({sum(run.dropped_body.values())}):")
    for text, count in run.dropped_body.most_common(limit):
        print(f"  {count:4d}x  {text[:100]}")
    print(f"{name}: most frequent blocks dropped as site-boilerplate:")
    for text, count in run.dropped.most_common(limit):
        print(f"  {count:4d}x  {text[:100]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=Path, default=SITES, help="folder written by make_sites.py")
    parser.add_argument("--dev", type=Path, default=BENCH / "dev", help="dev split (gold.jsonl, inputs/)")
    parser.add_argument("--no-dev", action="store_true", help="skip the dev check")
    parser.add_argument("--drops", type=int, default=0, metavar="N", help="list N dropped blocks per batch")
    parser.add_argument("--json", action="store_true", help="print one JSON summary instead of the table")
    args = parser.parse_args(argv)
    if not (args.sites / "gold.jsonl").is_file():
        print(f"no {args.sites / 'gold.jsonl'}: run benchmarks/make_sites.py first", file=sys.stderr)
        return 2
    report: dict[str, Any] = {"scorer": str(BENCH / "score.py") if _SCORE else "reimplemented", "sites": {}}
    runs: dict[str, Run] = {}
    sites = load_sites(args.sites)
    for site, cases in sites.items():
        report["sites"][site], runs[site] = compare(cases)
    report["overall"], runs["overall"] = compare([case for cases in sites.values() for case in cases])
    # "overall" learns over all three sites as one batch; the per-site rows learn per folder.
    if args.no_dev:
        print("dev check skipped (--no-dev)", file=sys.stderr)
    elif not (args.dev / "gold.jsonl").is_file():
        print(f"dev check skipped: no dev split at {args.dev}", file=sys.stderr)
    else:
        report["dev"], runs["dev"] = compare(load_dev(args.dev))
    dev = report.get("dev")
    report["dev_lowered"] = bool(dev and dev["with"]["f1"] < dev["without"]["f1"] - TOLERANCE)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(HEADER)
        for name in [*report["sites"], "overall", *(["dev"] if dev else [])]:
            print(_row(name, report["sites"].get(name) or report[name]))
        for name, run in runs.items():
            print_drops(name, run, args.drops)
    if report["dev_lowered"]:
        print("learning lowered the dev F1", file=sys.stderr)
        return 1
    # Failed dumps are scored as empty outputs; the figures are then not to be trusted.
    return 2 if any(run.errors for run in runs.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

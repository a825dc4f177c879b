#!/usr/bin/env python3
"""Check that cleaning is idempotent: clean every dump, clean its output again, count what changes.

Usage:
    python3 benchmarks/idempotency.py [FOLDER] [--mode balanced|precision|recall|all]
        [--subset N] [--jobs 2] [--outputs DIR] [--json] [--list N]

FOLDER holds the dumps (``*.txt``, ``*.md``, ``*.html``; default: the dev split's inputs). Each dump
is cleaned with the mode, then its output's text is cleaned again with the same mode ("auto": the
input format sniffed again); the output of a dump read as markdown (or HTML) is also cleaned again
as plain text ("text"), since a user may save it as ``.txt``. An output that changes is counted,
with the words the second pass lost and gained, and the reason ids of the blocks it dropped.
``--outputs DIR`` reads the first pass's text from ``DIR/{mode}/{case}.json`` (as
``/tmp/lead/measure.sh``-style runs of ``accuracy.py --out DIR/{mode}`` write it) instead of cleaning
the dumps. Never reads any gold.

Prints a table per mode (or, with ``--json``, one JSON object: per mode, the counts and the changed
outputs). ``--list N`` prints the N outputs that lost the most words.
"""

from __future__ import annotations

import argparse
import difflib
import json
import multiprocessing
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from articlean import InputFormat, Mode, Options, clean

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = ROOT.parent / "shared" / "bench" / "dev" / "inputs"
PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")
# Formats whose output is plain text where the input was not: cleaned again as plain text as well
MARKUP_FORMATS = (InputFormat.MARKDOWN, InputFormat.HTML)
_WORD = re.compile(r"\w+")


@dataclass
class Change:
    """One output that cleaning again changed."""

    case: str
    reading: str  # "auto": the output's format sniffed again; "text": read as plain text
    words: int  # the first output's words
    lost: int  # words of the first output not in the second
    gained: int  # words of the second output not in the first (re-joined lines, never new text)
    reasons: dict[str, int] = field(default_factory=dict)  # dropped lines' reason ids, second pass


@dataclass
class Outcome:
    """What cleaning one dump twice gave: the readings tried and the changes among them."""

    case: str
    readings: list[str]
    changes: list[Change]


def select(folder: Path, subset: int = 1) -> list[Path]:
    """The dumps in ``folder``, sorted; every ``subset``-th one of them."""
    paths = sorted({path for pattern in PATTERNS for path in folder.glob(pattern)})
    return paths[::subset]


def case_name(path: Path) -> str:
    return path.name.removesuffix(path.suffix)


def _diff(first: str, second: str) -> tuple[int, int]:
    """Words of ``first`` missing from ``second``, and the other way round (a word diff)."""
    before, after = _WORD.findall(first), _WORD.findall(second)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    return len(before) - common, len(after) - common


def _reasons(text: str, options: Options) -> tuple[str, dict[str, int]]:
    """The text cleaned again, and the reason ids of the lines with words that it dropped."""
    result = clean(text, options)
    reasons = Counter(
        entry.reason for entry in result.ledger if not entry.label.is_body and entry.text.strip()
    )
    return result.text, dict(reasons.most_common())


def check_text(case: str, text: str, mode: Mode, input_format: InputFormat) -> Outcome:
    """Clean ``text`` (a first pass's output of a dump read as ``input_format``) again."""
    readings = [("auto", InputFormat.AUTO)]
    if input_format in MARKUP_FORMATS:
        readings.append(("text", InputFormat.TEXT))
    changes = []
    for name, reading in readings:
        again, reasons = _reasons(text, Options(mode=mode, input_format=reading))
        if again != text:
            lost, gained = _diff(text, again)
            changes.append(Change(case, name, len(_WORD.findall(text)), lost, gained, reasons))
    return Outcome(case, [name for name, _ in readings], changes)


def check_one(job: tuple[Path, str, Path | None]) -> Outcome:
    """Clean one dump (or read its first output from ``outputs``), then clean that output again."""
    path, mode_name, outputs = job
    mode = Mode(mode_name)
    data = path.read_bytes()
    if outputs is None:
        result = clean(data, Options(mode=mode))
        text, input_format = result.text, result.input_format
    else:
        first = outputs / mode.value / f"{case_name(path)}.json"
        text = json.loads(first.read_text(encoding="utf-8"))["text"]
        from articlean.pipeline import load  # only the sniffed format is wanted here

        input_format = load(data, Options(mode=mode)).input_format
    return check_text(case_name(path), text, mode, input_format)


def run(paths: list[Path], mode: str, jobs: int, outputs: Path | None = None) -> list[Outcome]:
    """Every dump of ``paths`` cleaned twice with ``mode``."""
    work = [(path, mode, outputs) for path in paths]
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            return pool.map(check_one, work, chunksize=2)
    return [check_one(job) for job in work]


def summary(outcomes: list[Outcome]) -> dict[str, object]:
    """Per reading: how many outputs were cleaned again, how many changed, the words they lost and
    gained, and the second pass's reason ids over all the changed outputs."""
    table: dict[str, object] = {}
    for reading in ("auto", "text"):
        tried = sum(1 for outcome in outcomes if reading in outcome.readings)
        changes = [change for outcome in outcomes for change in outcome.changes if change.reading == reading]
        reasons: Counter[str] = Counter()
        for change in changes:
            reasons.update(change.reasons)
        table[reading] = {
            "outputs": tried,
            "changed": len(changes),
            "words_lost": sum(change.lost for change in changes),
            "words_gained": sum(change.gained for change in changes),
            "reasons": dict(reasons.most_common()),
        }
    return table


def print_table(mode: str, outcomes: list[Outcome], listed: int) -> None:
    table = summary(outcomes)
    for reading, row in table.items():
        assert isinstance(row, dict)
        reasons = ", ".join(f"{reason} {count}" for reason, count in list(row["reasons"].items())[:8])
        print(
            f"{mode:9} {reading:4}: {row['changed']:3} of {row['outputs']:3} changed, "
            f"words lost {row['words_lost']}, gained {row['words_gained']}; reasons: {reasons}"
        )
    changes = sorted(
        (change for outcome in outcomes for change in outcome.changes), key=lambda change: -change.lost
    )
    for change in changes[:listed]:
        print(f"    {change.case} [{change.reading}] -{change.lost}/{change.words} +{change.gained}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--mode", choices=[*(mode.value for mode in Mode), "all"], default="all")
    parser.add_argument("--subset", type=int, default=1, help="keep every N-th dump")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--outputs", type=Path, help="read the first pass from DIR/{mode}/{case}.json")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--list", type=int, default=0, help="list the N outputs that lost most")
    args = parser.parse_args()
    paths = select(args.folder, args.subset)
    if not paths:
        sys.exit(f"idempotency: {args.folder}: no dumps")
    modes = [mode.value for mode in Mode] if args.mode == "all" else [args.mode]
    report: dict[str, object] = {}
    for mode in modes:
        outcomes = run(paths, mode, args.jobs, args.outputs)
        if args.json:
            changes = [asdict(change) for outcome in outcomes for change in outcome.changes]
            report[mode] = {"summary": summary(outcomes), "changes": changes}
        else:
            print_table(mode, outcomes, args.list)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

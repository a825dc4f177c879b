#!/usr/bin/env python3
"""Metadata accuracy of articlean on a benchmark split, per field and renderer.

Reads the split's gold (title, byline, excerpt, sitename, date, lang of the Readability pages) only
here, never inside the tool. Columns: the three text renderers (r1, r2, md) and "html", each page's
original HTML through ``articlean.clean(data, Options(input_format=InputFormat.HTML))``. Fields:
  title        score.py's title rule (casefolded, punctuation-trimmed equality, or the gold without
               trailing " | Site" parts)
  title_ceiling  how the ceiling is measured: the share of cases whose dump holds the gold title as
               one line, i.e. some line, as printed or with its markdown syntax stripped, passes
               the same title rule; a cleaner that picks one line as the title cannot do better.
               "title / ceiling" divides the title score by it (not for html, where every title
               source of the page is available)
  author       share of gold bylines found in the dump that we match; "false" = share of pages without
               a gold byline that we give one
  date         correct to the day, over pages whose gold has a date
  date_ceiling   the share of those pages whose dump shows the gold day at all, in a common form
               (2015-03-27, 27.03.2015, 3/27/15, March 27, 2015, 27 mars 2015, 21.dez.2018...; also
               2015/03/27 in a link's address, percent-encoded or not):
               the gold dates of the Readability pages come from meta tags, and many pages print
               no date, or another one (an update, the day of a scrape)
  description  token-F1 >= 0.5 with the gold excerpt, over pages whose dump contains the excerpt
  language     ISO 639-1 equal to the gold's, over pages whose gold has one
  sitename     normalised equality, over pages whose gold has one
  sitename_ceiling  the share of those whose dump holds the gold name as a line (markdown syntax
               stripped), a part of a line split at " | ", " - ", " – ", " — ", " · ", or a link's
               title or an image's alt text

  python3 benchmarks/metadata.py [--split ../shared/bench/dev] [--classifier interim] [--no-html]
                                 [--show FIELD] [--renderer r1|r2|md|html]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import articlean
from articlean.metadata import extract_metadata
from articlean.metaphrases import months
from articlean.model import Block, InputFormat, Label, Metadata, Options, Verdict
from articlean.pipeline import load
from articlean.segment import segment

DEFAULT_SPLIT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"
RENDERERS = ("r1", "r2", "md", "html")
_WORD = re.compile(r"\w+")


def interim_classify(blocks: Sequence[Block], options: Options) -> list[Verdict]:
    """The crude first classifier (prose of >= 12 words is body): a stable baseline labelling."""
    verdicts = []
    for block in blocks:
        words = _WORD.findall(block.text)
        body = len(words) >= 12 and sum(1 for w in words if w.casefold() in _COMMON) / len(words) >= 0.2
        verdicts.append(
            Verdict(Label.BODY, 1.0, "prose") if body else Verdict(Label.BOILERPLATE, 0.0, "short")
        )
    return verdicts


_COMMON = frozenset(
    [
        "the", "a", "an", "of", "to", "in", "and", "is", "was", "for", "on", "that", "with", "as",
        "it", "by", "at", "from", "be", "this", "are", "have", "has", "or", "not", "der", "die",
        "das", "und", "ist", "zu", "den", "von", "mit", "le", "la", "les", "des", "et", "est", "un",
        "une", "en", "du", "de", "el", "los", "las", "y", "que", "es", "por", "il", "di", "che",
        "è", "per", "o", "da", "do", "os", "as", "um", "uma", "não", "em"
    ]
)


def load_score_module(split: Path) -> ModuleType:
    path = split.parent / "score.py"
    spec = importlib.util.spec_from_file_location("bench_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def squash(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def tokens(text: str | None) -> list[str]:
    return _WORD.findall((text or "").casefold())


def token_f1(ours: str | None, gold: str) -> float:
    mine, theirs = Counter(tokens(ours)), Counter(tokens(gold))
    common = sum((mine & theirs).values())
    if not common:
        return 0.0
    precision, recall = common / sum(mine.values()), common / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def author_tokens(text: str | None) -> set[str]:
    return {token for token in tokens(text) if token not in ("by", "written", "and")}


def author_matches(ours: str | None, gold: str) -> bool:
    mine, theirs = author_tokens(ours), author_tokens(gold)
    return bool(mine) and (mine <= theirs or theirs <= mine)


def run_case(data: str, classify: Callable[[Sequence[Block], Options], list[Verdict]]) -> Metadata:
    options = Options()
    document = load(data, options)
    blocks = segment(document.lines, markdown=document.input_format is InputFormat.MARKDOWN)
    metadata, _ = extract_metadata(document, blocks, classify(blocks, options), options)
    return metadata


def title_in_dump(score: ModuleType, data: str, gold: str) -> bool:
    from articlean.markdown import strip_line

    limit = len(gold) + 10
    for line in data.splitlines():
        if len(line.strip()) > limit * 3 or not line.strip():
            continue
        if score.title_matches(line, gold) or score.title_matches(strip_line(line).text, gold):
            return True
    return False


_PARTS = re.compile(r"\s+[|\-–—·]\s+")
_QUOTED = re.compile(r'"([^"]{1,80})"\)|!\[([^\]]{1,80})\]')


def sitename_in_dump(data: str, gold: str) -> bool:
    from articlean.markdown import strip_line

    wanted = squash(gold)
    for line in data.splitlines():
        if len(line) > 2000 or wanted not in squash(line):
            continue
        texts = [line, strip_line(line).text, *(a or b for a, b in _QUOTED.findall(line))]
        if any(squash(part) == wanted for text in texts for part in [text, *_PARTS.split(text.strip())]):
            return True
    return False


def date_pattern(day: str) -> re.Pattern[str]:
    """The forms a page prints a day in: ISO, numeric with either order, month names of the phrase file."""
    year, month, date = (int(part) for part in day[:10].split("-"))
    years = f"(?:{year}|{year % 100:02d})"
    names = "|".join(re.escape(name) for name, number in months().items() if number == month)
    forms = [
        rf"{year}[-/]{month:02d}[-/]{date:02d}",
        rf"(?<!\d)0?{date}[./-]0?{month}[./-]{years}(?!\d)",
        rf"(?<!\d)0?{month}[./-]0?{date}[./-]{years}(?!\d)",
        rf"(?<!\w)(?:{names})\.?\s*0?{date}(?:st|nd|rd|th)?(?!\d)[,.]?\s*{year}",
        rf"(?<!\d)0?{date}(?:\.|º|er)?\s*(?:de\s+)?(?:{names})\.?\s*(?:de\s+)?,?\s*{year}",
    ]
    return re.compile("|".join(forms), re.IGNORECASE)


def date_in_dump(data: str, day: str) -> bool:
    """Whether the dump shows the day, also in a link's percent-encoded address ("%2F2017%2F12%2F15")."""
    return bool(date_pattern(day).search(data) or ("%2F" in data and date_pattern(day).search(unquote(data))))


def judge(score: ModuleType, gold: dict[str, Any], data: str, meta: Metadata) -> dict[str, bool | None]:
    """Per field: True/False when the case counts for it, None when it does not."""
    dump = squash(data)
    outcome: dict[str, bool | None] = {}
    outcome["title"] = score.title_matches(meta.title, gold["title"]) if gold.get("title") else None
    outcome["title_ceiling"] = title_in_dump(score, data, gold["title"]) if gold.get("title") else None
    byline = gold.get("byline")
    in_dump = bool(byline) and squash(re.sub(r"^\s*by\s+", "", byline, flags=re.I)) in dump
    outcome["author"] = author_matches(meta.author, byline) if in_dump else None
    outcome["author_false"] = meta.author is not None if not byline else None
    outcome["date"] = (meta.date or "")[:10] == gold["date"][:10] if gold.get("date") else None
    outcome["date_ceiling"] = date_in_dump(data, gold["date"]) if gold.get("date") else None
    excerpt = gold.get("excerpt")
    outcome["description"] = (
        token_f1(meta.description, excerpt) >= 0.5 if excerpt and squash(excerpt) in dump else None
    )
    lang = gold.get("lang")
    outcome["language"] = (meta.language or "") == lang[:2].casefold() if lang else None
    site = gold.get("sitename")
    outcome["sitename"] = squash(meta.sitename) == squash(site) if site else None
    outcome["sitename_ceiling"] = sitename_in_dump(data, site) if site else None
    return outcome


def record(
    score: ModuleType,
    gold: dict[str, Any],
    column: str,
    data: str,
    meta: Metadata,
    tally: dict[tuple[str, str], list[bool]],
    args: argparse.Namespace,
) -> None:
    """Tally one case's outcome per field; print it when it is a failure asked for with --show."""
    outcome = judge(score, gold, data, meta)
    if column == "html":
        outcome["title_ceiling"] = outcome["date_ceiling"] = outcome["sitename_ceiling"] = None
    for field, ok in outcome.items():
        if ok is None:
            continue
        tally[(field, column)].append(ok)
        ceiling = outcome.get(f"{field}_ceiling", True)
        hopeless = field in ("title", "date") and column != "html" and not ceiling
        wanted = args.show == field and args.renderer in (None, column)
        if wanted and not hopeless and (ok if field == "author_false" else not ok):
            name = field.split("_")[0]
            gold_key = {"author": "byline", "language": "lang", "description": "excerpt"}.get(name, name)
            print(f"{gold['case']} [{column}]: ours={getattr(meta, name, None)!r}"[:220], file=sys.stderr)
            print(f"    gold={gold.get(gold_key)!r}"[:220], file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--classifier", choices=("pipeline", "interim"), default="pipeline")
    parser.add_argument("--show", help="print the failing cases of this field")
    parser.add_argument("--renderer", choices=RENDERERS, help="with --show: only this column")
    parser.add_argument("--no-html", action="store_true", help="skip the html column (slow: trafilatura)")
    args = parser.parse_args(argv)
    score = load_score_module(args.split)
    classify: Callable[[Sequence[Block], Options], list[Verdict]] = interim_classify
    if args.classifier == "pipeline":
        from articlean.classify import classify as pipeline_classify

        classify = pipeline_classify
    golds = [json.loads(line) for line in (args.split / "gold.jsonl").read_text("utf-8").splitlines() if line]
    tally: dict[tuple[str, str], list[bool]] = defaultdict(list)
    elapsed, size = 0.0, 0
    pages: dict[str, dict[str, Any]] = {}
    for gold in golds:
        if gold["source"] != "rd":
            continue
        pages.setdefault(gold["page"], gold)
        data = (args.split / "inputs" / f"{gold['case']}.txt").read_text("utf-8")
        began = time.perf_counter()
        meta = run_case(data, classify)
        elapsed += time.perf_counter() - began
        size += len(data.encode())
        record(score, gold, gold["renderer"], data, meta, tally, args)
    if not args.no_html:
        for page, gold in pages.items():
            html = gzip.decompress((args.split / "html" / f"{page}.html.gz").read_bytes())
            meta = articlean.clean(html, Options(input_format=InputFormat.HTML)).metadata
            record(score, gold, "html", html.decode("utf-8", "replace"), meta, tally, args)
    print_table(tally)
    print(
        f"\n{size / 1e6:.1f} MB in {elapsed:.1f} s: {size / 1e6 / max(elapsed, 1e-9):.2f} MB/s "
        "(whole pipeline "
        f"but decoding, {args.classifier} classifier)"
    )
    return 0


def print_table(tally: dict[tuple[str, str], list[bool]]) -> None:
    fields = (
        "title",
        "title_ceiling",
        "author",
        "author_false",
        "date",
        "date_ceiling",
        "description",
        "language",
        "sitename",
        "sitename_ceiling",
    )
    print(f"{'field':<16}" + "".join(f"{renderer:>16}" for renderer in RENDERERS))
    for field in fields:
        cells = []
        for renderer in RENDERERS:
            values = tally.get((field, renderer), [])
            cells.append(f"{sum(values) / len(values):.3f} ({len(values):>3})" if values else "n/a")
        print(f"{field:<16}" + "".join(f"{cell:>16}" for cell in cells))
    for field, holds in (
        ("title", "holds the title as a line"),
        ("date", "shows the gold day"),
        ("sitename", "holds the name as a line, title part, link title or alt text"),
    ):
        for renderer in RENDERERS[:3]:
            right, ceiling = tally.get((field, renderer), []), tally.get((f"{field}_ceiling", renderer), [])
            if right and ceiling and sum(ceiling):
                print(
                    f"{field} / ceiling {renderer}: {sum(right) / sum(ceiling):.3f} "
                    f"({sum(right)} right of {sum(ceiling)} cases whose dump {holds})"
                )


if __name__ == "__main__":
    sys.exit(main())

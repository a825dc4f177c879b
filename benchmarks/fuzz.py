"""Fuzz the decoder and the HTML path with hypothesis for a time budget, and count the crashes.

    python3 benchmarks/fuzz.py --minutes 10            # the local run of issue 8
    python3 benchmarks/fuzz.py --examples 100          # what CI runs (tests/test_properties.py)

Three targets, each fed by its own strategy:

* ``bytes``: arbitrary bytes, and text in a random encoding with random bytes spliced in, through
  the whole command path (``articlean.batch.run_task``: decode, sniff, clean);
* ``html``: generated HTML (nested tags, attributes, entities, comments, scripts, tables, unclosed
  and stray tags, deep nesting), read as HTML;
* ``sniffed``: the same HTML with text around it, read with ``--input-format auto``.

A crash is an exception escaping ``run_task`` (which turns bad input into a counted failure with its
message; the run sets ``ARTICLEAN_DEBUG`` so that a bug raises instead of becoming an internal
error), output that does not render to valid JSON and UTF-8, or a ledger that does not account for every
line once. Hypothesis runs in rounds of ``--round`` examples with a new
seed each, so a crash does not stop the run; each distinct crash (type and place) is counted once and
its smallest input printed. Exit code 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from articlean.batch import DEBUG_VARIABLE, Settings, Task, run_task
from articlean.model import InputFormat, Options
from articlean.render import OutputFormat, render

ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "shift_jis", "gb18030",
             "koi8-r")
TAGS = ("div", "p", "span", "article", "main", "section", "nav", "footer", "header", "h1", "h2", "ul",
        "li", "table", "tr", "td", "pre", "code", "a", "b", "i", "figure", "figcaption", "blockquote", "br")
WORDS = ("the", "council", "voted", "budget", "Home", "Share", "Subscribe", "&amp;", "&nbsp;", "&#x1F600;",
         "&bogus;", "<", ">", "\u200b", "\u202e", "é", "日本", "\x00", "\r", "\t", "©", "2024-01-02",
         "By Ann Lee")


@dataclass
class Crashes:
    """Distinct crashes: the first (smallest-so-far) input and the traceback of each."""

    seen: dict[str, tuple[str, str]] = field(default_factory=dict)
    examples: int = 0

    def record(self, target: str, data: bytes | str, error: BaseException) -> None:
        frames = traceback.extract_tb(error.__traceback__)
        place = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        key = f"{target}: {type(error).__name__} at {place}"
        if key not in self.seen or len(repr(data)) < len(self.seen[key][0]):
            self.seen[key] = (repr(data)[:2000], "".join(traceback.format_exception(error))[-3000:])


def check(data: bytes | str, options: Options) -> None:
    """Clean ``data`` as the command does; raise AssertionError on anything but a clean outcome."""
    payload = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    outcome = run_task(Task(0, "fuzz", data=payload), Settings(options))
    if outcome.result is None:
        assert outcome.error, "a failure without a message"
        return
    record = json.loads(render(outcome.result, "fuzz", OutputFormat.JSON))
    assert isinstance(record["text"], str)
    record["text"].encode("utf-8")  # no lone surrogates
    ledger = outcome.result.ledger
    document = outcome.result.document
    numbers = [document.line_number(index) for index in range(len(document.lines))]
    assert [entry.line for entry in ledger] == numbers
    assert numbers == sorted(numbers)


def _html(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attrs = st.lists(
        st.tuples(st.sampled_from(("class", "id", "href", "style", "data-x", "src")),
                  st.text(max_size=12)).map(lambda pair: f' {pair[0]}="{pair[1]}"'), max_size=3
    ).map("".join)
    element = st.tuples(st.sampled_from(TAGS), attrs, st.lists(children, max_size=5),
                        st.booleans()).map(
        lambda parts: f"<{parts[0]}{parts[1]}>{''.join(parts[2])}" + (f"</{parts[0]}>" if parts[3] else "")
    )
    return element


_leaf = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join),
    st.text(max_size=40),
    st.sampled_from(("<!-- c -->", "<script>var a = '<p>';</script>", "<style>p{}</style>", "</div>",
                     "<![CDATA[x]]>", "<img src='data:image/png;base64,iVBORw0KGgo='>", "<p", "<<>>", "&")),
)
HTML_BODY = st.recursive(_leaf, _html, max_leaves=60)
HTML_PAGE = st.tuples(HTML_BODY, st.integers(0, 400)).map(
    lambda parts: "<html><head><title>T</title></head><body>" + "<div>" * parts[1] + parts[0]
    + "</div>" * (parts[1] // 2) + "</body></html>"
)


def _spliced(parts: tuple[str, str, bytes, int]) -> bytes:
    text, encoding, noise, where = parts
    data = text.encode(encoding, "replace")
    where = where % (len(data) + 1)
    return data[:where] + noise + data[where:]


BYTES = st.one_of(
    st.binary(max_size=4096),
    st.tuples(st.text(max_size=600), st.sampled_from(ENCODINGS), st.binary(max_size=16),
              st.integers(0, 10**6)).map(_spliced),
)
SNIFFED = st.tuples(st.text(max_size=200), HTML_BODY, st.text(max_size=200)).map("\n".join)

TARGETS: dict[str, tuple[st.SearchStrategy[bytes] | st.SearchStrategy[str], Options]] = {
    "bytes": (BYTES, Options()),
    "html": (HTML_PAGE, Options(input_format=InputFormat.HTML)),
    "sniffed": (SNIFFED, Options()),
}


def one_round(target: str, examples: int, round_seed: int, crashes: Crashes) -> None:
    strategy, options = TARGETS[target]

    @seed(round_seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def fuzz(data: bytes | str) -> None:
        crashes.examples += 1
        try:
            check(data, options)
        except Exception as error:  # counting every crash is the point
            crashes.record(target, data, error)

    fuzz()


def run(seconds: float, examples_per_round: int, rounds: int | None, start_seed: int,
        on_round: Callable[[int, Crashes], None] | None = None) -> Crashes:
    """Rounds over every target until ``seconds`` have passed (or ``rounds`` rounds are done)."""
    # run_task reports a bug as an internal-error outcome; here it must raise, to be counted.
    os.environ[DEBUG_VARIABLE] = "1"
    crashes = Crashes()
    deadline = time.monotonic() + seconds
    generator = random.Random(start_seed)
    done = 0
    while time.monotonic() < deadline and (rounds is None or done < rounds):
        for target in TARGETS:
            one_round(target, examples_per_round, generator.randrange(2**32), crashes)
        done += 1
        if on_round is not None:
            on_round(done, crashes)
    return crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--minutes", type=float, default=10.0, help="time budget (default 10)")
    parser.add_argument("--examples", type=int,
                        help="run one round of this many examples per target, then stop")
    parser.add_argument("--round", type=int, default=500, help="examples per target per round (default 500)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.monotonic()

    def progress(done: int, crashes: Crashes) -> None:
        print(f"round {done}: {crashes.examples} examples, {len(crashes.seen)} distinct crashes, "
              f"{time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)

    if args.examples:
        crashes = run(float("inf"), args.examples, 1, args.seed)
    else:
        crashes = run(args.minutes * 60, args.round, None, args.seed, progress)
    for key, (data, trace) in crashes.seen.items():
        print(f"--- {key}\ninput: {data}\n{trace}")
    print(f"{crashes.examples} examples in {time.monotonic() - started:.0f}s over {', '.join(TARGETS)}: "
          f"{len(crashes.seen)} distinct crashes")
    return 1 if crashes.seen else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Does cleaning time grow linearly with the input on every shape of input, hostile ones included?

Usage:
    PYTHONPATH=src python3 benchmarks/scaling_audit.py [--modes balanced,precision,recall]
        [--shapes NAME,...] [--scale 1.0] [--runs 3]

Each generated shape is cleaned whole through ``articlean.clean`` at size n and 4n, in CPU seconds of
this process, the best of ``--runs`` runs, with the cleaner's per-text caches emptied before each run
and the start-up objects frozen out of the collector's way as the command does (``clean`` pauses the
collector itself). Prints the ratio 4n / n per shape and mode and flags a ratio above FLAG_RATIO: a
linear step shows about 4x, a quadratic one 16x. ``--scale`` multiplies every n (sizes are kept modest
so that the whole audit runs in a few minutes on one core). Exits 1 when a shape is flagged.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable, Sequence

from articlean import InputFormat, Options, clean
from articlean.model import Mode
from speed import clear_text_caches  # the caches a fresh process starts without

# 4n / n above this is no longer linear growth with noise: a linear step gives ~4x, a quadratic 16x.
FLAG_RATIO = 6.0
# How much larger the large size is than the small one.
GROWTH = 4

_WORD_TEXT = (
    "the of and to in a is that for it as was with be by on not he this are or his from at which but "
    "have an they you were her she there been one all we their has would when if so no will can "
    "city council water report people year market school river plan study house court policy season "
    "team energy price data local state health family music water road night garden village museum"
)
_WORDS = tuple(_WORD_TEXT.split())
_CJK = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可里后"


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(count))


def _sentence(rng: random.Random) -> str:
    return _words(rng, rng.randint(8, 20)).capitalize() + "."


def _prose(rng: random.Random, n: int) -> list[str]:
    return [" ".join(_sentence(rng) for _ in range(3)) for _ in range(n)]


def _paragraphs(lines: Sequence[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _framed(rng: random.Random, middle: Sequence[str], blank: bool = True) -> str:
    """``middle`` between a headline and a few paragraphs of prose, as an article page holds it."""
    lines = ["A headline about the city council", *_prose(rng, 3), *middle, *_prose(rng, 3)]
    return _paragraphs(lines) if blank else "\n".join(lines) + "\n"


def numbered_lines(rng: random.Random, n: int) -> str:
    return _framed(rng, [f"{k}. {_words(rng, 6)}" for k in range(1, n + 1)], blank=False)


def number_endings(rng: random.Random, n: int) -> str:
    return _framed(rng, [f"{_words(rng, 5).capitalize()} {rng.randint(1, 999)}" for _ in range(n)])


def short_headings(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for k in range(n):
        lines += [f"## {_words(rng, 2).title()} {k}", _sentence(rng)]
    return _framed(rng, lines)


def huge_line_words(rng: random.Random, n: int) -> str:
    return _framed(rng, [_words(rng, 40 * n)])


def huge_line_marks(rng: random.Random, n: int) -> str:
    return _framed(rng, ["".join(rng.choice("!?.,;:-*|#>[]()") for _ in range(200 * n))])


def huge_line_links(rng: random.Random, n: int) -> str:
    return _framed(rng, [" ".join(f"[{_words(rng, 2)}](https://example.org/{k})" for k in range(4 * n))])


def huge_line_cjk(rng: random.Random, n: int) -> str:
    return _framed(rng, ["".join(rng.choice(_CJK + "，。") for _ in range(200 * n))])


def list_items(rng: random.Random, n: int) -> str:
    return _framed(rng, [f"* {_words(rng, 5)}" for _ in range(n)], blank=False)


def table_pipes(rng: random.Random, n: int) -> str:
    rows = ["| name | score | city |", "|---|---|---|"]
    rows += [f"| {_words(rng, 2)} | {rng.randint(1, 99)} | {rng.choice(_WORDS)} |" for _ in range(n)]
    return _framed(rng, ["\n".join(rows)])


def table_tabs(rng: random.Random, n: int) -> str:
    rows = [f"{_words(rng, 2)}\t{rng.randint(1, 99)}\t{rng.choice(_WORDS)}" for _ in range(n)]
    return _framed(rng, ["\n".join(rows)])


def identical_lines(rng: random.Random, n: int) -> str:
    return _framed(rng, ["Share this article on social media"] * n)


def near_identical(rng: random.Random, n: int) -> str:
    return _framed(rng, [f"Photo {k} of the river in the old town" for k in range(n)], blank=False)


def markdown_links_images(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for k in range(n):
        lines += [
            f"[{_words(rng, 4).title()}](https://example.org/story/{k})",
            f"![{_words(rng, 3)}](/img/{k}.jpg)",
        ]
    return _framed(rng, lines)


def bylines_dates(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for k in range(n):
        lines += [f"By Jane Doe{k % 7} and John Roe", f"March {k % 28 + 1}, 20{k % 30:02d}"]
    return _framed(rng, lines)


def read_more_teasers(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for _ in range(n):
        lines += [_sentence(rng), f"Read more: {_words(rng, 6).title()}"]
    return _framed(rng, lines)


def blank_free_text(rng: random.Random, n: int) -> str:
    return "\n".join(_prose(rng, n)) + "\n"


def hard_wrapped_prose(rng: random.Random, n: int) -> str:
    text = " ".join(_prose(rng, n))
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) > 71:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line]) + "\n"


def toc_leaders(rng: random.Random, n: int) -> str:
    toc = [f"{k}. {_words(rng, 3).title()} {'.' * 20} {k * 3}" for k in range(1, n + 1)]
    return _framed(rng, ["Contents", "\n".join(toc)])


def slide_counters(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for k in range(1, n + 1):
        lines += [f"Photo {k} of {n}", _sentence(rng), "Getty Images"]
    return _framed(rng, lines)


def product_cards(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for k in range(n):
        lines += [f"{_words(rng, 3).title()} {k}", _sentence(rng), f"${rng.randint(5, 300)}.99", "Buy now"]
    return _framed(rng, lines)


def comment_thread(rng: random.Random, n: int) -> str:
    lines: list[str] = ["Comments"]
    for k in range(n):
        lines += [f"user{k % 13}", f"{k % 23 + 1} hours ago", _sentence(rng), "Reply"]
    return _framed(rng, lines)


def lynx_references(rng: random.Random, n: int) -> str:
    body = [f"   [{k}]{_words(rng, 4)} {_sentence(rng)}" for k in range(1, n + 1)]
    refs = [f"  {k}. https://example.org/page/{k}" for k in range(1, n + 1)]
    return "\n".join(["A headline", "", *body, "", "References", "", *refs]) + "\n"


def unclosed_brackets(rng: random.Random, n: int) -> str:
    return _framed(rng, [f"[{_words(rng, 6)} ({_words(rng, 3)}" for _ in range(n)], blank=False)


def unclosed_emphasis(rng: random.Random, n: int) -> str:
    return _framed(
        rng, [f"*{_words(rng, 4)} _{_words(rng, 3)} **{_words(rng, 2)}" for _ in range(n)], blank=False
    )


def unclosed_fence(rng: random.Random, n: int) -> str:
    return _framed(rng, ["```", *(_words(rng, 6) for _ in range(n))], blank=False)


def one_token_lines(rng: random.Random, n: int) -> str:
    return _framed(
        rng,
        [rng.choice([str(rng.randint(1, 99)), rng.choice(_WORDS), "+", "="]) for _ in range(n)],
        blank=False,
    )


def runon_glued(rng: random.Random, n: int) -> str:
    nodes = [rng.choice([_sentence(rng), _words(rng, 2).title(), "Home", "Share"]) for _ in range(4 * n)]
    return "".join(nodes) + "\n"


def wide_table(rng: random.Random, n: int) -> str:
    return _framed(rng, ["| " + " | ".join(_words(rng, 1) for _ in range(10 * n)) + " |"] * 3, blank=False)


def html_br_lines(rng: random.Random, n: int) -> str:
    body = "<br>".join(_words(rng, 5) for _ in range(n))
    return f"<html><body><h1>A headline</h1><div>{body}</div></body></html>"


_TRIGGERS = (
    "Related stories",
    "Read more",
    "Tags: city, river, council",
    "About the author",
    "Key Points",
    "Comments",
    "Ingredients",
    "Instructions",
    "Subscribe",
    "Sign up for our newsletter",
    "Contents",
    "Copyright © 2020 The Paper",
    "Advertisement",
    "1 of 12",
    "Up next in 5",
    "Buy now",
    "$19.99",
    "By Jane Doe",
    "March 3, 2020",
    "Share",
    "Reply",
    "Photo: Getty Images",
    "Image caption The river",
    "Wait 1 second to continue.",
    "Acme is a leading provider of water services.",
    "Highlights",
)


def trigger_soup(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for _ in range(n):
        lines += [
            rng.choice(_TRIGGERS),
            rng.choice([_sentence(rng), _words(rng, 4).title(), "* " + _words(rng, 3)]),
        ]
    return _framed(rng, lines)


def trigger_lines(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for _ in range(n):
        lines += [rng.choice(_TRIGGERS), rng.choice([_words(rng, 4).title(), "* " + _words(rng, 3), ""])]
    return _framed(rng, lines, blank=False)


def trigger_list(rng: random.Random, n: int) -> str:
    items = [f"* {rng.choice([*_TRIGGERS, _words(rng, 5).title(), _sentence(rng)])}" for _ in range(4 * n)]
    return _framed(rng, items, blank=False)


def trigger_headings(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for _ in range(n):
        lines += [
            f"## {rng.choice(_TRIGGERS)}",
            _words(rng, 5).title(),
            f"{_words(rng, 4).title()} {rng.randint(1, 9)}",
        ]
    return _framed(rng, lines)


def schema_stamps(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for k in range(n):
        lines += [f"2020-01-{k % 28 + 1:02d}T10:00:00Z", f"2020-02-{k % 28 + 1:02d}T11:30:00Z"]
        lines += [f"{_words(rng, 3).title()} {k}" for _ in range(5)]
    return _framed(rng, lines)


def headline_echoes(rng: random.Random, n: int) -> str:
    lines: list[str] = []
    for _ in range(n):
        lines += ["A headline about the city council", _sentence(rng)]
    return "A headline about the city council | The Paper\n\n" + _framed(rng, lines)


def section_footers(rng: random.Random, n: int) -> str:
    items: list[str] = []
    for k in range(n):
        items += [f"* {_words(rng, 5)}" for _ in range(3)] + [
            f"* More from {rng.choice(_WORDS).title()} {k}:"
        ]
    return _framed(rng, items, blank=False)


def article(rng: random.Random, n: int) -> str:
    return _paragraphs(["A headline about the city council", *_prose(rng, n)])


def _page(body: str) -> str:
    return f"<html><head><title>A page</title></head><body>{body}</body></html>"


def nested_html(rng: random.Random, n: int) -> str:
    depth = n
    inner = "".join(f"<p>{_sentence(rng)}</p>" for _ in range(5))
    return _page(f"{'<div>' * depth}{inner}{'</div>' * depth}")


def html_siblings(rng: random.Random, n: int) -> str:
    body = "".join(f"<p>{_sentence(rng)}</p><a href='/s/{k}'>{_words(rng, 3)}</a>" for k in range(n))
    return _page(f"<article><h1>A headline</h1>{body}</article>")


def html_list_items(rng: random.Random, n: int) -> str:
    items = "".join(f"<li><a href='/s/{k}'>{_words(rng, 4)}</a></li>" for k in range(n))
    return f"<html><body><h1>A headline</h1><p>{_sentence(rng)}</p><ul>{items}</ul></body></html>"


def html_headings(rng: random.Random, n: int) -> str:
    body = "".join(
        f"<h1>{_words(rng, 4)}</h1><p class='byline'>By Jane Doe</p><p>{_sentence(rng)}</p>" for _ in range(n)
    )
    return f"<html><head><title>{_words(rng, 4)}</title></head><body>{body}</body></html>"


def html_meta_flood(rng: random.Random, n: int) -> str:
    metas = "".join(
        f"<meta name='author' content='Jane Doe {k}'><meta property='og:title' content='{_words(rng, 4)}'>"
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{_words(rng, 4)}",'
        f' "author": {{"name": "John Roe {k}"}}}}</script>'
        for k in range(n)
    )
    return f"<html><head><title>A page</title>{metas}</head><body><p>{_sentence(rng)}</p></body></html>"


def html_table_cells(rng: random.Random, n: int) -> str:
    rows = "".join(
        f"<tr><td>{_words(rng, 2)}</td><td>{k}</td><td><a href='/x/{k}'>link</a></td></tr>" for k in range(n)
    )
    return f"<html><body><h1>A headline</h1><p>{_sentence(rng)}</p><table>{rows}</table></body></html>"


def html_figures(rng: random.Random, n: int) -> str:
    figures = "".join(
        f"<figure><img src='/i/{k}.jpg' alt='{_words(rng, 3)}'>"
        f"<figcaption>{_words(rng, 5)}</figcaption></figure>"
        f"<p>{_sentence(rng)}</p>"
        for k in range(n)
    )
    return f"<html><body><article><h1>A headline</h1>{figures}</article></body></html>"


# Each shape with its n: sizes chosen so that the large input cleans in well under a second.
SHAPES: dict[str, tuple[Callable[[random.Random, int], str], int]] = {
    "numbered_lines": (numbered_lines, 300),
    "number_endings": (number_endings, 300),
    "short_headings": (short_headings, 200),
    "huge_line_words": (huge_line_words, 100),
    "huge_line_marks": (huge_line_marks, 100),
    "huge_line_links": (huge_line_links, 100),
    "huge_line_cjk": (huge_line_cjk, 100),
    "list_items": (list_items, 300),
    "table_pipes": (table_pipes, 300),
    "table_tabs": (table_tabs, 300),
    "identical_lines": (identical_lines, 300),
    "near_identical": (near_identical, 300),
    "md_links_images": (markdown_links_images, 200),
    "bylines_dates": (bylines_dates, 200),
    "read_more": (read_more_teasers, 200),
    "blank_free_text": (blank_free_text, 200),
    "hard_wrapped": (hard_wrapped_prose, 100),
    "toc_leaders": (toc_leaders, 200),
    "slide_counters": (slide_counters, 150),
    "product_cards": (product_cards, 150),
    "comment_thread": (comment_thread, 150),
    "lynx_refs": (lynx_references, 200),
    "unclosed_brackets": (unclosed_brackets, 300),
    "unclosed_emphasis": (unclosed_emphasis, 300),
    "unclosed_fence": (unclosed_fence, 300),
    "one_token_lines": (one_token_lines, 400),
    "runon_glued": (runon_glued, 100),
    "wide_table": (wide_table, 50),
    "trigger_soup": (trigger_soup, 200),
    "trigger_lines": (trigger_lines, 300),
    "trigger_list": (trigger_list, 100),
    "trigger_headings": (trigger_headings, 150),
    "schema_stamps": (schema_stamps, 100),
    "headline_echoes": (headline_echoes, 200),
    "section_footers": (section_footers, 100),
    "article": (article, 200),
    "html_nested": (nested_html, 60),
    "html_siblings": (html_siblings, 300),
    "html_list_items": (html_list_items, 300),
    "html_br_lines": (html_br_lines, 300),
    "html_headings": (html_headings, 150),
    "html_meta_flood": (html_meta_flood, 150),
    "html_table_cells": (html_table_cells, 300),
    "html_figures": (html_figures, 150),
}

MODES = {"balanced": Mode.BALANCED, "precision": Mode.PRECISION, "recall": Mode.RECALL}


def cpu_seconds(text: str, options: Options, runs: int) -> float:
    """The best of ``runs`` CPU timings of cleaning ``text`` whole."""
    best = float("inf")
    for _ in range(runs):
        clear_text_caches()
        start = time.process_time()
        clean(text, options)
        best = min(best, time.process_time() - start)
    return best


def audit(shapes: Sequence[str], modes: Sequence[str], scale: float, runs: int) -> int:
    """Print one row per shape and mode; return how many were flagged."""
    print(f"{'shape':<17} {'mode':<9} {'KB n':>7} {'s n':>7} {'s 4n':>7} {'ratio':>6}")
    flagged = 0
    for name in shapes:
        make, base = SHAPES[name]
        n = max(1, round(base * scale))
        small, large = make(random.Random(1), n), make(random.Random(1), GROWTH * n)
        html = name.startswith("html_")
        for mode in modes:
            options = Options(mode=MODES[mode], input_format=InputFormat.HTML if html else InputFormat.AUTO)
            clean(small, options)  # warm imports and the model
            short, long = cpu_seconds(small, options, runs), cpu_seconds(large, options, runs)
            ratio = long / max(short, 1e-6)
            flag = "  <-- FLAG" if ratio > FLAG_RATIO else ""
            flagged += bool(flag)
            print(
                f"{name:<17} {mode:<9} {len(small) / 1000:>7.1f} {short:>7.3f} {long:>7.3f}"
                f" {ratio:>5.1f}x{flag}",
                flush=True,
            )
    return flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", default="balanced,precision,recall")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    gc.freeze()  # start-up objects out of the collector's way, as the command does
    flagged = audit(args.shapes.split(","), args.modes.split(","), args.scale, args.runs)
    print(f"{flagged} flagged (ratio > {FLAG_RATIO}x)")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())

"""Lists of other stories under a "related" heading after the article, found by their separators.

A box of other stories ("Você pode gostar...", "Related coverage", "Вам также может быть интересно")
prints each story as a headline and a summary that read like the article's own prose; what gives the
box away is the line it repeats between its items: a share bar ("Whatsapp Facebook Pinterest Baixar"), a
button ("Read now"), a section label, a photo credit. The heading alone is no proof (an article names
its sources under "Related:" and goes on), and neither is a repeated line (ad labels and section
"edit" links recur all through articles); together, right after each other, they are a list.

A heading right over a bulleted list needs no separator: the list of headlines is the box.

A box of links to other pages can also print each item under a line led by an arrow ("» Preview:
GP do Brasil", "› More columns"), a heading no article sentence looks like; three of those in a row
make such a box without any heading above them.

Headings come from data/related-headings.txt. Every block kept from the heading (or the first arrow)
to the list's last item is dropped with the reason ``related-list`` (README: "Reason ids").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from articlean import regexes
from articlean.doccache import per_document
from articlean.features import TERMINAL
from articlean.model import Block, Label, Verdict
from articlean.paragraphs import list_end
from articlean.phrases import is_ad_label, normalise, phrase_kinds

# A heading is at most this many words ("More from Business Insider").
HEADING_MAX_WORDS = 6
# Separators are blocks of at most this many words with a letter in them ("Read now", a share bar).
SEPARATOR_MAX_WORDS = 6
# The list's first separator stands within this many blocks of the heading (a headline and a summary
# may come before it) ...
FIRST_SEPARATOR_GAP = 4
# ... and at least SEPARATOR_MIN_RUN copies of it follow each other, each within SEPARATOR_MAX_GAP
# blocks of the last (an item: a headline, a summary, a byline, a photo credit).
SEPARATOR_MIN_RUN = 3
SEPARATOR_MAX_GAP = 8
# ... or a bulleted list of at least this many items stands right under the heading.
BULLETS_MIN_ITEMS = 2
# A box's closing link ("More in Politics") under a bulleted list of at least FOOTER_MIN_ITEMS
# headlines of FOOTER_ITEM_MIN_WORDS to FOOTER_ITEM_MAX_WORDS words each.
FOOTER_MIN_ITEMS = 3
FOOTER_ITEM_MIN_WORDS, FOOTER_ITEM_MAX_WORDS = 4, 20
# An item's heading led by an arrow and a space (German and French quotations open with a guillemet
# right against the word), as long as a headline: at most ARROW_HEADING_MAX_WORDS words.
ARROW_HEADING_MAX_WORDS = 12
_ARROW = regexes.compile(r"^\W{0,3}[»›→▸►▶]\s+\S")


class _Headings(NamedTuple):
    whole: frozenset[str]
    prefixes: tuple[str, ...]


@functools.cache
def _headings() -> _Headings:
    kinds = phrase_kinds("related-headings.txt")
    return _Headings(frozenset(kinds["heading"]), tuple(prefix + " " for prefix in kinds["prefix"]))


@per_document
def related_heading(text: str) -> bool:
    """Whether a block is the heading of a box of other stories ("You may also like", "Más en Opinión")."""
    if len(text.split()) > HEADING_MAX_WORDS:
        return False
    key = normalise(text)
    return key in _headings().whole or key.startswith(_headings().prefixes)


def related_lists(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The indices of the blocks from each related heading after ``opening`` (the article's first
    block of running text) to the last item of the list its recurring separator marks, and of each
    run of arrow-led item headings after it, to its last item."""
    spans: list[tuple[int, int]] = []  # each box's first and last block
    lists = _ListRuns(blocks)
    index = opening + 1
    while index < len(blocks):
        end = (
            _bullets_end(blocks, index) or _list_end(blocks, verdicts, index)
            if related_heading(blocks[index].text)
            else None
        )
        if end is None:
            start = _headlines_above(blocks, index, opening, lists)
            if start is not None:
                spans.append((start, index))
            index += 1
            continue
        spans.append((index, end))
        index = end + 1
    arrows = [index for index in range(opening + 1, len(blocks)) if _arrow_heading(blocks[index].text)]
    for run in close_runs(arrows, SEPARATOR_MAX_GAP, SEPARATOR_MIN_RUN):
        spans.append((run[0], _after_last_item(blocks, run)))
    return _covered(spans)


def _covered(spans: Sequence[tuple[int, int]]) -> list[int]:
    """The blocks of the spans (first and last block of each), once each and in order. The spans of
    one list's closing links overlap, each from the list's first item: added one by one to a set,
    a long list of them took the square of its length."""
    found: list[int] = []
    for first, last in sorted(spans):
        found.extend(range(max(first, found[-1] + 1) if found else first, last + 1))
    return found


def _bullets_end(blocks: Sequence[Block], heading: int) -> int | None:
    """The last item of a bulleted list of at least BULLETS_MIN_ITEMS items right under ``heading``
    (headlines without bullets are :mod:`articlean.boxheadlines`'s)."""
    if heading + 1 >= len(blocks) or blocks[heading].text.rstrip().endswith(":"):
        return None
    end = list_end(blocks, heading + 1)
    return end - 1 if end - heading - 1 >= BULLETS_MIN_ITEMS else None


def _headlines_above(blocks: Sequence[Block], heading: int, opening: int, lists: _ListRuns) -> int | None:
    """The first item of a bulleted list of headlines right above a box's closing link ("More in
    Politics" under the box's last headline), if there is one: at least FOOTER_MIN_ITEMS items of
    one list, each a headline (FOOTER_ITEM_MIN_WORDS to FOOTER_ITEM_MAX_WORDS words, no sentence
    end), the last right over the link. A list of the article's points ends its sentences."""
    if not _footer(blocks[heading].text) or heading < 1 or not blocks[heading - 1].list_item:
        return None
    start = heading - 1
    if start > opening + 1:  # the list's first item, or the block after the opening
        start = max(lists.start(start), opening + 1)
    if heading - start < FOOTER_MIN_ITEMS or lists.last_other(heading - 1) >= start:
        return None
    return start


class _ListRuns:
    """Where the run of list items of one group that holds each block begins, and the last block up
    to each that is no headline item, read once per document when a closing link is met: walking back
    over the list from each closing link took the square of a long list's length when its items were
    closing links themselves (1,200 items: 1.7 s)."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = blocks
        self._starts: list[int] = []
        self._others: list[int] = []

    def start(self, index: int) -> int:
        """The first block of the run of list items of one group that ends with block ``index``."""
        self._read()
        return self._starts[index]

    def last_other(self, index: int) -> int:
        """The last block up to ``index`` that is no headline item (-1: none)."""
        self._read()
        return self._others[index]

    def _read(self) -> None:
        if self._starts:
            return
        previous: Block | None = None
        for index, block in enumerate(self._blocks):
            same_list = previous is not None and previous.list_item and previous.group == block.group
            self._starts.append(self._starts[-1] if same_list and block.list_item else index)
            other = not _headline_item(block.text)
            self._others.append(index if other else (self._others[-1] if self._others else -1))
            previous = block


def _headline_item(text: str) -> bool:
    words = len(text.split())
    return FOOTER_ITEM_MIN_WORDS <= words <= FOOTER_ITEM_MAX_WORDS and not text.rstrip().endswith(TERMINAL)


def _footer(text: str) -> bool:
    """Whether a block is a box's closing link: a related heading that names a section ("More in
    Politics"), not a whole heading ("Related"), which opens a box."""
    return related_heading(text) and normalise(text).startswith(_headings().prefixes)


def _list_end(blocks: Sequence[Block], verdicts: Sequence[Verdict], heading: int) -> int | None:
    """The last block of the list under ``heading``: one period after its last separator."""
    last_start = min(len(blocks), heading + FIRST_SEPARATOR_GAP + 1)
    best: list[int] = []
    for start in range(heading + 1, last_start):
        if not _separator(blocks[start], verdicts[start]):
            continue
        run = _run(blocks, verdicts, start)
        if len(run) >= SEPARATOR_MIN_RUN and (not best or run[-1] > best[-1]):
            best = run
    return _after_last_item(blocks, best) if best else None


def _after_last_item(blocks: Sequence[Block], run: Sequence[int]) -> int:
    """One period after the last of a run of separators or item headings: the last item's end."""
    period = round((run[-1] - run[0]) / (len(run) - 1))
    return min(len(blocks) - 1, run[-1] + period)


def close_runs(markers: Sequence[int], gap: int, min_run: int) -> list[list[int]]:
    """The runs of at least ``min_run`` markers (ascending indices), each within ``gap`` of the last."""
    runs: list[list[int]] = []
    for index in markers:
        if runs and index - runs[-1][-1] <= gap:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [run for run in runs if len(run) >= min_run]


@per_document
def _arrow_heading(text: str) -> bool:
    """Whether a block is an item's heading led by an arrow ("» Coluna de Adauto Silva")."""
    return _ARROW.match(text) is not None and len(text.split()) <= ARROW_HEADING_MAX_WORDS


def _run(blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int) -> list[int]:
    """``start`` and the copies of its text that follow it, each within SEPARATOR_MAX_GAP blocks."""
    key = normalise(blocks[start].text)
    run = [start]
    index = start + 1
    while index < len(blocks) and index - run[-1] <= SEPARATOR_MAX_GAP:
        if normalise(blocks[index].text) == key and _separator(blocks[index], verdicts[index]):
            run.append(index)
        index += 1
    return run


def _separator(block: Block, verdict: Verdict) -> bool:
    """A short line that may separate items: not a caption's credit, and not an ad label, which
    recurs between the paragraphs of the article itself."""
    text = block.text
    return (
        0 < len(text.split()) <= SEPARATOR_MAX_WORDS
        and any(c.isalpha() for c in text)
        and verdict.label is not Label.CAPTION
        and not is_ad_label(text)
    )

"""Rows of cells and runs of tokens -> one block each, as a browser lays them out on a line.

Scrapers that print every text node on its own line (BeautifulSoup ``get_text("\\n")``) print a
table one cell per line, and an inline formula or a highlighted piece of code one token per line,
often with a blank line between any two. The classifier judges a block from its own words and a
few neighbours: a lone "63", "(" or "x" is nothing, so the table, the formula and the code go. This
stage joins them back into the lines a browser would show (a table's rows, a formula, a line of
code), and the classifier judges those, as it judges the same page laid out by a browser. Nothing is
kept or dropped here: a joined block only changes what the classifier sees at once.

* a table: a run of short blocks whose shapes (with or without letters) repeat with a period of
  :data:`MIN_PERIOD` to :data:`MAX_PERIOD` blocks for at least :data:`MIN_ROWS` periods becomes one
  block per period (a row), its rows one group, as a browser prints a table; the period of short
  cells with letters just before the first row is its header row;
* a formula or code: a run of at least :data:`TOKEN_RUN_MIN` blocks of at most
  :data:`TOKEN_MAX_WORDS` words, a :data:`SYMBOL_SHARE` of them operators or brackets ("(", "=",
  "−", "};"), becomes one block.

The pipeline's stability re-check reads the output, whose lines are joined already, without it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Sequence

from articlean import regexes
from articlean.features import TERMINAL
from articlean.model import Block

# A cell of a table row: at most this many words (a stats cell: "1 tackle (1 combined). 1 sack";
# "7 tackles, 3 assists (10 combined). 1 sack, 2 TFL, 2 QH, 2 INT, 4 passes defended." is 17, and
# with 16 a table of three rows lost its first row and stayed a cell a line; 20 took dev balanced
# 0.9698 -> 0.9699 with the header rows below, the shapes level or up).
CELL_MAX_WORDS = 20
# Periods (cells per row) looked for, and the fewest rows that make a table.
MIN_PERIOD = 2
MAX_PERIOD = 10
MIN_ROWS = 3
# A table's header row is printed at most this many times over it (a page that prints a copy for
# narrow screens and one for wide ones).
HEADER_COPIES = 2
# A row holds at least this many cells without letters (a table's numbers), or only cells of at most
# SHORT_CELL_WORDS words and SHORT_CELL_CHARS characters ("4.2.3", "April 2014"): see _periodic.
MIN_NUMBERS = 2
SHORT_CELL_WORDS = 4
SHORT_CELL_CHARS = 32
# A token of a formula or of code: at most this many words; a run of at least TOKEN_RUN_MIN of them,
# SYMBOL_SHARE of which are operators or brackets (_operator) or hold a sign of code (_CODE_SIGNS),
# is a formula or code rather than a menu (whose items all have words) or a widget (whose glyphs
# are not operators).
TOKEN_MAX_WORDS = 3
TOKEN_RUN_MIN = 8
SYMBOL_SHARE = 0.25
# A block of at most this many words between two tokens belongs to their run (a comment, a string).
BRIDGE_MAX_WORDS = 8
# Consecutive members of a run are at most this many lines apart: get_text() without a separator
# leaves the HTML source's whitespace between a table's rows and a formula's tokens (on the dev pages'
# gettext shape, standings rows three lines apart, formulas up to about ten). gettext shape 0.9326 ->
# 0.9358 with 4, 0.9366 with 12 or 30; dev and the other shapes the same with 2 to 30. Not in a dump
# where two or more blank lines part paragraphs as a rule (Block.gap, :mod:`articlean.blankruns`):
# there every whitespace node is printed, and a formula's nested MathML elements leave up to 80 blank
# and indented lines between two of its tokens (nodes shape 0.9627 -> 0.9645, gettext 0.9532 ->
# 0.9537: a page of formulas, joined as in the r2 dump; dev the same).
MAX_LINE_STEP = 12
# What a string or a comment of code starts with: part of the code even when it ends a sentence.
_QUOTES = ('"', "'", "//")
# A time of day: a post's header (a comment's, a teaser's) rather than a table's cell.
_TIME = regexes.compile(r"\b\d{1,2}:\d{2}\b")
_WORD = regexes.compile(r"\w+")
_DIGIT = regexes.compile(r"\d")
# The first character of the CJK scripts (kana, ideographs, hangul and beyond).
_CJK_FIRST = "\u3040"
# The UTF-8 lead bytes of the characters from _CJK_FIRST (E3 81 80) up: E3 with a second byte from
# 81, or E4 to F4.
_FROM_CJK_FIRST = rb"\xe3[\x81-\xbf]|[\xe4-\xf4]"


@functools.cache  # compiled on first use: ASCII text never needs it
def _from_cjk_first() -> re.Pattern[bytes]:
    return regexes.compile(_FROM_CJK_FIRST)
# Unicode categories of operators and brackets (math symbols, modifier marks, open/close, dashes)...
_OPERATOR_CATEGORIES = frozenset({"Sm", "Sk", "Ps", "Pe", "Pd"})
# ... and the punctuation that code is full of (not the bullets and separators of menus).
_CODE_MARKS = frozenset(";:,.=*/\\%&!?\"'")
# A token holding one of these is code even with words in it ("y;}", "<stdio.h>"), where the
# segmenter has joined an operator to its neighbour; a menu's "(11)" is not.
_CODE_SIGNS = frozenset("{};=<>")


def join_cells(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with each table row and each run of formula or code tokens joined into one block
    (numbered again in order)."""
    words = [_words(block.text) for block in blocks]  # both kinds of run read them
    spans = [(start, end, blocks[start].group) for start, end in _token_runs(blocks, words)]
    taken = {index for start, end, _ in spans for index in range(start, end)}
    spans.extend(_table_rows(blocks, words, taken))
    if not spans:
        return list(blocks)
    starts = {start: (end, group) for start, end, group in spans}
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        end, group = starts.get(index, (index + 1, blocks[index].group))
        joined.append(_merge(blocks[index:end], len(joined), group))
        index = end
    return joined


def _merge(members: Sequence[Block], index: int, group: int) -> Block:
    first = members[0]
    if len(members) == 1:
        return first if first.index == index else renumbered(first, index)
    return dataclasses.replace(
        first,
        index=index,
        group=group,
        last_line=members[-1].last_line,
        text=" ".join(member.text for member in members if member.text),
        link_chars=sum(member.link_chars for member in members),
        image=any(member.image for member in members),
        cells=len(members),
    )


def renumbered(block: Block, index: int) -> Block:
    """``block`` at ``index``. A table early in a long dump renumbers every block after it, and
    ``dataclasses.replace`` took 4 us a block there (a 1 MB dump's join went from 4.8 to 8.8 us a
    block): the fields are passed on directly."""
    return Block(
        index,
        block.first_line,
        block.last_line,
        block.text,
        block.group,
        block.indent,
        block.list_item,
        block.heading_level,
        block.link_chars,
        block.image,
        block.cells,
        block.gap,
    )


# The runs compare a block's words with their bounds only: counting stops past the largest.
WORDS_READ = max(CELL_MAX_WORDS, BRIDGE_MAX_WORDS, TOKEN_MAX_WORDS) + 1


def _words(text: str) -> int:
    """Words of a text, each CJK character one (a line of Chinese is a sentence, not a word), up to
    WORDS_READ. Read from a prefix of the text as long as that holds fewer: a prefix holds no more
    words than the text (a word it cuts counts once in both), so one that holds WORDS_READ tells
    that the text does (a paragraph's words were all found and counted)."""
    size = WORDS_READ * 8
    while True:
        part = text[:size]
        count = len(_WORD.findall(part)) + _cjk(part)
        if count >= WORDS_READ or size >= len(text):
            return min(count, WORDS_READ)
        size *= 4


def _cjk(text: str) -> int:
    """Characters from _CJK_FIRST up, counted by their UTF-8 lead bytes (a generator over every
    character of a long paragraph with one curly quote was most of a join's time)."""
    return 0 if text.isascii() else len(_from_cjk_first().findall(text.encode("utf-8", "surrogatepass")))


def _plain(block: Block) -> bool:
    return not block.list_item and not block.heading_level and bool(block.text)


def _next_to(previous: Block, block: Block) -> bool:
    """Whether two blocks of a run stand close enough to be cells of one table or tokens of one
    formula: any run of blank lines apart in a dump of whitespace nodes, else MAX_LINE_STEP lines."""
    return block.gap > 1 or block.first_line - previous.last_line <= MAX_LINE_STEP


def _runs(blocks: Sequence[Block], member: list[bool]) -> list[tuple[int, int]]:
    """Maximal runs ``[start, end)`` of members, each next to the one before."""
    runs: list[tuple[int, int]] = []
    start = 0
    while start < len(blocks):
        if not member[start]:
            start += 1
            continue
        end = start + 1
        while end < len(blocks) and member[end] and _next_to(blocks[end - 1], blocks[end]):
            end += 1
        runs.append((start, end))
        start = end
    return runs


def _token_runs(blocks: Sequence[Block], words: Sequence[int]) -> list[tuple[int, int]]:
    tokens = [_token(block, count) and bool(block.text) for block, count in zip(blocks, words, strict=True)]
    members = [
        token
        or (
            0 < index < len(blocks) - 1
            and tokens[index - 1]
            and tokens[index + 1]
            and _bridge(blocks[index], words[index])
        )
        for index, token in enumerate(tokens)
    ]
    found: list[tuple[int, int]] = []
    for start, end in _runs(blocks, members):
        symbols = sum(1 for block in blocks[start:end] if _code_mark(block.text))
        if end - start >= TOKEN_RUN_MIN and symbols >= SYMBOL_SHARE * (end - start):
            found.append((start, end))
    return found


def _bridge(block: Block, words: int) -> bool:
    """Whether a block between two tokens is part of their formula or code: a comment or a string
    ("// res is a Response", "Looks like it failed"), a few words between two parts of a formula
    (", there are two solutions to") or a lone "+" or "-" (read as an empty list item); not a
    sentence, and not one of a row of empty bullets (whose neighbours have no text)."""
    if block.heading_level or (block.list_item and block.text) or words > BRIDGE_MAX_WORDS:
        return False
    text = block.text.rstrip()
    return text.startswith(_QUOTES) or not text.endswith(TERMINAL)


def _token(block: Block, words: int) -> bool:
    """Whether a block may be a token of a formula or of code: a few words that are not a sentence
    ("Read more."), not a heading, nor a list item unless empty (a "+" or "-" alone on its line
    reads as an empty item)."""
    if words > TOKEN_MAX_WORDS or (words > 1 and block.text.rstrip().endswith(TERMINAL)):
        return False
    return not block.heading_level and not (block.list_item and block.text)


def _code_mark(text: str) -> bool:
    return _operator(text) or not _CODE_SIGNS.isdisjoint(text)


def _operator(text: str) -> bool:
    """Whether a block is an operator, a bracket or a code mark ("=", "(", "};", "−"), not a glyph
    of a widget ("►", "•") or a menu's separator ("|"), nor empty."""
    return (
        bool(text)
        and "|" not in text
        and all(
            unicodedata.category(char) in _OPERATOR_CATEGORIES or char in _CODE_MARKS or char.isspace()
            for char in text
        )
    )


def _shape(block: Block) -> int:
    """0: no letter (a number, a percentage, a symbol); 1: words."""
    return 1 if any(char.isalpha() for char in block.text) else 0


def _table_rows(blocks: Sequence[Block], words: Sequence[int], taken: set[int]) -> list[tuple[int, int, int]]:
    """Rows ``[start, end)`` of the tables among ``blocks`` (except ``taken``), with the group of
    each table's first row, which all its rows join as a browser prints a table. A run of cells may
    hold several tables (one under the other, a caption between): each is looked for in what the
    others leave."""
    cells = [
        index not in taken
        and _plain(block)
        and words[index] <= CELL_MAX_WORDS
        and not _TIME.search(block.text)
        for index, block in enumerate(blocks)
    ]
    rows: list[tuple[int, int, int]] = []
    spans = _runs(blocks, cells)
    while spans:
        start, end = spans.pop()
        table = _table(blocks, start, end)
        if table is None:
            continue
        first, stop, period = table
        group = blocks[first].group
        rows.extend((row, row + period, group) for row in range(first, stop, period))
        spans.extend([(start, first), (stop, end)])
    return sorted(rows)


def _table(blocks: Sequence[Block], start: int, end: int) -> tuple[int, int, int] | None:
    """The longest table among the cells ``blocks[start:end]``: where its rows start and stop, and
    its period; None when there is none. Of the phases whose columns spread alike, the latest: the
    run ends where the table does (a paragraph follows it), while short lines before it (its header,
    a lead whose shapes happen to repeat its rows') may stretch its start; a header row printed twice
    joins as two rows."""
    shapes = [_shape(block) for block in blocks[start:end]]
    short = [_short(block.text) for block in blocks[start:end]]
    table = _periodic(shapes, short)
    if table is None:
        return None
    first, last, period = table
    first += min(
        range(period),
        key=lambda phase: (_spread(blocks[start + first + phase : start + last], period), -phase),
    )
    for _ in range(HEADER_COPIES):
        if not _header(blocks[start + first - period : start + first], first >= period):
            break
        first -= period
        if not _repeated(blocks, start + first, period):
            break
    rows = (last - first) // period
    return start + first, start + first + rows * period, period


def _header(cells: Sequence[Block], inside: bool) -> bool:
    """Whether the cells just before a table's first row (``inside`` its run) are its header row:
    names of its columns, all short and with letters ("Release", "Date"; "Pos.", "Top 5") or a
    sign without a digit ("%", "#", "+/-"), which the table's rows of numbers do not repeat."""
    return inside and all(
        _short(cell.text) and (_shape(cell) or not _DIGIT.search(cell.text)) for cell in cells
    )


def _repeated(blocks: Sequence[Block], first: int, period: int) -> bool:
    """Whether the header row starting at ``first`` is printed again just before itself, cell for
    cell (a page that prints a table's header twice, one copy for wide screens)."""
    return first >= period and all(
        blocks[first - period + column].text == blocks[first + column].text for column in range(period)
    )


def _spread(cells: Sequence[Block], period: int) -> float:
    """How much the cells of each column differ in length, per row, when rows of ``period`` cells
    start at the first of ``cells``: least where the rows start at the table's first column (a
    line of text before the table matches its shapes, not its columns' lengths)."""
    rows = len(cells) // period
    if rows < MIN_ROWS:
        return float("inf")
    columns = (
        {len(cells[row * period + column].text.split()) for row in range(rows)} for column in range(period)
    )
    return sum(len(lengths) for lengths in columns) / rows


def _short(text: str) -> bool:
    return len(text) <= SHORT_CELL_CHARS and len(text.split()) + _cjk(text) <= SHORT_CELL_WORDS


def _primitive(pattern: Sequence[int]) -> bool:
    """Whether a row's shapes hold both kinds and do not repeat within the row: a numbered list
    ("1", headline, "2", headline) repeats every two blocks, and a row of one kind is a menu."""
    size = len(pattern)
    return (
        1 in pattern
        and 0 in pattern
        and not any(
            size % part == 0 and list(pattern) == list(pattern[:part]) * (size // part)
            for part in range(1, size)
        )
    )


def _periodic(shapes: Sequence[int], short: Sequence[bool]) -> tuple[int, int, int] | None:
    """The longest stretch ``[first, last)`` of ``shapes`` that repeats with one period, of at least
    MIN_ROWS periods each holding both shapes, with that period; None when there is none. A row with
    a single number must be all ``short`` cells: a ranked list ("3", headline), a list of headlines
    with comment counts or a comment thread (name, "2 days ago", comment, "#12") has one number and
    longer text."""
    best: tuple[int, int, int] | None = None
    for period in range(MIN_PERIOD, MAX_PERIOD + 1):
        index = period
        while index < len(shapes):
            if shapes[index] != shapes[index - period]:
                index += 1
                continue
            start = index
            while index < len(shapes) and shapes[index] == shapes[index - period]:
                index += 1
            first = start - period
            if (
                index - first >= MIN_ROWS * period
                and _primitive(shapes[first:start])
                and (shapes[first:start].count(0) >= MIN_NUMBERS or all(short[first:index]))
                and (best is None or index - first > best[1] - best[0])
            ):
                best = first, index, period
    return best

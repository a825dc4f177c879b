"""Text -> blocks, each with its source line span. Segmentation drops nothing.

A block is one source line, or several when a line continues the previous one: scrapers that print
every text node on its own line (BeautifulSoup ``get_text("\\n")``) split a sentence at each link
or emphasis, and hard-wrapped dumps split paragraphs at a fixed width. Classifying the rejoined
sentence is what the study of the dev split found to work; the ledger still sees every line.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Sequence

from articlean import regexes
from articlean.blankruns import paragraph_gap
from articlean.cells import join_cells
from articlean.doccache import per_document
from articlean.markdown import MarkdownLine, strip_lines
from articlean.model import Block
from articlean.references import dump_end, strip_dump_lines

# How far up a numbered line under a paragraph looks for a list's items (a bullet or a number leading a
# line) before the blank line that opens the paragraph; a longer paragraph is read as a list's item
# run on (innerText prints a paragraph on one line, a list's item on one line each).
NUMBERED_HEADING_LOOKBACK = 8
_TEXT_BULLET = regexes.compile(r"^(?:[*+\-•·▪◦‣–]|\d{1,3}[.)])\s+")
# Text-mode browsers mark the first two levels of nested lists with "*" and "+" and the third with "o".
_NESTED_BULLET = regexes.compile(r"^\s+([*+])\s+\S")
_O_BULLET = regexes.compile(r"^o\s+(?=\S)")
# Characters a bullet of _TEXT_BULLET may start with (besides digits).
_BULLET_FIRST = frozenset("*+-•·▪◦‣–")
_WORD = regexes.compile(r"\w+")
# A line that ends like this has not finished its sentence.
_OPEN_END = ("(", "[", "{", "“", "‘", "„", "«", ",", "-", "–", "—", "/", "&")
# A line that starts like this continues the previous one.
_CONTINUATION_START = (",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’", "»", "%", "…")
# Hard-wrapped dumps: lines of at least WRAP_MIN_LINE characters, at least WRAP_MIN_LINES of them,
# a width in WRAP_WIDTHS, and WRAP_FULL_SHARE of the lines ending within WRAP_SLACK of it.
WRAP_MIN_LINE = 20
WRAP_MIN_LINES = 8
WRAP_WIDTHS = (40, 160)
WRAP_SLACK = 12
WRAP_FULL_SHARE = 0.4
# Markdown dumps, whose link lists, images and bullets dilute that share: WRAP_PEAK_LINES lines and
# WRAP_PEAK_SHARE of them ending within WRAP_SLACK of the width, WRAP_PEAK_RATIO times as many as in
# the WRAP_SLACK before (unwrapped lines thin out towards their longest; wrapped ones pile up).
WRAP_PEAK_LINES = 20
WRAP_PEAK_SHARE = 0.2
WRAP_PEAK_RATIO = 2
# A markdown line ending in a hard line break (two spaces) was broken there by its author, not by
# the wrapper (a list of dates, an address): it tells nothing of the width.
_HARD_BREAK = "  "


# Block-sized texts have their word count remembered for the document (metadata counts the same
# blocks several times and again in the re-check); longer texts, such as a whole body, are counted afresh.
COUNT_CACHE_MAX_CHARS = 2_000
ROW_MARK = regexes.compile(r"[^\w\s.]")
# A row's opening (see _row_head): its first mark within this many characters of its text.
ROW_HEAD_CHARS = 20


def count_words(text: str) -> int:
    if len(text) > COUNT_CACHE_MAX_CHARS:
        return len(_WORD.findall(text))
    return _count_block_words(text)


@per_document
def _count_block_words(text: str) -> int:
    return len(_WORD.findall(text))


def count_words_upto(text: str, cap: int) -> int:
    """``min(count_words(text), cap)``: a test of a text's words against a bound of a few words reads
    a long text's first ``cap`` words only."""
    if len(text) > COUNT_CACHE_MAX_CHARS:
        return sum(1 for _ in itertools.islice(_WORD.finditer(text), cap))
    return min(_count_block_words(text), cap)


@per_document  # the settle rules count the kept blocks' words so in every pass over a document
def spaced_words(text: str) -> int:
    """How many whitespace-separated pieces a block's text holds (``len(text.split())``)."""
    return len(text.split())


def text_lines(lines: Sequence[str], end: int | None) -> list[MarkdownLine]:
    """Plain-text lines: whitespace normalised, a leading bullet noted and removed; in a text-mode
    browser's dump (:mod:`articlean.references`) whose text ends at ``end`` (:func:`dump_end`: where
    its closing list of URLs starts, if it has one), link markers removed and that list left without text."""
    nested = _lynx_nesting(lines)
    images = [False] * len(lines)
    links = [0] * len(lines)
    if end is not None:
        texts, links[:end], images[:end] = strip_dump_lines(lines[:end])
        lines = [*texts, *lines[end:]]
    result: list[MarkdownLine] = []
    for number, line in enumerate(lines):
        if end is not None and number >= end:
            result.append(MarkdownLine(""))
            continue
        link_chars = links[number]
        image = images[number]
        text = " ".join(line.split())
        # Most lines start with a letter: skip the bullet pattern unless the first character may begin one.
        bullet = _TEXT_BULLET.match(text) if text[:1] in _BULLET_FIRST or text[:1].isdigit() else None
        if bullet is None and nested and text[:2] == "o " and line[:1].isspace():
            bullet = _O_BULLET.match(text)
        if bullet and bullet.end() < len(text) and not _numbered_heading(lines, number, text):
            result.append(
                MarkdownLine(text[bullet.end() :], list_item=True, link_chars=link_chars, image=image)
            )
        elif text in ("*", "+", "-", "•"):
            result.append(MarkdownLine("", list_item=True))
        else:
            result.append(MarkdownLine(text, link_chars=link_chars, image=image))
    return result


def _numbered_heading(lines: Sequence[str], number: int, text: str) -> bool:
    """Whether a line led by a number ("2. Never urged Ukraine ...") is a paragraph of its own:
    the writer's numbered heading, whose number is its text, not a list's marker. A list prints its
    items on consecutive lines (as articlean's output does, each led by "- "), so read as an item,
    the number was lost and an output cleaned again changed ("2. Never ..." became "- Never ...").
    Such a heading stands between blank lines, or (where a dump parts paragraphs by a line break
    alone, as ``innerText`` does) under a paragraph with a blank line below it, when no line of
    that paragraph (:data:`NUMBERED_HEADING_LOOKBACK` lines up) is led by a bullet or a number: the
    last item of a list whose items run over several lines has one above it."""
    if not text[:1].isdigit() or (number + 1 < len(lines) and lines[number + 1].strip()):
        return False
    if number == 0 or not lines[number - 1].strip():
        return True
    for above in range(number - 1, max(-1, number - 1 - NUMBERED_HEADING_LOOKBACK), -1):
        line = lines[above].strip()
        if not line:
            return True
        if _TEXT_BULLET.match(line) or line in ("*", "+", "-", "•"):
            return False
    return number <= NUMBERED_HEADING_LOOKBACK  # the paragraph above opens the text


def _lynx_nesting(lines: Sequence[str]) -> bool:
    """Whether the dump nests lists the way text-mode browsers print them: "*", then "+", then "o"
    (so that an indented "o " starts an item there, and is a word anywhere else)."""
    found: set[str] = set()
    for line in lines:
        match = _NESTED_BULLET.match(line)
        if match:
            found.add(match.group(1))
            if len(found) == 2:
                return True
    return False


def _continues(previous: str, line: MarkdownLine) -> bool:
    """Whether ``line`` is the rest of a sentence that ``previous`` started."""
    if line.list_item or line.heading_level or not line.text or not previous:
        return False
    if previous.endswith(_OPEN_END):
        return True
    first = line.text[0]
    return first.islower() or line.text.startswith(_CONTINUATION_START)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def unspaced(char: str) -> bool:
    """Whether ``char`` is of a script written without spaces between words (Chinese, Japanese; not
    Korean): a line break between two such characters is no space."""
    return bool(char) and any(low <= char <= high for low, high in _UNSPACED)


def unspaced_letter(char: str) -> bool:
    """Whether ``char`` is a letter of a script written without spaces (not its punctuation, "、")."""
    return unspaced(char) and unicodedata.category(char)[0] == "L"


# CJK punctuation, kana, ideographs (and their extension A and compatibility forms), full-width forms.
_UNSPACED = (
    ("\u3000", "\u30ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"),
    ("\uff00", "\uffef"),
)  # fmt: skip


class _Joined:
    """A block continued over several lines: the parts of its text, joined once when all are read,
    so that a paragraph of many wrapped lines costs linear time, not quadratic."""

    __slots__ = ("first", "image", "last", "link_chars", "parts")

    def __init__(self, first: Block) -> None:
        self.first = first
        self.parts = [first.text]
        self.last = first.last_line
        self.link_chars = first.link_chars
        self.image = first.image

    def add(self, number: int, line: MarkdownLine) -> None:
        tail = self.parts[-1]
        if not (
            line.text.startswith(_CONTINUATION_START)
            or tail.endswith(("(", "[", "“", "‘"))
            or (unspaced(tail[-1:]) and unspaced(line.text[:1]))
        ):
            self.parts.append(" ")
        self.parts.append(line.text)
        self.last = number
        self.link_chars += line.link_chars
        self.image = self.image or line.image

    def extend(self, number: int, line: MarkdownLine) -> None:
        """The block goes on over ``line``, which adds no text."""
        self.last = number
        self.link_chars += line.link_chars
        self.image = self.image or line.image

    def block(self) -> Block:
        return dataclasses.replace(
            self.first,
            last_line=self.last,
            text="".join(self.parts),
            link_chars=self.link_chars,
            image=self.image,
        )


def wrap_width(
    lines: Sequence[str], markdown: bool = False, texts: Sequence[MarkdownLine] | None = None
) -> int | None:
    """The width a dump was hard-wrapped at, or None when its lines were not wrapped.

    Wrapped prose fills its lines to nearly the width and never beyond, but for a line that is one
    word too long to fit (a URL): most lines of several words end within :data:`WRAP_SLACK` characters
    of the longest of them (its 98th percentile, as a few unwrapped lines may remain). In
    ``markdown``, a pile of lines just under that width is enough (see :data:`WRAP_PEAK_LINES`): a
    converter wraps the paragraphs, and leaves the many short lines of links and images short; a
    line of nothing but links is not measured there either (a menu's long URLs run past the width).
    ``texts``: the lines with their markdown removed (:func:`strip_lines`), when already made."""
    if markdown:
        texts = strip_lines(lines) if texts is None else texts
        lines = [
            "" if line.endswith(_HARD_BREAK) or _links_only(text) else line
            for line, text in zip(lines, texts, strict=True)
        ]
    lengths = sorted(  # lines of several words, or of a script written without spaces
        len(line.rstrip())
        for line in lines
        if len(line.strip()) >= WRAP_MIN_LINE and (" " in line.strip() or unspaced(line.rstrip()[-1:]))
    )
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = lengths[int(len(lengths) * 0.98)]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    full = sum(1 for length in lengths if width - WRAP_SLACK <= length <= width)
    if full >= WRAP_FULL_SHARE * len(lengths):
        return width
    if not markdown:
        return None
    below = sum(1 for length in lengths if width - 2 * WRAP_SLACK <= length < width - WRAP_SLACK)
    peak = full >= max(WRAP_PEAK_LINES, WRAP_PEAK_SHARE * len(lengths), WRAP_PEAK_RATIO * below)
    return width if peak else None


def _links_only(line: MarkdownLine) -> bool:
    """Whether all the words of a markdown line are the text of its links (a menu's line)."""
    return bool(line.text) and len(line.text) - line.text.count(" ") <= line.link_chars


def _wrapped(previous: str, raw: str, line: MarkdownLine, width: int, opened: str) -> bool:
    """Whether the line break before ``line`` was forced by the width: its first word did not fit.
    The word is measured as the wrapper saw it, in ``raw``: with a link's markup or a link marker.
    Not when ``line`` starts as the line that ``opened`` the block did: the next row of a schedule
    ("June 20 -- Raleigh, NC" / "June 23 -- Virginia Beach, VA"), whose line breaks are the page's."""
    if line.list_item or line.heading_level or not line.text:
        return False
    first = raw.split(None, 1)[0]
    if len(previous.rstrip()) + 1 + len(first) <= width:
        return False
    head = _row_head(raw)
    return not head or head != _row_head(opened)


def _row_head(raw: str) -> str:
    """The shape of a row's opening ("June 20 --" -> "Aa 9 -"): the words before its first mark,
    letters as "A"/"a" and digits as "9"; empty when no mark comes within ROW_HEAD_CHARS or the
    opening has no digit (a date, a time, a score: prose lines rarely open so alike)."""
    mark = ROW_MARK.search(raw, 0, len(raw) - len(raw.lstrip()) + ROW_HEAD_CHARS)
    if mark is None:
        return ""
    head = raw[: mark.end()].strip()
    if not any(char.isdigit() for char in head):
        return ""
    return _WORD.sub(_word_shape, head)


def _word_shape(word: re.Match[str]) -> str:
    text = word.group()
    return "9" if text.isdigit() else "A" if text[0].isupper() else "a"


def segment(
    lines: Sequence[str],
    markdown: bool = False,
    *,
    cells: bool = True,
    known: Sequence[MarkdownLine | None] = (),
) -> list[Block]:
    """Cut lines into blocks. Blank lines separate groups and belong to no block.

    ``cells``: join the cells of a table's row and the tokens of a formula or of code printed one a
    line into one block each (:mod:`articlean.cells`). ``known``: markdown lines already stripped
    by their writer (see :func:`strip_lines`)."""
    end = None if markdown else dump_end(lines)
    stripped = strip_lines(lines, known) if markdown else text_lines(lines, end)
    # a text-mode browser's list of URLs is no wrapped text: its long lines would hide the width
    width = wrap_width(lines if end is None else lines[:end], markdown, stripped)
    gap = paragraph_gap(lines)
    blocks: list[Block] = []
    joined: dict[int, _Joined] = {}
    group = 0
    previous_blank = True
    tail: str | None = None  # the text of the open block's last line; None when no block is open
    previous_raw = ""
    for number, (raw, line) in enumerate(zip(lines, stripped, strict=True)):
        if not raw or raw.isspace():
            if not previous_blank:
                group += 1
            previous_blank = True
            tail = None
            continue
        previous_blank = False
        opened = lines[blocks[-1].first_line] if blocks and tail is not None else ""
        wrapped = width is not None and _wrapped(previous_raw, raw, line, width, opened)
        # The rest of a link whose text the line above took ("Tags: [" / "sports](/tag/sports)"):
        # no block of its own, which would stand as an empty one among the text's neighbours.
        closer = markdown and not line.text and previous_raw.endswith("[")
        previous_raw = raw.rstrip()
        if tail is not None and closer:
            _open_run(joined, blocks).extend(number, line)
            continue
        if tail is not None and (wrapped or (line.in_link and line.text) or _continues(tail, line)):
            _open_run(joined, blocks).add(number, line)
            tail = line.text
            continue
        blocks.append(_block(len(blocks), number, raw, line, group, gap))
        tail = line.text
    for index, run in joined.items():
        blocks[index] = run.block()
    return join_cells(blocks) if cells else blocks


def _open_run(joined: dict[int, _Joined], blocks: Sequence[Block]) -> _Joined:
    """The run of lines of the last block, opened at its first continued line."""
    run = joined.get(len(blocks) - 1)
    if run is None:
        run = joined[len(blocks) - 1] = _Joined(blocks[-1])
    return run


# Block's slots, each set directly: a frozen dataclass's __init__ sets each field through
# object.__setattr__ (a name look-up per field), and called with keywords, as here before, it also
# matched eleven keywords per block; the blocks of the 115 pages of every second dev page took 4.7 us
# each that way, 1.5 us this way (about 2 % of the HTML path). tests/test_segment.py checks that the
# result equals Block(...) field for field, whatever fields Block gains.
_BLOCK_SLOTS = tuple(getattr(Block, field.name).__set__ for field in dataclasses.fields(Block))
(
    _set_index, _set_first_line, _set_last_line, _set_text, _set_group, _set_indent, _set_list_item,
    _set_heading_level, _set_link_chars, _set_image, _set_cells, _set_gap,
) = _BLOCK_SLOTS  # fmt: skip
_new = object.__new__


def _block(index: int, number: int, raw: str, line: MarkdownLine, group: int, gap: int) -> Block:
    block: Block = _new(Block)
    _set_index(block, index)
    _set_first_line(block, number)
    _set_last_line(block, number)
    _set_text(block, line.text)
    _set_group(block, group)
    _set_indent(block, _indent(raw))
    _set_list_item(block, line.list_item)
    _set_heading_level(block, line.heading_level)
    _set_link_chars(block, line.link_chars)
    _set_image(block, line.image)
    _set_cells(block, 0)
    _set_gap(block, gap)
    return block

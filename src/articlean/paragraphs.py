"""Paragraphs and rows of segmented blocks: which block goes on the paragraph (or the table row) of
the one before it, where a paragraph or a list ends, the rows written to one pattern (a schedule, a
list of results), and the output paragraphs the blocks make.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from articlean import regexes
from articlean.doccache import per_document
from articlean.model import Block
from articlean.segment import ROW_MARK, WRAP_MIN_LINE, count_words, unspaced, unspaced_letter

# A block that ends like this ended its sentence: the next one starts a paragraph of its own.
_TERMINAL_END = (".", "!", "?", "…", ":", ";", '"', "”", "’", "»", ")", "。", "！", "？", "」")

# A row (see row_pattern): one line of at most this many words and characters (a paragraph on one
# line is longer, and is not measured further: settle runs several times on every block), and the
# punctuation marks of it that make its pattern.
ROW_MAX_WORDS = 16
ROW_MAX_CHARS = 160
ROW_PATTERN_MARKS = 2
# The lines a row may take: one, and a second where a hard-wrapped dump's width cut it ("June 14 --
# Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly" / "Verizon Amphitheatre)").
WRAPPED_ROW_LINES = 2
# A wrapped Chinese or Japanese line may end this many characters short of the longest: a wide
# character or a mark that may not open a line went on to the next.
CUT_SLACK = 2
_LAST_WORD = regexes.compile(r"\w+(?=\W*$)")
# A footnote's mark: a bracketed number of up to three digits or a bracketed letter, one or more in a
# row, with the punctuation that may follow it ("[12][13]", "[a],"), as wikis cite their sources.
_FOOTNOTE_MARK = regexes.compile(r"(?:\[(?:\d{1,3}|[a-z])\])+[.,;:]?")


def footnote_mark(text: str) -> bool:
    """Whether ``text`` is only a footnote's mark (or a few in a row): "[3]", "[12][13]", "[a]"."""
    return _FOOTNOTE_MARK.fullmatch(text.strip()) is not None


def next_line_of_paragraph(previous: Block, block: Block) -> bool:
    """Whether ``block`` starts on the line after ``previous`` ends, with no blank line between."""
    return block.group == previous.group and block.first_line == previous.last_line + 1


def paragraph_end(blocks: Sequence[Block], start: int) -> int:
    """The index after the last block of the paragraph (lines with no blank line between them) that
    begins at ``start``."""
    end = start + 1
    while end < len(blocks) and next_line_of_paragraph(blocks[end - 1], blocks[end]):
        end += 1
    return end


def list_end(blocks: Sequence[Block], start: int) -> int:
    """The index after the list items of one list (one group) that begin at ``start``; ``start``
    itself when that block is no list item."""
    end = start
    while end < len(blocks) and blocks[end].list_item and blocks[end].group == blocks[start].group:
        end += 1
    return end


def next_row_of_table(previous: Block, block: Block) -> bool:
    """Whether ``block`` is the row after ``previous`` in one table whose cells were printed one a
    line (:mod:`articlean.cells`): a browser prints the rows on consecutive lines, whatever blank
    lines the dump put between the cells."""
    return (
        bool(previous.cells and block.cells)
        and block.group == previous.group
        and block.index == previous.index + 1
    )


def paragraph_groups(blocks: Sequence[Block]) -> list[tuple[str, list[int]]]:
    """Output paragraphs with the positions (in ``blocks``) of the blocks each is made of.

    Adjacent blocks of one group are joined when the first did not end its sentence: a wrapped
    line, or a fragment the segmenter could not prove to be a continuation; not rows written to one
    pattern (:func:`row_pattern`: a schedule's "June 9 -- Tampa, FL", "June 10 -- Atlanta, GA").
    A footnote's mark on a line of its own (:func:`footnote_mark`) goes on the sentence it follows,
    ended or not, and the block after it goes on as it would after that sentence: a dump that prints
    a line per text node puts each of a wiki's citations ("in 1616." / "[12]") on a line of its own.
    """
    # Each paragraph's texts are joined once at the end: joining as they come is quadratic in a
    # paragraph of many fragments.
    result: list[tuple[list[str], list[int]]] = []
    previous: Block | None = None
    ended = False  # whether the text before ``previous`` and its footnote marks ended its sentence
    full = _full_unspaced_line(blocks)
    for position, block in enumerate(blocks):
        if not block.text:
            continue
        text = f"- {block.text}" if block.list_item else block.text
        mark = footnote_mark(block.text)
        if (
            previous is not None
            and result
            and (next_line_of_paragraph(previous, block) or next_row_of_table(previous, block))
            and not (block.list_item or block.heading_level or previous.heading_level)
            and (mark or not (ended or _rows(previous, block)))
        ):
            texts, members = result[-1]
            texts.append("" if _cut_word(previous, block, full) else " ")
            texts.append(text)
            members.append(position)
        else:
            result.append(([text], [position]))
            mark = False  # a mark that opens a paragraph ends no sentence
        if not mark:
            ended = block.text.endswith(_TERMINAL_END)
        previous = block
    return [("".join(texts), members) for texts, members in result]


def _cut_word(previous: Block, block: Block, full: int) -> bool:
    """Whether a line break cut Chinese or Japanese text between two blocks: no space goes there
    (see :mod:`articlean.segment`, which joins a block's lines so). A wrapper fills a line before it
    breaks: to ``full`` characters (see _full_unspaced_line), or within CUT_SLACK of it; any shorter
    line was ended by the page (a heading over its paragraph, a line break of the author's, text
    nodes of a scraper's dump)."""
    return (
        unspaced(previous.text[-1:])
        and unspaced(block.text[:1])
        and len(previous.text) >= max(full - CUT_SLACK, WRAP_MIN_LINE)
    )


def _full_unspaced_line(blocks: Sequence[Block]) -> int:
    """The longest one-line block ending in Chinese or Japanese: in a wrapped dump, the width in
    characters (no line runs past it), the length a line cut between two letters has."""
    one_line = (block for block in blocks if block.first_line == block.last_line)
    return max((len(block.text) for block in one_line if unspaced(block.text[-1:])), default=0)


def row_pattern(block: Block, max_lines: int = 1) -> str:
    """How a row of a schedule or a list of results is written: a block's first
    :data:`ROW_PATTERN_MARKS` punctuation marks, full stops aside ("():" of "Norway (Group C): 4th";
    abbreviations such as "Aug. 2 -- Keswick" do not change it). Empty for a block of more than
    ``max_lines`` lines, a heading, or a text longer than a row (:data:`ROW_MAX_WORDS`,
    :data:`ROW_MAX_CHARS`); lines without punctuation (a menu's "Home") make no pattern either."""
    if block.last_line - block.first_line >= max_lines or block.heading_level:
        return ""
    return _row_pattern(block.text)


@per_document
def _row_pattern(text: str) -> str:
    if len(text) > ROW_MAX_CHARS or count_words(text) > ROW_MAX_WORDS:
        return ""
    return "".join(match.group() for match in itertools.islice(ROW_MARK.finditer(text), ROW_PATTERN_MARKS))


def _rows(previous: Block, block: Block) -> bool:
    """Whether two blocks are rows written to one pattern: lines of their own in the output, not the
    pieces of one sentence. A row that a hard wrap cut in two lines is one block of two lines; two
    such blocks side by side are pieces of a sentence when the first ends in a word in lower case
    ("0x08: Block Placement Packet and" / "0x10: Creative Inventory Action."), where a row ends in a
    name, a number or a bracket ("June 9 – Tampa, FL @ MIDFLORIDA Credit Union" / "Amphitheatre").
    Chinese or Japanese lines cut between two letters are pieces of a sentence too: their commas
    ("、") make a pattern, but a row ends in punctuation or starts a new line with a mark or digit.
    """
    if unspaced_letter(previous.text[-1:]) and unspaced_letter(block.text[:1]):
        return False  # a Chinese or Japanese line cut between two letters: a sentence goes on
    pattern = row_pattern(previous, WRAPPED_ROW_LINES)
    if not pattern or row_pattern(block, WRAPPED_ROW_LINES) != pattern:
        return False
    one_line = previous.first_line == previous.last_line or block.first_line == block.last_line
    return one_line or not _ends_lower(previous.text)


def _ends_lower(text: str) -> bool:
    """Whether ``text`` ends with a word in lower case ("and", "of the"): a sentence goes on."""
    match = _LAST_WORD.search(text)
    return match is not None and match.group()[:1].islower()


def body_text(blocks: Sequence[Block], groups: Sequence[tuple[str, list[int]]] | None = None) -> str:
    """The output text of ``blocks``: paragraphs apart by a blank line, the items of one list on
    consecutive lines, as they are written (and read again: a list stays one group when the output
    is cleaned once more). ``groups``: :func:`paragraph_groups` of ``blocks`` when already made."""
    if groups is None:
        groups = paragraph_groups(blocks)
    parts: list[str] = []
    previous: Block | None = None
    for text, members in groups:
        first = blocks[members[0]]
        if previous is not None:
            same_list = previous.list_item and first.list_item and first.group == previous.group
            parts.append("\n" if same_list else "\n\n")
        parts.append(text)
        previous = blocks[members[-1]]
    return "".join(parts)


def paragraphs(blocks: Sequence[Block]) -> list[str]:
    """Output paragraphs (see :func:`paragraph_groups`)."""
    return [text for text, _ in paragraph_groups(blocks)]

"""Rows of a table, or sections, printed a paragraph per cell, going on past the last kept text.

A dump that prints every cell of a table on lines of its own (BeautifulSoup ``get_text("\\n")``)
turns each row into a few short paragraphs (a name, a year) over a paragraph of running text (the
row's description); an article of short sections prints a heading over each section's text. The
model settles the article's end from its neighbours' scores, and in a long table it often ends the
article in the middle of the rows, where what follows reads the same as what it kept; the walk over
the paragraphs of running text under the kept text (:mod:`articlean.edgeparagraphs`) stops at the
first short line. When the kept text ends with :data:`MIN_ROWS_BEFORE` rows in a row, each of one
to :data:`MAX_CELLS` short cells over a kept description, the rows of the same shape that the model
dropped right after it are kept too (reason ``table-rows``), up to the first paragraph of another
shape (a heading, a list, a paragraph a rule dropped, a line that is neither a cell nor running
text, a gap of more than one blank line). A row is kept once its description is read: cells with
nothing under them stay dropped. Lines without letters (a year, a citation mark) stay as they were;
they count as cells and do not end a description, nor do citation marks after its last sentence.
A summary cut short with an ellipsis is a teaser's, not a row's description.

Applied once the classifier's rounds are done (:func:`articlean.classify.classify`): a round
classifies the kept blocks alone, without the year cells between the rows, and their model then
drops what this kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from articlean import regexes
from articlean.edgeparagraphs import REVIVABLE
from articlean.features import TERMINAL
from articlean.model import Block, Label, Verdict, kept_as
from articlean.paragraphgaps import last_kept, next_to
from articlean.paragraphs import next_line_of_paragraph, paragraph_end
from articlean.segment import count_words

# A cell: a paragraph of at most this many words (a name, a year, a short label); on dev, 14 kept
# a teaser's headline over its summary (r2 -0.00007), and 4 cells or 6 a row, or descriptions of 4
# words or more, changed nothing ...
CELL_MAX_WORDS = 10
# ... and a row's description: at least this many words, ending a sentence.
TEXT_MIN_WORDS = 6
# Rows of at least MIN_CELLS cells each, MIN_ROWS_BEFORE of them ending the kept text: a table. On
# dev, 2 cells (tables alone, not sections) kept half as much: the pipeline's re-check reads the
# output, where the rows of a table have lost their year cells, and dropped its last rows again.
MIN_CELLS = 1
MIN_ROWS_BEFORE = 3
# A row has at most this many cells before its description: more is a list of something else.
MAX_CELLS = 4
# How a text cut short ends: a teaser's summary, not a row's description.
_ELLIPSES = ("...", "…")
# Citation marks after a sentence ("... the mountains.[1][2]", "... [note 3]").
_CITATIONS = regexes.compile(r"(?:\s*\[[^\[\]]{1,12}\])*\s*$")
# Drops that the rows may carry and leave as they are: lines without letters.
_LETTERLESS = frozenset({"no-words", "no-text"})


class _Paragraph(NamedTuple):
    start: int  # its first block
    end: int  # after its last block
    kind: str  # "cell", "text" or "other"


def keep_table_rows(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` with the rows that go on right after the kept text kept (see the module)."""
    return kept_as(verdicts, table_rows(blocks, verdicts), "table-rows")


def table_rows(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The dropped blocks of the table rows that go on right after the kept text."""
    last = last_kept(verdicts)
    if last is None:
        return []
    before = _paragraphs_before(blocks, last)
    if _rows_before(before, verdicts) < MIN_ROWS_BEFORE:
        return []
    found: list[int] = []
    cells = 0
    pending: list[int] = []
    previous = before[-1].end - 1
    for paragraph in _paragraphs_after(blocks, previous + 1):
        if not next_to(blocks[previous], blocks[paragraph.start]) or paragraph.kind == "other":
            break
        members = range(paragraph.start, paragraph.end)
        if any(verdicts[i].reason not in REVIVABLE | _LETTERLESS for i in members):
            break
        if paragraph.kind == "cell":
            cells += 1
            if cells > MAX_CELLS:
                break
        else:
            cells = 0
        pending.extend(i for i in members if verdicts[i].reason in REVIVABLE and _has_letters(blocks[i]))
        if paragraph.kind == "text":
            found.extend(pending)  # a row is kept once its description is read
            pending = []
        previous = paragraph.end - 1
    return found


def _rows_before(paragraphs: Sequence[_Paragraph], verdicts: Sequence[Verdict]) -> int:
    """How many rows of at least MIN_CELLS cells over a kept description end ``paragraphs``."""
    rows = 0
    position = len(paragraphs) - 1
    while position >= 0 and paragraphs[position].kind == "text":
        description = paragraphs[position]
        if not any(verdicts[i].label is Label.BODY for i in range(description.start, description.end)):
            break
        while position >= 0 and paragraphs[position].kind == "text":
            position -= 1
        cells = 0
        while position >= 0 and paragraphs[position].kind == "cell":
            cells += 1
            position -= 1
        if not MIN_CELLS <= cells <= MAX_CELLS:
            break
        rows += 1
    return rows


def _paragraphs_before(blocks: Sequence[Block], last: int) -> list[_Paragraph]:
    """The paragraphs up to the one that holds block ``last``, in order, each next to the one after
    it (a wider gap ends the table); at most (MAX_CELLS + 2) * MIN_ROWS_BEFORE of them: enough."""
    end = paragraph_end(blocks, last)
    found: list[_Paragraph] = []
    while end > 0 and len(found) < (MAX_CELLS + 2) * MIN_ROWS_BEFORE:
        start = end - 1
        while start > 0 and next_line_of_paragraph(blocks[start - 1], blocks[start]):
            start -= 1
        found.append(_Paragraph(start, end, _kind(blocks[start:end])))
        if start == 0 or not next_to(blocks[start - 1], blocks[start]):
            break
        end = start
    return found[::-1]


def _paragraphs_after(blocks: Sequence[Block], start: int) -> Iterator[_Paragraph]:
    """The paragraphs from block ``start`` on, read as the walk asks for them."""
    while start < len(blocks):
        end = paragraph_end(blocks, start)
        yield _Paragraph(start, end, _kind(blocks[start:end]))
        start = end


def _kind(members: Sequence[Block]) -> str:
    """A cell, a row's description (running text) or another paragraph (a heading, a list)."""
    if any(block.heading_level or block.list_item for block in members):
        return "other"
    words = sum(count_words(block.text) for block in members)
    if words >= TEXT_MIN_WORDS:  # only running text's ending is read
        worded = [block for block in members if _has_letters(block)]
        ending = _without_citations(worded[-1].text) if worded else ""
        if ending.endswith(TERMINAL) and not ending.endswith(_ELLIPSES):
            return "text"
    return "cell" if words <= CELL_MAX_WORDS else "other"


def _without_citations(text: str) -> str:
    """The text without the citation marks and spaces it ends with. The pattern, tried at every
    position of the text, runs only on a text that ends with a bracket."""
    stripped = text.rstrip()
    return _CITATIONS.sub("", stripped) if stripped.endswith("]") else stripped


def _has_letters(block: Block) -> bool:
    return any(char.isalpha() for char in block.text)

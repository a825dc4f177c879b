"""A table's header row printed over each of several tables, kept over the rows the model kept.

A page of several tables of one kind (a team's players by position, a price list by region) prints
the same header row over each ("Pos | Player | Plays | % | Stats"). The model counts the line's copies
and drops it as ``repeated``, as it drops a menu printed at the top and the bottom of a page; but a
header right over a kept row of its table, laid out in the same columns, belongs to that table however
often it recurs. Such a line is kept (reason ``table-header``): a line of one source line dropped as
``repeated`` whose next block with text (blank cells and a markdown table's rule ``---|---`` between
them aside) is a kept one-line row with the same columns:

* in markdown (and HTML, written as markdown), the same number of ``|``-separated cells, at least
  :data:`MIN_COLUMNS`;
* in a text dump that lays a table out in columns (``lynx -dump``), the same columns: each cell
  starting at the same character, cells parted by two spaces or more, at least :data:`MIN_COLUMNS`;
* in a dump that prints a cell a line (``get_text("\\n")``), a header row joined with its table's
  rows (:mod:`articlean.cells`) over a row of as many cells, at least :data:`MIN_COLUMNS`.

Each header cell holds at most :data:`HEADER_CELL_MAX_WORDS` words, as a column's label does. Only the
copy right over the rows is kept: a header printed twice over one table (a page's sticky copy) keeps
one. Not above the first kept block: a table that opens the kept text has no article above it to
belong to, and a header kept there is the output's opening line, which cleaning the output again
reads as its title (the rows under it go with it). Applied once the classifier's rounds are done
(:func:`articlean.classify.classify`, which is given the page's lines), before the article's
subheadings are sought; on dev the header kept in a text dump stays when the output is cleaned again
(its three copies are kept again as rows' context).
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean import regexes
from articlean.model import Block, Label, Verdict

TABLE_HEADER = "table-header"
# A table has at least this many columns: two columns of short words are a menu's pairs as often.
MIN_COLUMNS = 3
# A column's label is a few words ("Pos", "Plays", "Price per night"); a sentence is no header.
HEADER_CELL_MAX_WORDS = 4
# Cells of a text dump's table are parted by two spaces or more (one space parts a cell's own words).
_CELL_GAP = regexes.compile(r"\S+(?: \S+)*")
_WORD = regexes.compile(r"\w+")


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a markdown table row, or None when the line is none."""
    text = line.strip()
    if text.count("|") < MIN_COLUMNS - 1:
        return None
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [cell.strip() for cell in text.split("|")]


def _column_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a line laid out in columns, each with the character it starts at."""
    return [(match.start(), match.group()) for match in _CELL_GAP.finditer(line)]


def _header_over_row(header: str, row: str) -> bool:
    """Whether ``header`` is a header row of the table whose row ``row`` is, laid out alike."""
    header_cells = _pipe_cells(header)
    if header_cells is not None:
        row_cells = _pipe_cells(row)
        if row_cells is None or len(row_cells) != len(header_cells):
            return False
        labels = header_cells
    else:
        columns, row_columns = _column_cells(header), _column_cells(row)
        if [start for start, _ in columns] != [start for start, _ in row_columns]:
            return False
        labels = [cell for _, cell in columns]
    if len(labels) < MIN_COLUMNS:
        return False
    return all(len(_WORD.findall(cell)) <= HEADER_CELL_MAX_WORDS for cell in labels)


def _next_with_text(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> int | None:
    for position in range(index + 1, len(blocks)):
        if verdicts[position].reason != "no-text":
            return position
    return None


def table_headers(lines: Sequence[str], blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks dropped as ``repeated`` that are the header row right over a kept row of a table;
    none without the ``lines`` the blocks were cut from (a caller that classifies blocks alone)."""
    if not lines:
        return []
    found = []
    inside = False  # whether a block before this one is kept: the article's text above the table
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if verdict.label.is_body:
            inside = True
        if not inside or verdict.reason != "repeated":
            continue
        row = _next_with_text(blocks, verdicts, index)
        if row is None or not verdicts[row].label.is_body:
            continue
        if block.cells:
            if _joined_header_over_row(block, blocks[row]):
                found.append(index)
        elif (
            block.first_line == block.last_line
            and blocks[row].first_line == blocks[row].last_line
            and _header_over_row(lines[block.first_line], lines[blocks[row].first_line])
        ):
            found.append(index)
    return found


def _joined_header_over_row(header: Block, row: Block) -> bool:
    """Whether ``header`` is the header row of the table whose row ``row`` is, both joined from a
    cell a line (:mod:`articlean.cells`, which takes for a header only cells of a few words): rows
    of one table, of as many cells."""
    return header.cells >= MIN_COLUMNS and row.cells == header.cells and row.group == header.group


def keep_table_headers(
    lines: Sequence[str], blocks: Sequence[Block], verdicts: Sequence[Verdict]
) -> list[Verdict]:
    """``verdicts`` with the table headers :func:`table_headers` finds kept (reason ``table-header``)."""
    result = list(verdicts)
    for index in table_headers(lines, blocks, verdicts):
        result[index] = Verdict(Label.BODY, result[index].score, TABLE_HEADER)
    return result

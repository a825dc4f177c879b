"""A table's header row printed over each of several tables is kept right over a kept row of its
table, laid out in the same columns, though the model dropped it as a repeated line."""

from __future__ import annotations

import time

from articlean.model import Block, Label, Verdict
from articlean.segment import segment
from articlean.tableheads import TABLE_HEADER, keep_table_headers, table_headers
from timing import assert_linear

KEPT = Verdict(Label.BODY, 0.9, "in-article")
REPEATED = Verdict(Label.BOILERPLATE, 0.3, "repeated")
OUTSIDE = Verdict(Label.BOILERPLATE, 0.3, "outside-article")
NO_TEXT = Verdict(Label.BOILERPLATE, 0.0, "no-text")

OPENING = "The club published the playing time of each player after the match on Sunday."
HEADER = "Pos | Player | Plays | % | Notes"
RULE = "---|---|---|---|---"
ROWS = [
    "DL | Ann Fields | 63 | 85% | 1 tackle, 2 hits.",
    "DL | Bo Marsh | 57 | 77% | 3 tackles.",
]


def model_verdicts(blocks: list[Block], header: Verdict = REPEATED, rows: Verdict = KEPT) -> list[Verdict]:
    """The model's verdicts: the opening kept, header copies dropped as repeated, rows as given."""
    verdicts = []
    for block in blocks:
        if not any(char.isalnum() for char in block.text):
            verdicts.append(NO_TEXT)
        elif block.text == OPENING:
            verdicts.append(KEPT)
        elif block.text.startswith("Pos "):
            verdicts.append(header)
        else:
            verdicts.append(rows)
    return verdicts


def markdown_tables(count: int, header_lines: list[str] | None = None) -> list[str]:
    lines = [OPENING, ""]
    for _ in range(count):
        lines += [*(header_lines or [HEADER, RULE]), *ROWS, ""]
    return lines


def kept_headers(lines: list[str], **verdicts: Verdict) -> list[str]:
    blocks = segment(lines, markdown=True)
    return [blocks[index].text for index in table_headers(lines, blocks, model_verdicts(blocks, **verdicts))]


def test_a_markdown_header_over_kept_rows_is_kept_in_each_table() -> None:
    assert kept_headers(markdown_tables(3)) == ["Pos Player Plays % Notes"] * 3


def test_the_kept_header_reads_table_header_and_keeps_the_rest() -> None:
    lines = markdown_tables(2)
    blocks = segment(lines, markdown=True)
    verdicts = keep_table_headers(lines, blocks, model_verdicts(blocks))
    reasons = [
        verdict.reason
        for block, verdict in zip(blocks, verdicts, strict=True)
        if block.text.startswith("Pos")
    ]
    assert reasons == [TABLE_HEADER, TABLE_HEADER]
    assert all(verdict.label.is_body for verdict in verdicts if verdict.reason == TABLE_HEADER)


def test_of_a_header_printed_twice_only_the_copy_over_the_rows_is_kept() -> None:
    lines = markdown_tables(2, [HEADER, RULE, HEADER])
    blocks = segment(lines, markdown=True)
    found = table_headers(lines, blocks, model_verdicts(blocks))
    assert [blocks[index].first_line for index in found] == [4, 10]


def test_a_header_over_dropped_rows_stays_dropped() -> None:
    assert kept_headers(markdown_tables(3), rows=OUTSIDE) == []


def test_a_line_the_model_dropped_for_another_reason_is_left_be() -> None:
    assert kept_headers(markdown_tables(3), header=OUTSIDE) == []


def test_a_header_of_other_columns_than_the_rows_is_no_header() -> None:
    assert kept_headers(markdown_tables(2, ["Pos | Player | Plays", RULE])) == []


def test_a_row_of_sentences_over_a_row_is_no_header() -> None:
    sentences = "Pos | The player who played most | Plays | % | Notes on the game itself"
    assert kept_headers(markdown_tables(2, [sentences, RULE])) == []


def test_a_header_above_all_kept_text_stays_dropped() -> None:
    lines = markdown_tables(2)[2:]  # the tables open the kept text: no article above them
    blocks = segment(lines, markdown=True)
    found = table_headers(lines, blocks, model_verdicts(blocks))
    assert [blocks[index].first_line for index in found] == [5]  # the second table's only


# A text-mode browser's table: cells in columns, two spaces or more between them.
TEXT_HEADER = "   Pos  Player      Plays  %    Notes"
TEXT_ROWS = [
    "   DL   Ann Fields  63     85%  1 tackle, 2 hits.",
    "   DL   Bo Marsh    57     77%  3 tackles.",
]


def text_tables(header: str) -> list[str]:
    lines = [OPENING, ""]
    for _ in range(2):
        lines += [header, *TEXT_ROWS, ""]
    return lines


def text_headers(lines: list[str]) -> list[str]:
    blocks = segment(lines)
    return [blocks[index].text for index in table_headers(lines, blocks, model_verdicts(blocks))]


def test_a_text_dump_header_in_the_rows_columns_is_kept() -> None:
    assert text_headers(text_tables(TEXT_HEADER)) == ["Pos Player Plays % Notes"] * 2


def test_a_text_dump_line_out_of_the_rows_columns_is_no_header() -> None:
    assert text_headers(text_tables("   Pos Player Plays % Notes")) == []
    assert text_headers(text_tables("   Pos  Player  Plays  %  Notes")) == []


# A dump that prints a cell a line, a blank line between two (get_text("\n")): the cells are
# joined into rows (articlean.cells), the header row with them.
CELL_HEADER = ["Pos", "Player", "Plays", "%", "Notes"]
CELL_ROWS = [
    ["DL", "Ann Fields", "63", "85%", "1 tackle, 2 hits."],
    ["DL", "Bo Marsh", "57", "77%", "3 tackles."],
    ["LB", "Cy Brown", "49", "66%", "No stats registered."],
]


def cell_tables(header: list[str], count: int = 2) -> list[str]:
    lines = [OPENING]
    for _ in range(count):
        for cell in [*header, *(cell for row in CELL_ROWS for cell in row)]:
            lines += ["", cell]
        lines += ["", OPENING]
    return lines


def cell_headers(lines: list[str]) -> list[str]:
    blocks = segment(lines)
    return [blocks[index].text for index in table_headers(lines, blocks, model_verdicts(blocks))]


def test_a_header_joined_from_a_cell_a_line_over_its_rows_is_kept() -> None:
    assert cell_headers(cell_tables(CELL_HEADER)) == ["Pos Player Plays % Notes"] * 2


def test_a_joined_header_needs_as_many_cells_as_its_rows() -> None:
    """Two labels are no header of rows of five cells (nor do they join as a row of the table)."""
    assert cell_headers(cell_tables(["Pos Player", "Plays % Notes"])) == []


def test_time_is_linear_in_tables() -> None:
    def seconds(count: int) -> float:
        lines = markdown_tables(count)
        blocks = segment(lines, markdown=True)
        verdicts = model_verdicts(blocks)
        started = time.perf_counter()
        table_headers(lines, blocks, verdicts)
        return time.perf_counter() - started

    assert_linear(seconds, 500, 2_000)


def test_time_is_linear_in_line_length() -> None:
    def seconds(cells: int) -> float:
        header = " | ".join(["Head"] * cells)
        row = " | ".join(["12"] * cells)
        lines = [OPENING, "", header, row, ""] * 20
        blocks = segment(lines, markdown=True)
        verdicts = [REPEATED if block.text.startswith("Head") else KEPT for block in blocks]
        started = time.perf_counter()
        table_headers(lines, blocks, verdicts)
        return time.perf_counter() - started

    assert_linear(seconds, 500, 2_000)


def test_time_is_linear_in_text_line_length() -> None:
    def seconds(cells: int) -> float:
        header = "  ".join(["Head"] * cells)
        row = "  ".join(["12 a"] * cells)
        lines = [OPENING, "", header, row, ""] * 20
        blocks = segment(lines)
        verdicts = [REPEATED if block.text.startswith("Head") else KEPT for block in blocks]
        started = time.perf_counter()
        table_headers(lines, blocks, verdicts)
        return time.perf_counter() - started

    assert_linear(seconds, 500, 2_000)


def test_without_the_page_lines_nothing_is_kept() -> None:
    blocks = segment(markdown_tables(2), markdown=True)
    assert table_headers((), blocks, model_verdicts(blocks)) == []

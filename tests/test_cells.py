"""Table rows and formula or code tokens printed one a line are joined into one block each."""

from __future__ import annotations

import dataclasses

from articlean import clean
from articlean.cells import MIN_ROWS, TOKEN_RUN_MIN, join_cells, renumbered
from articlean.features import BLOCK_NAMES, block_columns
from articlean.model import Block
from articlean.segment import segment


def spaced(cells: list[str]) -> list[str]:
    """Lines as get_text("\\n") prints text nodes: one a line, a blank line between any two."""
    lines: list[str] = []
    for cell in cells:
        lines.extend([cell, ""])
    return lines[:-1]


ROWS = [
    ["DL", "Ann Smith", "63", "85%", "1 tackle (1 combined). 1 sack."],
    ["DL", "Bo Jones", "57", "77%", "3 tackles (3 combined)."],
    ["LB", "Cy Brown", "49", "66%", "No stats registered."],
    ["CB", "Di Green", "28", "38%", "2 tackles, 1 assist (3 combined)."],
]
STANDINGS = [["1", "Ann Smith", "5040", "5"], ["2", "Bo Jones", "5035", "7"], ["3", "Cy Brown", "5033", "4"]]
RELEASES = [["4.2.3", "April 2014"], ["4.1.6", "April 2014"], ["4.2.4", "May 2014"], ["4.3", "July 2014"]]
FORMULA = ["The area is", "A", "=", "π", "×", "r", "2", ", so doubling", "r", "gives", "π", "×", "(", "2",
           "×", "r", ")", "2", "=", "4", "×", "π", "×", "r", "2", "+", "0"]  # fmt: skip
# Highlighted code: a token a line, a blank line between two lines of code.
CODE_LINES = [["fetch", "(", '"/data.json"', ")", ".", "then", "(", "function", "(", "res", ")"], ["{"],
              ["// res is a Response"], ["if", "(", "res.", "ok", ")"], ["{"],
              ["console.", "log", "(", "res", ")", ";"], ["}"], ["}", ")", ";"]]  # fmt: skip
CODE = [line for tokens in CODE_LINES for line in (*tokens, "")][:-1]


def texts(lines: list[str]) -> list[str]:
    return [block.text for block in segment(lines)]


def test_each_row_of_a_table_becomes_one_block() -> None:
    blocks = segment(["Below are the snap counts:", "", *spaced([cell for row in ROWS for cell in row])])
    rows = [" ".join(row) for row in ROWS]
    assert [block.text for block in blocks] == ["Below are the snap counts:", *rows]
    # every line keeps its owner (the ledger) and the rows sit in one group, as a browser prints a table
    assert blocks[1].first_line == 2 and blocks[-1].last_line == 2 + 2 * 4 * 5 - 2
    assert len({block.group for block in blocks[1:]}) == 1
    assert [block.index for block in blocks] == list(range(len(blocks)))


def test_tables_with_one_number_a_row_need_short_cells() -> None:
    assert texts(spaced([cell for row in STANDINGS for cell in row])) == [" ".join(row) for row in STANDINGS]
    assert texts(spaced([cell for row in RELEASES for cell in row])) == [" ".join(row) for row in RELEASES]
    # a ranked list of headlines (one number, then a long cell) is not a table
    ranked = [
        [str(rank), f"Council extends library hours after a record year, part {rank}"] for rank in range(4)
    ]
    cells = [cell for row in ranked for cell in row]
    assert texts(spaced(cells)) == cells


def test_a_header_of_short_names_is_the_first_row() -> None:
    """The column names just before the rows join as a row too; a sentence before them does not."""
    cells = ["Release", "Date", *(cell for row in RELEASES for cell in row)]
    lines = ["The release history tells a different story:", "", *spaced(cells)]
    assert texts(lines) == [lines[0], "Release Date", *(" ".join(row) for row in RELEASES)]
    rows = [" ".join(row) for row in STANDINGS]
    header = ["Pos.", "Driver", "Points", "Wins"]
    assert texts(spaced([*header, *(cell for row in STANDINGS for cell in row)])) == [" ".join(header), *rows]
    # a heading and a sentence are no header (the sentence is not short)
    before = ["Standings", "After the last race of the season the points were:", "Points", "Wins"]
    assert texts(spaced([*before, *(cell for row in STANDINGS for cell in row)])) == [*before, *rows]


def test_a_header_with_a_sign_for_a_column_is_the_first_row() -> None:
    """A column named by a sign ("%") is a label too; a lone number before the rows is none."""
    header = ["Pos", "Player", "Plays", "%", "Stats"]
    rows = [" ".join(row) for row in ROWS]
    cells = [cell for row in ROWS for cell in row]
    assert texts(spaced([*header, *cells])) == [" ".join(header), *rows]
    numbered = ["Pos", "Player", "Plays", "2019", "Stats"]
    assert texts(spaced([*numbered, *cells])) == [*numbered, *rows]


def test_a_header_printed_twice_joins_as_two_rows_and_the_rows_start_at_their_first_column() -> None:
    """Two copies of the header over the rows (a page's copy for wide screens): both are rows, and
    the rows start at "DL", though starting them at the second copy's "%" spreads the columns no more."""
    header = ["Pos", "Player", "Plays", "%", "Stats"]
    rows = [" ".join(row) for row in ROWS[:3]]
    cells = [cell for row in ROWS[:3] for cell in row]
    assert texts(spaced(["Linebacker", *header, *header, *cells])) == [
        "Linebacker",
        " ".join(header),
        " ".join(header),
        *rows,
    ]
    # a row of other labels over the header is no second copy of it
    other = ["Week", "Team", "Snaps", "%", "Notes"]
    assert texts(spaced(["Linebacker", *other, *header, *cells])) == [
        "Linebacker",
        *other,
        " ".join(header),
        *rows,
    ]


def test_a_stats_cell_of_up_to_twenty_words_is_a_cell() -> None:
    """A cell of a table's notes may run to 17 words ("7 tackles, 3 assists (10 combined). 1 sack, 2
    TFL, 2 QH, 2 INT, 4 passes defended."); a paragraph longer than a cell ends the run."""
    long_note = "7 tackles, 3 assists (10 combined). 1 sack, 2 TFL, 2 QH, 2 INT, 4 passes defended."
    table = [["LB", "Joe Smith", "74", "100%", long_note], *ROWS[1:3]]
    assert texts(spaced([cell for row in table for cell in row])) == [" ".join(row) for row in table]
    paragraph = " ".join(["The linebackers played every snap of the game"] * 3) + "."
    broken = [["LB", "Joe Smith", "74", "100%", paragraph], *ROWS[1:3]]
    assert len(texts(spaced([cell for row in broken for cell in row]))) > len(broken)


def test_each_of_two_tables_in_one_run_of_cells_is_found() -> None:
    """A second table under the first, a caption between them: both are tables."""
    below = [["Ann Smith", "31250", "71.2%"], ["Bo Jones", "9120", "20.8%"], ["Cy Brown", "3511", "8.0%"]]
    cells = [
        *(cell for row in STANDINGS for cell in row),
        "Lines changed",
        *(c for row in below for c in row),
    ]
    assert texts(spaced(cells)) == [
        *(" ".join(row) for row in STANDINGS),
        "Lines changed",
        *(" ".join(row) for row in below),
    ]


def test_menus_comment_threads_and_short_runs_are_left_alone() -> None:
    menu = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Weather", "Video", "Podcasts"]
    assert texts(spaced(menu)) == menu
    comments = [(name, "12:48 pm", "Great piece, thanks.", "3") for name in ("Ann", "Bo", "Cy", "Di")]
    thread = [cell for comment in comments for cell in comment]
    assert texts(spaced(thread)) == thread
    two_rows = [cell for row in ROWS[: MIN_ROWS - 1] for cell in row]
    assert texts(spaced(two_rows)) == two_rows


def test_a_formula_printed_one_token_a_line_becomes_one_block() -> None:
    assert texts(["Intro text here.", "", *spaced(FORMULA), "", "The end."]) == [
        "Intro text here.",
        # (a lone "+" reads as an empty bullet)
        "The area is A = π × r 2 , so doubling r gives π × ( 2 × r ) 2 = 4 × π × r 2 0",
        "The end.",
    ]


def test_code_printed_one_token_a_line_becomes_one_block() -> None:
    blocks = segment(["Fetch a file like this:", "", *CODE, "", "It returns a promise."])
    assert [block.text for block in blocks] == [
        "Fetch a file like this:",
        'fetch ("/data.json"). then (function (res) { // res is a Response'
        " if (res. ok) { console. log (res); } });",
        "It returns a promise.",
    ]


def test_code_whose_operators_the_segmenter_joined_to_words_is_code_too() -> None:
    """ "(" ends open and "," or ";" continue a line: the segmenter joins them to their neighbours,
    which leaves few bare operators; signs of code ("y;}", "<stdio.h>") count as well."""
    function = ["// sum.c", "#", "include", "", "<stdio.h>", "int", "", "sum", "(", "int", "a", ",", "",
                "int", "b", ")", "", "{", "", "return", "a", "+", "b", ";", "}"]  # fmt: skip
    blocks = segment(["Here is the function:", "", *function, "", "It adds two numbers."])
    assert len(blocks) == 3
    assert blocks[1].text == "// sum.c # include <stdio.h> int sum (int a, int b) { return a b;}"


def test_runs_of_words_or_of_widget_glyphs_are_not_code() -> None:
    words = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    assert texts(spaced(words)) == words
    archive = ["►", "2017", "(11)", "►", "January", "(11)", "▼", "2016", "(136)", "▼", "December", "(17)"]
    assert texts(spaced(archive)) == archive
    few = CODE[: TOKEN_RUN_MIN - 1]
    assert len(segment(few)) > 1


def test_blocks_without_cells_come_back_unchanged() -> None:
    blocks = [Block(0, 0, 0, "A paragraph of prose that says something.", 0), Block(1, 2, 2, "Another.", 1)]
    assert join_cells(blocks) == blocks


PROSE = [
    "The defence was without several starters this week, and the snap counts show how the coaches "
    "spread the work across the line, with the young players taking far more of it than in October.",
    "Smith played almost every snap and was the best of them, while Jones was close behind him; the "
    "coaches said on Monday that both of them would keep their places for the game next Sunday.",
]


def test_a_table_between_kept_paragraphs_is_kept() -> None:
    """End to end: the rows, judged as a browser prints them, stay with the paragraphs around them."""
    cells = [cell for row in ROWS for cell in row]
    dump = "\n".join(["Home", "", PROSE[0], "", *spaced(cells), "", PROSE[1], "", "Share this story"])
    body = clean(dump).text
    assert PROSE[0] in body and PROSE[1] in body
    assert all(" ".join(row) in body for row in ROWS)


def test_a_table_neither_adds_to_nor_breaks_the_prose_region() -> None:
    """The prose region (a stage-1 feature) runs across a table between two paragraphs; the same rows
    read as plain short blocks, a cell each, cost what any non-prose block costs, and split it."""
    cells = [cell for row in ROWS * 4 for cell in row]
    blocks = segment([PROSE[0], "", *spaced(cells), "", PROSE[1]])
    assert len(blocks) == 2 + 4 * len(ROWS) and all(block.cells == 5 for block in blocks[1:-1])
    region = BLOCK_NAMES.index("in_prose_region")
    assert set(block_columns(blocks, "en")[region]) == {1.0}
    plain = segment([PROSE[0], "", *spaced(cells), "", PROSE[1]], cells=False)
    assert 0.0 in block_columns(plain, "en")[region]


def test_a_renumbered_block_keeps_every_other_field() -> None:
    """``renumbered`` passes the fields on one by one: a field added to Block and not passed on
    would be reset to its default here."""
    values = {field.name: field.type for field in dataclasses.fields(Block)}
    odd = {"int": 7, "str": "x = 1", "bool": True}
    block = Block(**{name: odd[kind] for name, kind in values.items()})  # type: ignore[arg-type]
    assert renumbered(block, 3) == dataclasses.replace(block, index=3)


def test_the_rows_of_a_table_are_one_paragraph_of_the_output() -> None:
    """A browser prints the rows on consecutive lines; so does the body, whatever blank lines the dump
    put between the cells, and the body cleaned again is the same body."""
    table = [[str(rank), name, str(5040 - rank), str(rank + 3)] for rank, name in enumerate(NAMES, 1)]
    cells = [cell for row in table for cell in row]
    dump = "\n".join(["Home", "", PROSE[0], "", *spaced(cells), "", PROSE[1]])
    body = clean(dump).text
    assert body.split("\n\n") == [PROSE[0], " ".join(" ".join(row) for row in table), PROSE[1]]
    assert clean(body).text == body


NAMES = ["Ann Smith", "Bo Jones", "Cy Brown", "Di Green", "Ed Black", "Flo White"]


def test_a_line_of_table_rows_neither_adds_to_nor_breaks_the_prose_region() -> None:
    """Rows printed as one line of text (as the body prints them, or a browser a wide row) are a table
    by their numbers; the same line of names alone is a menu, and splits the region."""
    rows = " ".join(f"{rank} {name} {5040 - rank} {rank % 7}" for rank, name in enumerate(NAMES * 5, 1))
    region = BLOCK_NAMES.index("in_prose_region")
    blocks = segment([PROSE[0], "", rows, "", PROSE[1]])
    assert block_columns(blocks, "en")[region] == [1.0, 1.0, 1.0]
    names = segment([PROSE[0], "", " ".join(NAMES * 12), "", PROSE[1]])
    assert 0.0 in block_columns(names, "en")[region]


def test_rows_apart_by_the_html_sources_blank_lines_are_still_one_table() -> None:
    """get_text() without a separator prints a row's cells on consecutive lines and leaves the
    whitespace of the HTML source between rows: several blank lines, not one."""
    lines = ["Pos.", "Driver", "Points", "Wins"]
    for row in STANDINGS:
        lines += ["", "", "", "", *row]
    blocks = segment(lines)
    rows = [" ".join(row) for row in STANDINGS]
    assert [block.text for block in blocks] == ["Pos. Driver Points Wins", *rows]
    assert len({block.group for block in blocks}) == 1


def apart(cells: list[str], blank_lines: int) -> list[str]:
    """Lines with ``blank_lines`` indented whitespace-only lines between any two cells, as an unstripped
    get_text("\\n") prints the whitespace nodes of a formula's nested elements."""
    lines: list[str] = []
    for cell in cells:
        lines.extend([cell, *(["        "] * blank_lines)])
    return lines[:-blank_lines]


def test_in_a_dump_of_whitespace_nodes_a_formula_is_joined_however_far_its_tokens_are() -> None:
    """Where two or more blank lines part paragraphs as a rule, a run of them says nothing of how
    far apart two tokens are: MathML prints dozens between two tokens of one formula."""
    lines = ["Intro text here.", "", "", *apart(FORMULA, 40), "", "", "The end."]
    blocks = segment(lines, cells=False)
    assert {block.gap for block in blocks} == {40}  # the most common run
    joined = join_cells(blocks)
    assert [block.text for block in (joined[0], joined[2])] == ["Intro text here.", "The end."]
    assert len(joined) == 3
    assert joined[1].cells == len(FORMULA)


def test_where_one_blank_line_parts_paragraphs_far_tokens_stay_apart() -> None:
    blocks = [dataclasses.replace(block, gap=1) for block in segment(apart(FORMULA, 40), cells=False)]
    assert len(join_cells(blocks)) == len(blocks)
    near = [dataclasses.replace(block, gap=1) for block in segment(apart(FORMULA, 2), cells=False)]
    assert len(join_cells(near)) == 1

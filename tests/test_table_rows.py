"""The rows of a table printed a cell per paragraph go on past the last kept text: the rows the model
dropped right after it are kept, up to the first paragraph of another shape."""

from __future__ import annotations

import re
import time

from articlean.model import Block, Label, Verdict
from articlean.segment import segment
from articlean.tablerows import keep_table_rows, table_rows
from timing import assert_linear

KEPT = Verdict(Label.BODY, 0.9, "in-article")
OUTSIDE = Verdict(Label.BOILERPLATE, 0.3, "outside-article")
NO_WORDS = Verdict(Label.BOILERPLATE, 0.0, "no-words")

# A table of books as get_text("\n") prints it: a name, a year and a description per row, a blank
# line between cells, a citation mark under each description.
ROWS = [
    ("The Salt Road", "1961", "A caravan leaves the coast each spring and never reaches the mountains."),
    ("Glass Harbour", "1974", "Two sisters keep a lighthouse through a winter that does not end."),
    ("North of Nowhere", "1988", "A surveyor maps a valley that changes each time he crosses it."),
    ("The Quiet Year", "1995", "A village agrees to speak no word for a year, and keeps its promise."),
    ("Paper Moons", "2003", "A printer in Lyon sets the same page of a novel every morning."),
    ("Late Orchards", "2011", "A family returns to the farm where the trees flower in autumn."),
]


def table(rows: list[tuple[str, str, str]], after: list[str]) -> list[str]:
    lines = [
        "# Books set in one year",
        "",
        "This list gives the books in which the same year comes back again.",
        "",
    ]
    for number, (name, year, description) in enumerate(rows, 1):
        lines += [name, "", year, "", description, f"[{number}]", ""]
    return lines + after


def verdicts_for(
    blocks: list[Block], kept_rows: int, rows: list[tuple[str, str, str]] = ROWS
) -> list[Verdict]:
    """The model's verdicts: the opening and the first ``kept_rows`` rows kept, years dropped as
    lines without words, the rest outside the article."""
    last = next(index for index, block in enumerate(blocks) if block.text.startswith(rows[kept_rows - 1][2]))
    verdicts = []
    for index, block in enumerate(blocks):
        if not any(char.isalpha() for char in block.text):
            verdicts.append(NO_WORDS)
        else:
            verdicts.append(KEPT if index <= last else OUTSIDE)
    return verdicts


def texts(blocks: list[Block], indexes: list[int]) -> list[str]:
    """The blocks' texts without the citation mark that the segmenter joins to a description."""
    return [re.sub(r" \[\d+\]$", "", blocks[index].text) for index in indexes]


def test_the_rows_after_the_kept_text_are_kept() -> None:
    blocks = segment(table(ROWS, ["See also", "", "* Lists of novels"]))
    verdicts = verdicts_for(blocks, 3)
    kept = table_rows(blocks, verdicts)
    assert texts(blocks, kept) == [part for row in ROWS[3:] for part in (row[0], row[2])]
    settled = keep_table_rows(blocks, verdicts)
    assert {settled[index].reason for index in kept} == {"table-rows"}
    assert all(settled[index].label is Label.BODY for index in kept)
    # the years and the citation marks stay as they were; what follows the table stays dropped
    assert all(settled[index] == verdicts[index] for index in range(len(blocks)) if index not in kept)


def test_a_table_needs_rows_before_the_end_of_the_kept_text() -> None:
    blocks = segment(table(ROWS, []))
    # the page's heading over its opening paragraph reads as a row too: with one row, two are no table
    assert table_rows(blocks, verdicts_for(blocks, 1)) == []
    assert table_rows(blocks, verdicts_for(blocks, 2)) != []
    # the descriptions before the end must be kept: rows the model dropped there are no table
    verdicts = verdicts_for(blocks, 3)
    description = next(index for index, block in enumerate(blocks) if block.text == ROWS[1][2])
    verdicts[description] = OUTSIDE
    assert table_rows(blocks, verdicts) == []


def test_what_ends_the_rows() -> None:
    # a drop by a rule
    blocks = segment(table(ROWS, []))
    verdicts = verdicts_for(blocks, 3)
    fifth = next(index for index, block in enumerate(blocks) if block.text == ROWS[4][0])
    verdicts[fifth] = Verdict(Label.BOILERPLATE, 0.3, "interface-phrase")
    assert texts(blocks, table_rows(blocks, verdicts)) == list(ROWS[3][::2])
    # a heading, a list, a long line that ends no sentence
    for other in (
        "## Reception",
        "* Lists of novels",
        "Readers who liked these books also bought the following titles in our shop",
    ):
        lines = table(ROWS[:4], [other, "", *table(ROWS[4:], [])[4:]])
        blocks = segment(lines, markdown=True)
        assert texts(blocks, table_rows(blocks, verdicts_for(blocks, 3))) == list(ROWS[3][::2]), other
    # a wider gap between two paragraphs
    lines = table(ROWS, [])
    lines.insert(lines.index(ROWS[4][0]), "")
    blocks = segment(lines)
    assert texts(blocks, table_rows(blocks, verdicts_for(blocks, 3))) == list(ROWS[3][::2])


def test_cells_without_a_description_stay_dropped() -> None:
    blocks = segment(table(ROWS[:4], ["Last Light", "", "2019", "", "Sisters", ""]))
    assert texts(blocks, table_rows(blocks, verdicts_for(blocks, 3))) == list(ROWS[3][::2])


def test_a_summary_cut_short_is_a_teasers() -> None:
    teaser = [("More stories", "", "Ten novels to read on a long train journey this winter ...")]
    blocks = segment(table(ROWS[:3], [line for row in teaser for line in row]))
    assert table_rows(blocks, verdicts_for(blocks, 3)) == []


def test_sections_of_an_article_go_on_as_rows() -> None:
    lines = []
    for heading, text in [
        ("Background", "The project started as a way to run tasks later, without a queue of its own."),
        ("Design", "Each task carries its own deadline, and the workers pick the task due first."),
        ("Results", "The new framework runs a billion tasks a day with fewer failures than before."),
        ("Conclusion", "We hope this post helps engineers elsewhere to build better frameworks."),
    ]:
        lines += [heading, "", text, ""]
    blocks = segment(lines)
    verdicts = [KEPT] * 6 + [OUTSIDE] * 2
    assert texts(blocks, table_rows(blocks, verdicts)) == ["Conclusion", lines[-2]]
    # an article of paragraphs alone has no rows: the walk over running text is edgeparagraphs'
    assert table_rows(blocks, [KEPT] * 2 + [OUTSIDE] * 6) == []


def test_time_grows_with_the_rows() -> None:
    def seconds(count: int) -> float:
        rows = [
            (f"Book {n}", str(1900 + n % 100), f"A story told in the year number {n} of the list.")
            for n in range(count)
        ]
        blocks = segment(table(rows, []))
        verdicts = verdicts_for(blocks, 3, rows)
        start = time.process_time()
        assert len(table_rows(blocks, verdicts)) == 2 * (count - 3)
        return time.process_time() - start

    assert_linear(seconds, 500, 2_000)

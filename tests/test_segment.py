"""Segmentation helpers: word counts and output paragraphs."""

from __future__ import annotations

import re

import pytest

from articlean.model import Block
from articlean.paragraphs import body_text, paragraph_groups
from articlean.segment import COUNT_CACHE_MAX_CHARS, count_words, segment


@pytest.mark.parametrize("size", [0, 10, COUNT_CACHE_MAX_CHARS, COUNT_CACHE_MAX_CHARS + 1, 50_000])
def test_count_words_counts_word_runs_at_any_length(size: int) -> None:
    text = ("word, l'été 12 x " * (size // 16 + 1))[:size]
    assert count_words(text) == len(re.findall(r"\w+", text))
    assert count_words(text) == len(re.findall(r"\w+", text))  # the remembered count too


def test_fragments_of_one_sentence_make_one_paragraph() -> None:
    """Blocks of one group on adjacent lines join until one ends its sentence (r2-style fragments)."""
    texts = ["Intro.", "The council", "Said on", "Tuesday", "That it agreed.", "Next one."]
    blocks = [Block(index, index, index, text, 0) for index, text in enumerate(texts)]
    assert paragraph_groups(blocks) == [
        ("Intro.", [0]),
        ("The council Said on Tuesday That it agreed.", [1, 2, 3, 4]),
        ("Next one.", [5]),
    ]


def test_footnote_marks_go_on_the_sentence_they_follow() -> None:
    """A wiki's citations printed a line each ("in 1616." / "[12]" / "[13]") close the sentence they
    follow; the text after them starts a paragraph where it would after that sentence, and goes on
    one where that sentence had not ended."""
    texts = ["It was found in 1616.", "[12]", "[13]", "In 1645 it was renamed", "[a]", "after a province."]
    texts.append("[14],")
    blocks = [Block(index, index, index, text, 0) for index, text in enumerate(texts)]
    assert paragraph_groups(blocks) == [
        ("It was found in 1616. [12] [13]", [0, 1, 2]),
        ("In 1645 it was renamed [a] after a province. [14],", [3, 4, 5, 6]),
    ]
    # a mark that opens a paragraph ends no sentence; a year in brackets is no mark
    texts = ["[3]", "It was found.", "[2019]", "In 1645 it was renamed."]
    blocks = [Block(index, index, index, text, 0) for index, text in enumerate(texts)]
    assert paragraph_groups(blocks) == [
        ("[3] It was found.", [0, 1]),
        ("[2019] In 1645 it was renamed.", [2, 3]),
    ]


def test_rows_written_to_one_pattern_stay_lines_of_their_own() -> None:
    """A schedule printed a line a row is no sentence cut in pieces: each row stays a paragraph, so
    that cleaning the output again reads rows, not one run-on line."""
    texts = [
        "The tour dates:",
        "June 9 -- Riverside Arena, Tampa, FL",
        "June 10 -- Harbour Hall, Atlanta, GA",
        "Aug. 2 -- Lakeside Theatre, Denver, CO",
        "The council",  # pieces of a sentence still join: no pattern
        "Said on Tuesday, after the vote",
        "That it agreed.",
    ]
    blocks = [Block(index, index, index, text, 0) for index, text in enumerate(texts)]
    assert paragraph_groups(blocks) == [
        ("The tour dates:", [0]),
        (texts[1], [1]),
        (texts[2], [2]),
        # the last row is followed by a line of no pattern: joined as fragments are, as before
        (f"{texts[3]} The council Said on Tuesday, after the vote That it agreed.", [3, 4, 5, 6]),
    ]


def test_lynx_third_level_bullet_is_a_list_item_only_in_nested_lists() -> None:
    nested = ["   * Archive", "      + 2018", "         o December (111)", "         o November (163)"]
    blocks = segment(nested)
    assert [(block.text, block.list_item) for block in blocks] == [
        ("Archive", True), ("2018", True), ("December (111)", True), ("November (163)", True)
    ]  # fmt: skip
    # without the "*" and "+" levels, a line that starts with "o " is text (a word in Portuguese)
    prose = ["   o presidente disse que a lei entra em vigor em janeiro", "   o governo confirmou"]
    assert not any(block.list_item for block in segment(prose))


def test_items_of_one_list_are_written_on_consecutive_lines() -> None:
    """A list reads as a list, and stays one group when the output is cleaned again."""
    lines = ["The update adds:", "", "* Granite blocks", "* Slime blocks", "", "* A second list", "", "Done."]
    text = body_text(segment(lines))
    assert text == "The update adds:\n\n- Granite blocks\n- Slime blocks\n\n- A second list\n\nDone."
    again = segment(text.split("\n"))
    assert [(block.text, block.group) for block in again if block.list_item] == [
        ("Granite blocks", 1), ("Slime blocks", 1), ("A second list", 2)
    ]  # fmt: skip


def test_a_numbered_line_between_blank_lines_keeps_its_number() -> None:
    """A writer's numbered heading stands alone: its number is text, and the output cleaned again
    reads it the same (it used to become the item "- Check the peep hole")."""
    lines = ["1. Take the blankets off the bed", "", "2. Check the peep hole", "", "Done."]
    blocks = segment(lines)
    assert [(block.text, block.list_item) for block in blocks] == [
        ("1. Take the blankets off the bed", False), ("2. Check the peep hole", False), ("Done.", False)
    ]  # fmt: skip
    assert body_text(segment(body_text(blocks).split("\n"))) == body_text(blocks)


def test_a_numbered_line_under_a_paragraph_of_a_dump_without_blank_lines_keeps_its_number() -> None:
    """innerText parts paragraphs by a line break alone: a numbered heading right under a paragraph,
    with a blank line below it, is the writer's heading; its number stays text."""
    heading = "2. Never urged Ukraine to investigate"
    blocks = segment(["He begged them to look at the war.", heading, "", "Volker said so."])
    assert [(block.text, block.list_item) for block in blocks][1] == (heading, False)
    assert body_text(segment(body_text(blocks).split("\n"))) == body_text(blocks)


def test_the_last_item_of_a_list_of_wrapped_items_is_still_an_item() -> None:
    """Under a list whose items run over two lines, a numbered line with a blank line below is the
    list's last item, not a heading."""
    lines = ["Steps:", "", "1. Take the blankets", "off the bed", "2. Check the peep hole", "", "Done."]
    items = [(block.text, block.list_item) for block in segment(lines) if "peep" in block.text]
    assert items == [("Check the peep hole", True)]


def test_numbered_lines_in_a_run_are_list_items() -> None:
    lines = ["Steps:", "", "1. Take the blankets off the bed", "2. Check the peep hole", ""]
    blocks = segment(lines)
    assert [(block.text, block.list_item) for block in blocks] == [
        ("Steps:", False), ("Take the blankets off the bed", True), ("Check the peep hole", True)
    ]  # fmt: skip
    assert not segment(["", "- A lone item", ""])[0].text.startswith("-")  # only numbers stay text


def test_a_row_a_hard_wrap_cut_in_two_is_still_a_row_among_rows_of_one_line() -> None:
    """A row too long for a wrapped dump's width is one block of two lines; it stays a line of its
    own between rows of one line. Two blocks of two lines each, the first ending in "and", are pieces
    of a sentence."""
    rows = [
        (0, 0, "June 9 -- Riverside Arena, Tampa, FL"),
        (1, 2, "June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA"),
        (3, 3, "June 17 -- Bridgestone Arena, Nashville, TN"),
    ]
    blocks = [Block(index, first, last, text, 0) for index, (first, last, text) in enumerate(rows)]
    assert paragraph_groups(blocks) == [(text, [index]) for index, (_, _, text) in enumerate(rows)]
    pieces = [(0, 1, "0x08: Block Placement Packet and"), (2, 3, "0x10: Creative Inventory Action .")]
    blocks = [Block(index, first, last, text, 0) for index, (first, last, text) in enumerate(pieces)]
    assert len(paragraph_groups(blocks)) == 1


def test_rows_a_narrow_width_cut_in_two_one_after_another_are_still_rows() -> None:
    """At a narrow width every row of a schedule takes two lines: rows end in a name or a bracket,
    where the pieces of a sentence end in a word that goes on ("and")."""
    rows = [
        (0, 1, "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre"),
        (2, 3, "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre"),
        (4, 5, "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)"),
        (6, 7, "June 20 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek"),
    ]
    blocks = [Block(index, first, last, text, 0) for index, (first, last, text) in enumerate(rows)]
    assert paragraph_groups(blocks) == [(text, [index]) for index, (_, _, text) in enumerate(rows)]


def test_a_block_built_through_its_slots_equals_the_dataclass_built_one() -> None:
    from articlean.markdown import MarkdownLine
    from articlean.segment import _block

    line = MarkdownLine("Read the [story]", heading_level=2, list_item=True, link_chars=5, image=True)
    built = _block(7, 12, "    * Read the [story]()", line, 3, 2)
    expected = Block(
        index=7, first_line=12, last_line=12, text="Read the [story]", group=3, indent=4, list_item=True,
        heading_level=2, link_chars=5, image=True, cells=0, gap=2,
    )  # fmt: skip
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    with pytest.raises(AttributeError):  # still frozen
        built.text = "changed"  # type: ignore[misc]
    other = _block(7, 12, "  * Read the [story]()", line, 3, 2)  # another indent
    assert other != expected


def test_spaced_words_counts_what_whitespace_separates() -> None:
    from articlean.segment import spaced_words

    assert spaced_words("Read  the\tstory , now") == 5  # "," stands alone between spaces
    assert spaced_words("") == 0
    assert spaced_words("one-word") == 1
    assert spaced_words("one-word") != count_words("one-word")  # word runs: "one", "word"

"""An article's own table of contents, and the sections it lists, are kept; a numbered list whose
entries are no headings below it is not an outline."""

from __future__ import annotations

import time

import pytest

from articlean.contents import contents_box, find_outline, outline_sections
from articlean.model import Block, Label, Verdict
from articlean.modes import STRUCTURE_KEEPS
from articlean.paragraphends import ends_paragraph
from articlean.segment import segment
from articlean.settle import settle
from timing import assert_linear

KEPT = Verdict(Label.BODY, 0.9, "in-article")

# An encyclopedia's page as a text-mode browser prints it: the lead, the box, the sections, the notes.
PAGE = [
    "Harbour Lights is a series of films about a lighthouse keeper and her family on a small island.[1]",  # 0
    "",
    "Contents",  # 1
    "",
    "  * 1 Plot",  # 2
    "      + 1.1 Early years",  # 3
    "  * 2 Reception",  # 4
    "  * 3 See also",  # 5
    "",
    "Plot [ edit ]",  # 6
    "",
    "The first film follows the keeper through one long winter when the supply boat does not come.",  # 7
    "",
    "Early years [ edit ]",  # 8
    "",
    "Main article: Harbour Lights (novel)",  # 9
    "",
    "The keeper arrives on the island as a child with her father, who tends the light before her.",  # 10
    "",
    "Reception [ edit ]",  # 11
    "",
    "Critics praised the photography and the score, and the film ran for a year in the capital.[2][3]",  # 12
    "",
    "See also [ edit ]",  # 13
    "",
    "  * Lighthouses in fiction",  # 14
    "  * List of island films",  # 15
    "",
    "",
    "",
    "  * Privacy policy",  # 16
]


def dropped(reason: str = "outside-article") -> Verdict:
    return Verdict(Label.BOILERPLATE, 0.2, reason)


def test_the_box_and_the_sections_it_lists_are_kept() -> None:
    blocks = segment(PAGE)
    assert blocks[2].text == "1 Plot"
    outline = find_outline(blocks)
    assert outline is not None
    assert (outline.start, outline.end, outline.headings) == (1, 6, [6, 8, 11, 13])
    verdicts = [dropped("menu") if block.list_item else dropped() for block in blocks]
    verdicts[7] = verdicts[10] = KEPT
    verdicts[9] = dropped("interface-phrase")
    verdicts[13] = dropped("interface-phrase")
    verdicts[11] = Verdict(Label.HEADING, 0.5, "in-article")  # kept: takes the reason, keeps its label
    assert contents_box(outline, verdicts) == [1, 2, 3, 4, 5]
    # "Main article: ..." stays dropped; the heading "See also" does not; the last section ends with
    # its run of lines, before the footer three blank lines below
    assert outline_sections(outline, blocks, verdicts) == [6, 8, 11, 12, 13, 14, 15]
    settled = settle(blocks, verdicts)
    assert [verdict.reason for verdict in settled[1:6]] == ["contents"] * 5
    assert settled[9].reason == "interface-phrase"
    assert (settled[11].label, settled[11].reason) == (Label.HEADING, "outline-section")
    assert settled[16].label is Label.BOILERPLATE
    assert {"contents", "outline-section"} <= STRUCTURE_KEEPS


def test_a_note_over_a_section_that_opens_with_an_interface_phrase_stays_dropped() -> None:
    """"Main article: …" over a section, dropped by the model for its link share ("link-list") before
    its phrase was read, stays dropped, as the same line without its link does (a cleaned output
    read again); a longer line that opens with such words is a paragraph of the section, kept."""
    blocks = segment(PAGE)
    outline = find_outline(blocks)
    verdicts = [dropped("menu") if block.list_item else dropped() for block in blocks]
    verdicts[7] = verdicts[10] = KEPT
    verdicts[9] = dropped("link-list")
    assert 9 not in outline_sections(outline, blocks, verdicts)
    paragraph = "Main article of the series, the second film follows the keeper through the war years."
    long_note = segment([*PAGE[:15], paragraph, *PAGE[16:]])
    assert long_note[9].text == paragraph
    assert 9 in outline_sections(find_outline(long_note), long_note, verdicts)
    plain = segment([*PAGE[:15], "Harbour Lights (novel)", *PAGE[16:]])
    assert 9 in outline_sections(find_outline(plain), plain, verdicts)


def test_entries_printed_a_line_each_under_their_numbers() -> None:
    # a dump that prints every text node on a line of its own: number and title apart
    lines = ["Contents", "", "1", "", "Plot", "", "1.1", "", "Early years", "", "2", "", "Reception", ""]
    lines += ["Plot", "", "Early years", "", "Reception", "", "Critics praised it."]
    blocks = segment(lines)
    outline = find_outline(blocks)
    assert outline is not None
    assert outline.start == 0
    assert [blocks[index].text for index in outline.headings] == ["Plot", "Early years", "Reception"]


def test_a_number_in_an_entry_and_a_box_run_into_one_line() -> None:
    lines = ["1 Missions", "1.1 Apollo 11", "1.2 Apollo 12", "2 Legacy", "", "Missions", "", "Apollo 11"]
    lines += ["", "Apollo 12", "", "Legacy"]
    blocks = segment(lines)
    outline = find_outline(blocks)
    assert outline is not None
    assert [blocks[index].text for index in outline.headings] == [
        "Missions",
        "Apollo 11",
        "Apollo 12",
        "Legacy",
    ]
    # an output that joined the box's lines into one paragraph, the last title on the next line
    joined = "Contents 1 Missions 1.1 Early flights 1.2 Later flights 2 Legacy 3 See also 4"
    lines = [joined, "External links", "", "Missions", "", "Early flights", "", "Later flights", "", "Legacy"]
    lines += ["", "See also", "", "External links"]
    blocks = segment(lines)
    outline = find_outline(blocks)
    assert outline is not None
    assert (outline.start, outline.end, len(outline.headings)) == (0, 2, 6)


def test_headings_that_print_their_numbers() -> None:
    lines = ["1 Plot", "1.1 Early years", "2 Reception", "", "The film opens on the island.", ""]
    lines += ["1 Plot", "", "It is winter.", "", "1.1 Early years", "", "She grows up.", "", "2 Reception"]
    blocks = segment(lines)
    outline = find_outline(blocks)
    assert outline is not None
    assert [blocks[index].text for index in outline.headings] == ["1 Plot", "1.1 Early years", "2 Reception"]


def test_a_numbered_list_is_no_outline() -> None:
    # steps of a recipe: numbered, but no heading below prints them again
    lines = ["Method", "", "1 Heat the oven", "2 Butter a tin", "3 Mix the flour and sugar", ""]
    lines += ["Bake for forty minutes, until golden.", "", "Heat the oven"]
    assert find_outline(segment(lines)) is None
    # the same list with its entries below as headings, but numbered from 3: a list's tail
    lines = ["3 Plot", "4 Reception", "5 See also", "", "Plot", "", "Reception", "", "See also"]
    assert find_outline(segment(lines)) is None
    # two entries are a short list, not an outline
    assert find_outline(segment(["1 Plot", "2 Reception", "", "Plot", "", "Reception"])) is None


# A specification's printed contents, as a text dump of it reads each "1." as a list's number: each
# entry over a dot leader to its page number.
PRINTED = [
    "Table of Contents",  # 0
    "",
    "   1. Introduction.............................2",  # 1
    "   2. Terminology..............................3",  # 2
    "   3. Storage model............................3",  # 3
    "      3.1. Folders . . . . . . . . . . . . . . 4",  # 4
    "   4. Acknowledgments..........................9",  # 5
    "",
    "1. Introduction",  # 6
    "",
    "Many services for data storage are available over the internet.",  # 7
    "",
    "2. Terminology",  # 8
    "",
    "The key words MUST and SHOULD are to be read as in the usual way.",  # 9
    "",
    "3. Storage model",  # 10
    "",
    "3.1. Folders",  # 11
    "",
    "A folder holds documents and subfolders.",  # 12
    "",
    "4. Acknowledgments",  # 13
    "",
    "The authors would like to thank everybody who contributed.",  # 14
]
ENTRIES = range(2, 7)  # PRINTED's lines of the box


def test_a_printed_contents_with_dot_leaders() -> None:
    blocks = segment(PRINTED)
    assert blocks[1].text == "Introduction.............................2"  # the number read as a list's
    outline = find_outline(blocks)
    assert outline is not None
    assert (outline.start, outline.end, outline.headings) == (0, 6, [6, 8, 10, 11, 13])
    verdicts = [KEPT] * len(blocks)
    verdicts[13] = dropped("menu")
    verdicts[14] = dropped()
    assert outline_sections(outline, blocks, verdicts) == [6, 8, 10, 11, 13, 14]  # kept headings too
    # an entry's sub-entries joined to it, as a dump joins an indented line to the one above
    joined = [*PRINTED[:4], PRINTED[4] + " " + PRINTED[5].strip(), *PRINTED[6:]]
    outline = find_outline(segment(joined))
    assert outline is not None
    assert len(outline.headings) == 5
    # a dump that prints each text node on a line of its own: the page numbers under their leaders
    apart = [part for line in PRINTED[2:7] for part in (line.rstrip("0123456789"), line[-1], "")]
    outline = find_outline(segment([*PRINTED[:2], *apart, *PRINTED[7:]]))
    assert outline is not None
    assert len(outline.headings) == 5


def test_dotted_lines_that_are_no_printed_contents() -> None:
    # entries that stand nowhere below as headings
    lines = [*PRINTED[:8], "", "Many services for data storage are available."]
    assert find_outline(segment(lines)) is None
    # an ellipsis before a number with text after it is no leader; nor is a leader without a page
    for changed in (lambda line: line + " more", lambda line: line.rstrip("0123456789")):
        lines = [changed(line) if number in ENTRIES else line for number, line in enumerate(PRINTED)]
        assert find_outline(segment(lines)) is None
    # two entries are a short list
    lines = [*PRINTED[:4], "", *PRINTED[8:]]
    assert find_outline(segment(lines)) is None


def test_citation_marks_end_a_paragraph() -> None:
    assert ends_paragraph("The film ran for a year in the capital.[2][3]")
    assert ends_paragraph("It was shown first in 1912.[citation needed]")
    assert not ends_paragraph("See the list of films [1]")
    assert not ends_paragraph("History[edit]")


def test_time_is_linear() -> None:
    def seconds(count: int) -> float:
        lines = [f"{index % 90 + 1} Section {index}" for index in range(count)]
        lines += ["", *(f"Section {index}" for index in range(count))]
        lines += ["x [a]" * 200 + "]"]
        blocks = segment(lines)
        started = time.process_time()
        outline = find_outline(blocks)
        outline_sections(outline, blocks, [dropped()] * len(blocks))
        ends_paragraph(lines[-1])
        return time.process_time() - started

    assert_linear(seconds, 2000, 8000, slack=0.01)


def test_printed_contents_time_is_linear() -> None:
    def seconds(count: int) -> float:
        lines = [f"{index % 90 + 1}. Section {index}" + "." * 40 + str(index % 900) for index in range(count)]
        lines += ["", *(f"{index % 90 + 1}. Section {index}" for index in range(count))]
        lines += [". " * (20 * count), "." * (20 * count) + " x", "Wait... " * count]
        blocks = segment(lines)
        started = time.process_time()
        outline = find_outline(blocks)
        outline_sections(outline, blocks, [dropped()] * len(blocks))
        return time.process_time() - started

    assert_linear(seconds, 2000, 8000, slack=0.01)


@pytest.mark.parametrize(
    "line",
    [
        "Story {index:06d} about the council and its library plans {number}",  # a number ends each
        "1. Story {index:06d} about the council {number}",  # and each may open an outline from 1
    ],
)
def test_numbered_lines_time_is_linear(line: str) -> None:
    """A dump of thousands of one-line paragraphs each ending in a number is one run of outline
    lines: the search tried it again from each of its blocks (1,200 lines took 3.6 s, 300 0.16 s)."""

    def seconds(count: int) -> float:
        texts = (line.format(index=index, number=index % 100) for index in range(count))
        lines = [part for text in texts for part in (text, "")]
        blocks = segment(lines)
        started = time.process_time()
        assert find_outline(blocks) is None
        return time.process_time() - started

    assert_linear(seconds, 1_000, 4_000)


def test_only_outline_lines_and_dot_leaders_may_open_a_run() -> None:
    from articlean.contents import _may_open_run

    def blocks(*lines: str) -> list[Block]:
        return segment([part for line in lines for part in (line, "")])

    opening = blocks("2 History", "Contents . . . . 12", "Preface......3", "1.2 Apollo 11")
    assert len(opening) == 4 and all(_may_open_run(block) for block in opening)
    closing = blocks("History of the town", "Founded in 1204 by monks.", "Read more..", "Rates . apply")
    assert len(closing) == 4 and not any(_may_open_run(block) for block in closing)

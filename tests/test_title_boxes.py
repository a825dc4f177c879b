"""Titles: a headline in a box of other stories ("You may also like") is not the page's own."""

from __future__ import annotations

from articlean.lexicon import stopwords
from articlean.segment import segment
from articlean.titles import find_title

HEADLINE = "The Spectacular Story Of The Ferries, One Of The Bay's Oldest Fleets"
# A box of other stories, each item a label, a headline, an author and a time; the last headline
# shares the article's topic words and stands nearer the article than the page's own headline.
BOX = (
    "You may also like",
    "",
    "City Desk",
    "Council Votes To Close The Old Market Hall Next Spring",
    "Anna Berg",
    "Today 7:30AM",
    "Money",
    "Here Is When The Harbour Ferries Will Carry Passengers Again",
    "Tom Reed",
    "An hour ago",
    "",
)
SECOND_BOX = ("More from Example News", "", "Schools Prepare For A Colder Winter", "Read on", "")
ARTICLE = (
    "The harbour ferries have crossed the bay for more than a century, and the ferries still carry "
    "thousands of people to the islands each morning before the first shops open.",
    "",
    "When the last of the old ferries was retired this spring, the harbour office kept its bell and "
    "hung it at the pier, where the new ferries now wait for their passengers.",
)
MENU = ("Home", "News", "Sport", "")


def _title(lines: tuple[str, ...]) -> str | None:
    blocks = segment(lines)
    paragraphs = [number for number, block in enumerate(blocks) if len(block.text.split()) > 20]
    body_text = "\n".join(blocks[number].text for number in paragraphs)
    title = find_title(
        blocks, paragraphs[0], paragraphs[-1], None, body_text, stopwords("en"), frozenset(paragraphs), lines
    )
    return title.text if title else None


def test_a_headline_between_two_boxes_of_other_stories_is_not_the_title() -> None:
    assert _title((*MENU, HEADLINE, "", *BOX, *SECOND_BOX, *ARTICLE)) == HEADLINE


def test_the_headline_under_the_boxes_of_other_stories_stays_the_title() -> None:
    # a sidebar printed before the article: the headline over its first paragraph, under the boxes
    assert _title((*MENU, *BOX, *SECOND_BOX, HEADLINE, "", *ARTICLE)) == HEADLINE


def _hinted_title(lines: tuple[str, ...], hint: str) -> tuple[str | None, str | None]:
    blocks = segment(lines)
    paragraphs = [number for number, block in enumerate(blocks) if len(block.text.split()) > 20]
    body_text = "\n".join(blocks[number].text for number in paragraphs)
    title = find_title(
        blocks, paragraphs[0], paragraphs[-1], hint, body_text, stopwords("en"), frozenset(paragraphs), lines
    )
    return (title.text, title.kicker) if title else (None, None)


def test_a_page_title_that_no_line_prints_is_taken_as_it_is() -> None:
    # no line is a form of the declared title: it is the title, without scoring any line
    hint = "Harbour Ferries Retire After A Century Of Service"
    assert _hinted_title((*MENU, HEADLINE, "", *ARTICLE), hint) == (hint, None)


def test_a_page_title_that_a_line_prints_is_read_from_that_line() -> None:
    # the line prints the declared title: the line is scored and taken, as the page shows it
    hint = HEADLINE.upper()
    text, _ = _hinted_title((*MENU, HEADLINE, "", *ARTICLE), hint)
    assert text == HEADLINE

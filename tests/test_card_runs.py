"""Cards of other stories printed flat, a headline line over its summary paragraph: dropped where only
a teaser box can stand (alone in a paragraph, or at an edge of the kept text), kept inside an article."""

from __future__ import annotations

import pytest

from articlean import clean
from articlean.cardruns import card_headline
from articlean.model import Label, Verdict
from articlean.segment import segment
from articlean.settle import settle
from settling import ARTICLE, paragraphs, settled

CARDS = [
    ("Council Approves Budget For The New Tram Line",
     "The city council voted on Tuesday to fund the first section of the tram line through the harbour."),
    ("Schools To Stay Open Later During Exam Season",
     "Libraries in six secondary schools will stay open until nine in the evening from next month."),
    ("Market Traders Protest Against New Parking Fees",
     "Traders closed their stalls for an hour on Saturday to protest against the fees charged since March."),
]  # fmt: skip
CLOSING = (
    "The authority said the next phase, a wall along the eastern bank, would start in the spring and "
    "should be finished before the winter storms of the following year."
)
INTERVIEW = [
    ("What did you study first?", "I studied chemistry for two years before I moved to the music school."),
    ("Why did you come back?", "My family still lives here and the orchestra offered me a permanent seat."),
    ("What comes next for you?", "A tour of the northern towns in the spring, and a new record after it."),
]


# A box's heading, which the model drops: the break between the article and a box at its edge.
HEADING = "More stories"


def settled_around(lines: list[str]) -> tuple[list[str], set[str]]:
    """settle() with every block first kept but the box heading: the kept texts and the drop reasons."""
    blocks = segment(lines)
    first = [
        Verdict(Label.BOILERPLATE, 0.1, "low-score")
        if block.text == HEADING
        else Verdict(Label.BODY, 0.9, "x")
        for block in blocks
    ]
    verdicts = settle(blocks, first)
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    return kept, {verdict.reason for verdict in verdicts if not verdict.label.is_body}


def joined(cards: list[tuple[str, str]]) -> list[str]:
    """The cards as one paragraph: every headline and summary on a line of its own, no blank line."""
    return [line for card in cards for line in card]


def apart(cards: list[tuple[str, str]]) -> list[str]:
    """The cards with a blank line after every headline and summary."""
    return paragraphs(joined(cards))


def card_texts(cards: list[tuple[str, str]]) -> list[str]:
    return joined(cards)


def test_cards_in_a_paragraph_of_their_own_go_even_before_the_article() -> None:
    kept, reasons = settled([*joined(CARDS), "", *paragraphs(ARTICLE)])
    assert kept == ARTICLE
    assert reasons == {"teasers"}


def test_two_cards_filling_a_paragraph_between_paragraphs_go() -> None:
    kept, reasons = settled([*paragraphs(ARTICLE), *joined(CARDS[:2]), "", CLOSING])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"teasers"}


def test_cards_that_share_their_paragraph_inside_the_article_stay() -> None:
    lines = [*paragraphs(ARTICLE), *joined(CARDS), CLOSING, "", CLOSING]
    kept, reasons = settled(lines)
    assert kept == [*ARTICLE, *card_texts(CARDS), CLOSING, CLOSING]
    assert "teasers" not in reasons


def test_cards_set_apart_after_the_article_go() -> None:
    kept, reasons = settled_around([*paragraphs([*ARTICLE, CLOSING, HEADING]), *apart(CARDS)])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"low-score", "teasers"}


def test_cards_with_separators_between_them_go() -> None:
    """A bare bullet or a rule between two cards (a line without a letter) does not break the run."""
    lines = [*paragraphs([*ARTICLE, CLOSING, HEADING])]
    for headline, summary in CARDS:
        lines += [headline, "", summary, "", "  * ", ""]
    kept, reasons = settled_around(lines)
    assert [text for text in kept if text] == [*ARTICLE, CLOSING]  # the last bullet is no card's
    assert "teasers" in reasons


def test_cards_set_apart_before_all_of_the_article_go() -> None:
    kept, reasons = settled_around([*apart(CARDS), *paragraphs([HEADING, *ARTICLE, CLOSING])])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"low-score", "teasers"}


def test_short_sections_right_under_the_introduction_stay() -> None:
    """A list of short sections: nothing the model dropped stands between them and the text above."""
    kept, reasons = settled_around([*paragraphs([*ARTICLE, CLOSING]), *apart(CARDS)])
    assert kept == [*ARTICLE, CLOSING, *card_texts(CARDS)]
    assert "teasers" not in reasons


def test_a_page_of_cards_and_little_else_stays() -> None:
    """Cards that hold more words than the rest of the kept text are the page's own."""
    kept, reasons = settled_around([*paragraphs([ARTICLE[0], HEADING]), *apart(CARDS)])
    assert kept == [ARTICLE[0], *card_texts(CARDS)]
    assert "teasers" not in reasons
    kept, _ = settled_around(apart(CARDS))
    assert kept == card_texts(CARDS)


def test_sections_of_one_paragraph_inside_the_article_stay() -> None:
    lines = [*paragraphs(ARTICLE), *apart(CARDS), *paragraphs([CLOSING])]
    kept, reasons = settled(lines)
    assert kept == [*ARTICLE, *card_texts(CARDS), CLOSING]
    assert "teasers" not in reasons


def test_two_cards_set_apart_at_the_end_stay() -> None:
    kept, _ = settled_around([*paragraphs([*ARTICLE, CLOSING, HEADING]), *apart(CARDS[:2])])
    assert kept == [*ARTICLE, CLOSING, *card_texts(CARDS[:2])]


def test_an_interview_s_questions_and_answers_stay() -> None:
    kept, reasons = settled_around([*paragraphs([*ARTICLE, CLOSING, HEADING]), *apart(INTERVIEW)])
    assert kept == [*ARTICLE, CLOSING, *card_texts(INTERVIEW)]
    assert "teasers" not in reasons


def test_a_series_of_items_that_open_with_one_word_stays() -> None:
    """An interview printed with a label on each question, not all of which ask: a series."""
    series = [(f"Q: {headline}", summary) for headline, summary in CARDS]
    kept, reasons = settled_around([*paragraphs([*ARTICLE, CLOSING, HEADING]), *apart(series)])
    assert kept == [*ARTICLE, CLOSING, *card_texts(series)]
    assert "teasers" not in reasons


def test_cards_printed_two_ways_are_no_box() -> None:
    """One headline runs on into its summary, the others stand apart: that one is a paragraph split at
    a link, and the three are no run of cards."""
    lines = [*paragraphs([*ARTICLE, CLOSING, HEADING]), *apart(CARDS[:2]), *CARDS[2], ""]
    kept, reasons = settled_around(lines)
    assert kept == [*ARTICLE, CLOSING, *card_texts(CARDS)]
    assert "teasers" not in reasons


def test_a_summary_that_goes_on_in_its_paragraph_is_no_card() -> None:
    """The last summary has a sentence after it in its paragraph: it is a paragraph's first line, and
    the two cards before it do not fill the paragraph."""
    more = "Officials said that the fees would be reviewed in the autumn, after a survey of the traders."
    kept, reasons = settled([*paragraphs(ARTICLE), *joined(CARDS), more, "", CLOSING])
    assert kept == [*ARTICLE, *card_texts(CARDS), more, CLOSING]
    assert "teasers" not in reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Council Approves Budget For The New Tram Line", True),
        ("iPhone 11 vs iPhone XR", True),  # a brand opens it in lower case
        ("Are City Bikes Here To Stay?", True),  # a headline may ask
        ("Night Mode (iPhone 11)", True),
        ("The fault lies deep in the storage layer of the", False),  # a sentence split at a link
        ("The tweet from the magazine reads, “Tonight", False),  # a quotation cut off
        ("Traders closed their stalls for an hour.", False),  # a sentence
        ("two words", False),
        ("in the market for a new car this year", False),  # goes on from the line before
        # In title case, a question or a full stop inside joins the two parts of one headline.
        ("Say Cheese? The Town's Top 3 Cheese Shops", True),
        ("There's No Place Like A Cider Mill. Here's A Look At Some Favorites", True),
        ("It rained all day. Then the sun came out", False),  # two sentences of prose
        ("Say cheese? The town's top cheese shops", False),  # sentence case: two sentences
    ],
)
def test_card_headlines(text: str, expected: bool) -> None:
    assert card_headline(text) is expected


def test_a_page_of_cards_over_the_article_gives_the_article() -> None:
    """Through the whole cleaner: a dump that prints every text node on its own line, with a box of
    cards over the article."""
    dump = "\n".join(
        [
            "Latest Headlines",
            "",
            *joined(CARDS),
            "",
            "News",
            "",
            *paragraphs([*ARTICLE, CLOSING]),
        ]
    )
    result = clean(dump)
    body = result.text.split("\n\n")
    assert body[-3:] == [*ARTICLE, CLOSING]
    assert not set(body) & set(joined(CARDS))
    assert "teasers" in {entry.reason for entry in result.ledger if entry.text in joined(CARDS)}

"""A card of another story (headline, summary, "Read now") alone between an article's paragraphs goes
as ``teasers``; cards in a row (a page that lists stories) and an article's own lines stay."""

from __future__ import annotations

import pytest

from articlean.model import Label, Verdict
from articlean.readcards import glued_card, read_call
from articlean.segment import segment
from articlean.settle import settle
from settling import ARTICLE, paragraphs, settled

HEADLINE = "Scientists Find A New Way To Store Solar Heat"
SUMMARY = "How do we keep the summer's warmth for the winter? A new salt battery may hold the answer."
CLOSING = (
    "The authority said the next phase, a wall along the eastern bank, would start in the spring and "
    "should be finished before the winter storms of the following year."
)
CARD = [HEADLINE, SUMMARY, "Read now"]


def test_a_card_in_one_paragraph_between_paragraphs_goes() -> None:
    kept, reasons = settled([*paragraphs(ARTICLE), *CARD, "", CLOSING])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"teasers"}


def test_a_card_a_line_a_paragraph_between_paragraphs_goes() -> None:
    kept, reasons = settled([*paragraphs(ARTICLE), *paragraphs(CARD), CLOSING])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"teasers"}


def test_cards_in_a_row_stay() -> None:
    """A page that lists its stories as cards (a round-up, a blog's front page) is the page's text."""
    other = ["Market Traders Protest Against New Parking Fees", "Traders closed their stalls for an hour on "
             "Saturday to protest against the fees charged since March.", "Read now"]  # fmt: skip
    lines = [*paragraphs(ARTICLE), *CARD, "", *other, "", CLOSING]
    kept, reasons = settled(lines)
    assert kept == [*ARTICLE, *CARD, *other, CLOSING]
    assert "teasers" not in reasons


def test_a_card_at_the_end_stays_for_other_rules() -> None:
    kept, _reasons = settled([*paragraphs(ARTICLE), *CARD])
    assert kept == [*ARTICLE, *CARD]


def test_a_subheading_and_paragraph_without_a_call_stay() -> None:
    lines = [*paragraphs(ARTICLE), HEADLINE, SUMMARY, "", CLOSING]
    kept, reasons = settled(lines)
    assert kept == [*ARTICLE, HEADLINE, SUMMARY, CLOSING]
    assert "teasers" not in reasons


def test_a_headline_over_its_call_between_paragraphs_goes() -> None:
    """A card without a summary: the headline, then "Read more"."""
    for lines in ([HEADLINE, "Read more"], [HEADLINE, "", "Read more"]):
        kept, reasons = settled([*paragraphs(ARTICLE), *lines, "", CLOSING])
        assert kept == [*ARTICLE, CLOSING]
        assert reasons == {"teasers"}


def test_a_sentence_over_a_call_stays() -> None:
    """A finished sentence is the article's, whatever link follows it."""
    sentence = "Scientists found a new way to store solar heat."
    kept, reasons = settled([*paragraphs(ARTICLE), sentence, "Read more", "", CLOSING])
    assert sentence in kept
    assert "teasers" not in reasons


def test_a_headline_over_its_call_at_the_end_stays_for_other_rules() -> None:
    kept, _reasons = settled([*paragraphs(ARTICLE), HEADLINE, "Read more"])
    assert HEADLINE in kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Read now", True), ("Continue reading »", True), ("Weiterlesen", True), ("Read more", True),
     ("Read more about the new gates in our report on the river", False), ("Now", False)],
)  # fmt: skip
def test_read_calls(text: str, expected: bool) -> None:
    assert read_call(text) is expected


def test_a_quotation_under_a_linked_headline_stays() -> None:
    """A link to another story, then the article's own quotation, then "Read more": the quotation is
    the article's reporting, not the linked story's summary."""
    quote = '"Neither is likely to inspire the confidence of market participants," the analyst said.'
    kept, reasons = settled([*paragraphs(ARTICLE), *paragraphs([HEADLINE, quote, "Read more"]), CLOSING])
    assert quote in kept
    assert "teasers" not in reasons


GLUED = f"{HEADLINE} {SUMMARY} Read now"
GLUED_OTHER = (
    "Market Traders Protest Against New Parking Fees Traders closed their stalls for an hour on Saturday "
    "to protest against the fees. Read more"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GLUED, True),
        (GLUED_OTHER, True),
        ("Market Traders Protest Against New Parking Fees Read more", False),  # a headline alone
        (SUMMARY, False),  # no call
        (f"{ARTICLE[0]} {ARTICLE[1]} {CLOSING} Read more", False),  # a paragraph: too long
    ],
)
def test_glued_cards(text: str, expected: bool) -> None:
    assert glued_card(text) is expected


def test_glued_cards_in_a_row_go() -> None:
    kept, reasons = settled([*paragraphs(ARTICLE), GLUED, GLUED_OTHER, "", CLOSING])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"teasers"}


def test_a_front_page_of_glued_cards_stays() -> None:
    """Excerpts, each closed by its call, that make most of the kept text are the page's."""
    kept, reasons = settled(paragraphs([GLUED, GLUED_OTHER, GLUED.replace("Solar", "Wind")]))
    assert len(kept) == 3
    assert "teasers" not in reasons


def _linked(lines: list[str]) -> tuple[list[str], set[str]]:
    blocks = segment(lines, markdown=True)
    verdicts = settle(blocks, [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks])
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    return kept, {verdict.reason for verdict in verdicts if not verdict.label.is_body}


def test_one_linked_glued_card_between_paragraphs_goes() -> None:
    kept, reasons = _linked([*paragraphs(ARTICLE), f"[{GLUED}](https://example.org/solar)", "", CLOSING])
    assert kept == [*ARTICLE, CLOSING]
    assert reasons == {"teasers"}


def test_one_unlinked_glued_card_stays() -> None:
    kept, reasons = _linked([*paragraphs(ARTICLE), GLUED, "", CLOSING])
    assert kept == [*ARTICLE, GLUED, CLOSING]
    assert "teasers" not in reasons

"""A player's countdown printed as text ("Wait 1 second to continue.") is no part of the article."""

from __future__ import annotations

import pytest

from articlean.countdowns import countdown
from settling import ARTICLE, paragraphs, settled


@pytest.mark.parametrize(
    "text",
    [
        "Wait 1 second to continue.",
        "Buy Photo Wait 5 seconds to continue.",
        "Up next in 5",
        "Next video starting in 7",
        "__ __ Next video starts in : 7 Play",
        "Next slide in 3s",
    ],
)
def test_a_countdown(text: str) -> None:
    assert countdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Up next",
        "Up next: Six bridges to close for repairs next spring",
        "Up next in the series: the old town's bridges",
        "The lander should be available for missions starting in 2023.",
        # a long sentence that quotes a countdown is the article's
        "The screen told viewers to wait 5 seconds to continue, and most of them closed the page before "
        "the advertisement had even finished loading.",
    ],
)
def test_not_a_countdown(text: str) -> None:
    assert not countdown(text)


def test_a_countdown_between_the_paragraphs_goes() -> None:
    kept, reasons = settled(paragraphs([ARTICLE[0], "Wait 1 second to continue.", ARTICLE[1]]))
    assert kept == ARTICLE
    assert reasons == {"boilerplate-sentence"}


def test_a_countdown_is_counted_up_to_its_word_bound() -> None:
    from articlean.countdowns import COUNTDOWN_MAX_WORDS, countdown

    line = "Up next in 5"
    padding = COUNTDOWN_MAX_WORDS - len(line.split())
    assert countdown(" ".join([line, *["x"] * padding]) + "  ")  # the bound itself, trailing spaces
    assert not countdown(" ".join([line, *["x"] * (padding + 1)]))  # a word past it

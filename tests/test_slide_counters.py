"""A slide show's counter alone on its line ("1 of 12") is no part of the article."""

from __future__ import annotations

import pytest

from articlean.slidecounters import slide_counter
from settling import ARTICLE, paragraphs, settled


@pytest.mark.parametrize(
    "text", ["1 of 12", "Photo 3 of 12", "  2 von 5", "Imagen 1 de 8", "(1 of 6)", "Image 1 of / 4"]
)
def test_a_counter(text: str) -> None:
    assert slide_counter(text)


@pytest.mark.parametrize(
    "text",
    [
        "1 / 5",  # a slash: a table's cell or a score prints it too
        "13 of 12",  # past the total
        "1 of 1",  # a count, not a position
        "0 of 3",
        "1 of 12 gates failed",  # a phrase of the article
        "Game 1 of 7",
    ],
)
def test_not_a_counter(text: str) -> None:
    assert not slide_counter(text)


def test_a_lone_counter_between_the_paragraphs_goes() -> None:
    kept, reasons = settled([*paragraphs(ARTICLE[:1]), "1 of 12", "", *paragraphs(ARTICLE[1:])])
    assert kept == ARTICLE
    assert reasons == {"no-words"}


def test_a_score_in_a_table_cell_stays() -> None:
    kept, reasons = settled([*paragraphs(ARTICLE[:1]), "3 / 4", "", *paragraphs(ARTICLE[1:])])
    assert "3 / 4" in kept
    assert "no-words" not in reasons

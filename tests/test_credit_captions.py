"""A caption on its own line above a line that is only its credit (creditcaptions.py)."""

from __future__ import annotations

import pytest

from articlean import clean
from articlean.captions import split_credit
from test_metadata import PARAGRAPHS
from test_metadata_bylines import HEADLINES


def _page(language: str, above: str, credit_line: str) -> str:
    """A headline, the article's first paragraph, a line and its credit, then the rest."""
    first, rest = PARAGRAPHS[language].split("\n")
    return "\n\n".join(["Menu", HEADLINES[language], first, above, credit_line, rest, "Share"])


@pytest.mark.parametrize(
    ("language", "caption", "credit_line", "credit"),
    [
        ("en", "An artist's drawing of the new bridge", "(Image: © City Council)", "© City Council"),
        ("de", "Die halb fertige Brücke vom Ostufer aus gesehen", "Foto: Max Mustermann", "Max Mustermann"),
        ("fr", "Le pont à moitié construit vu de la rive est", "Photo : AFP", "AFP"),
    ],
)
def test_a_caption_above_its_credit_line_is_a_caption(
    language: str, caption: str, credit_line: str, credit: str
) -> None:
    result = clean(_page(language, caption, credit_line))
    assert split_credit(credit_line) == ("", credit)
    assert [(c.text, c.credit) for c in result.metadata.captions] == [(caption, credit)]
    assert caption not in result.text and PARAGRAPHS[language].split("\n")[1] in result.text


LEAD = {
    "en": "Residents on both banks of the river had complained about the building site for years, because "
    "the detour ran through their streets and the shops by the water lost half of their customers.",
    "de": "Anwohner auf beiden Seiten des Flusses hatten sich über die Baustelle beschwert, weil die "
    "Umleitung durch ihre Straßen führte und die Geschäfte am Ufer seit zwei Jahren weniger Kunden "
    "haben, manche sogar nur halb so viele wie früher.",
}


@pytest.mark.parametrize(
    ("language", "above"),
    [
        ("en", LEAD["en"]),  # the article's lead, with the picture below it
        ("de", LEAD["de"]),
        ("en", "“The bridge will open next spring,” the mayor said on Tuesday."),  # quoted speech
        ("de", "Max Mustermann"),  # a portrait's name in a list of people
    ],
)
def test_text_above_a_credit_line_that_is_no_caption_stays(language: str, above: str) -> None:
    result = clean(_page(language, above, "Foto: Anna Weber"))
    assert above in result.text
    assert [c.text for c in result.metadata.captions if c.text == above] == []

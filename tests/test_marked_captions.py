"""A caption led by its label ("Image caption ...", "Pie de foto: ...") (markedcaptions.py)."""

from __future__ import annotations

import pytest

from articlean import clean
from test_credit_captions import BYLINE, CLOSING
from test_metadata import PARAGRAPHS
from test_metadata_bylines import HEADLINES

CAPTION = {
    "en": "The half-built bridge seen from the east bank last winter",
    "es": "El puente a medio construir visto desde la orilla este el invierno pasado",
}


def _page(language: str, *picture: str) -> str:
    """A headline, a byline, the article's two paragraphs, the picture's lines, then a closing one."""
    parts = [HEADLINES[language], BYLINE[language], *PARAGRAPHS[language].split("\n"), *picture]
    return "\n\n".join(["Menu", *parts, CLOSING[language], "Share"])


@pytest.mark.parametrize(
    ("language", "lines", "credit"),
    [
        ("en", [f"Image caption {CAPTION['en']}"], None),
        ("en", [f"Image copyright Getty Images Image caption {CAPTION['en']}"], "Getty Images"),
        ("en", ["Media caption", CAPTION["en"]], None),
        ("es", [f"Pie de foto: {CAPTION['es']}"], None),
        ("es", ["Leyenda:", CAPTION["es"]], None),
    ],
)
def test_a_labelled_caption_is_a_caption(language: str, lines: list[str], credit: str | None) -> None:
    result = clean(_page(language, *lines))
    assert [(c.text, c.credit) for c in result.metadata.captions] == [(CAPTION[language], credit)]
    assert CAPTION[language] not in result.text and CLOSING[language] in result.text


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", f"Caption {CAPTION['en']}"),  # a label of one word leads a caption only with a colon
        ("en", f"The museum wrote a photo caption for each of the {CAPTION['en'].lower()}"),  # prose
        ("es", f"La leyenda: {CAPTION['es'].lower()}"),  # words before the label that are no credit
    ],
)
def test_a_line_that_only_mentions_a_label_stays(language: str, line: str) -> None:
    result = clean(_page(language, line))
    assert line in result.text
    assert result.metadata.captions == ()

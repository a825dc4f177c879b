"""A line that repeats a markdown picture's alt text is its caption (altcaptions.py)."""

from __future__ import annotations

import pytest

from articlean import Options, clean
from articlean.model import InputFormat
from test_metadata import PARAGRAPHS
from test_metadata_bylines import HEADLINES

MARKDOWN = Options(input_format=InputFormat.MARKDOWN)

CAPTIONS = {
    "en": "The half-built bridge seen from the east bank of the river on Tuesday",
    "de": "Die halb fertige Brücke am Dienstag vom Ostufer des Flusses aus gesehen",
}


def _page(language: str, alt: str, under: str, later: str = "") -> str:
    """A headline, a picture and the line under it, the article, and maybe a line among its paragraphs."""
    first, rest = PARAGRAPHS[language].split("\n")
    parts = [f"# {HEADLINES[language]}", f"![{alt}](https://example.org/bridge.jpg)", under, first]
    return "\n\n".join([*parts, *([later] if later else []), rest, "Share"])


def _caption_lines(text: str) -> list[str]:
    result = clean(text, MARKDOWN)
    return [entry.text for entry in result.ledger if entry.reason == "caption"]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_line_under_a_picture_that_repeats_its_alt_text_is_its_caption(language: str) -> None:
    caption = CAPTIONS[language]
    result = clean(_page(language, f"{caption}. Photo: Jane Doe / Copyright 2019", f"{caption}."), MARKDOWN)
    assert [c.text for c in result.metadata.captions] == [f"{caption}."]
    assert caption not in result.text
    assert result.text.split("\n\n") == PARAGRAPHS[language].split("\n")


@pytest.mark.parametrize(
    ("language", "under"),
    [
        ("en", f"{CAPTIONS['en']} less"),  # a long caption's toggle
        ("de", f"{CAPTIONS['de']} (Foto: Max Mustermann/dpa)"),  # the whole alt text and its credit
        ("en", " ".join(CAPTIONS["en"].split()[:6]) + " … more"),  # its start, cut short
    ],
)
def test_a_caption_may_add_a_toggle_or_a_credit(language: str, under: str) -> None:
    result = clean(_page(language, CAPTIONS[language], under), MARKDOWN)
    assert under in _caption_lines(_page(language, CAPTIONS[language], under))
    assert under not in result.text and len(result.metadata.captions) == 1


def test_a_copy_of_the_caption_in_a_gallery_is_a_caption_too() -> None:
    caption = CAPTIONS["en"]
    page = _page("en", caption, caption, later=caption)
    result = clean(page, MARKDOWN)
    assert _caption_lines(page) == [caption, caption]
    assert [c.text for c in result.metadata.captions] == [caption]  # one caption, however many copies


@pytest.mark.parametrize(
    ("language", "alt", "under"),
    [
        # the alt text is a name of three words: people's names are printed as text too
        ("en", "Mayor Jane Doe", "Mayor Jane Doe"),
        # the paragraph starts with the alt text, then says much more than a credit
        ("de", "Der Stadtrat hat am Dienstag", PARAGRAPHS["de"].split("\n")[0]),
        # the alt text says something else
        ("en", "A map of the river and its bridges", CAPTIONS["en"]),
    ],
)
def test_a_line_that_does_not_repeat_the_alt_text_is_no_caption(language: str, alt: str, under: str) -> None:
    page = _page(language, alt, under)
    assert under not in _caption_lines(page)
    assert [c.text for c in clean(page, MARKDOWN).metadata.captions if c.text == under] == []


def test_a_linked_headline_under_its_picture_is_a_teaser_not_a_caption() -> None:
    headline = "Council approves a second bridge for the north of the city"
    page = _page("en", headline, f"[{headline}](https://example.org/second-bridge)")
    assert _caption_lines(page) == []

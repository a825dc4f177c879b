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


# A wire caption: who, doing what, where and when, longer than a caption with a marked credit may be.
WIRE_CAPTION = {
    "en": "Residents wearing red carry signs as they cross the new bridge over the river in the old town on "
    "Tuesday, Nov. 19, 2019, at the opening ceremony that the city council held three years after the "
    "storm.",
    "es": "Vecinos con camisetas rojas cruzan el nuevo puente sobre el río en el casco antiguo el martes 19 "
    "de noviembre de 2019, durante la ceremonia de inauguración que el ayuntamiento celebró tres años "
    "después de la tormenta.",
}
CLOSING = {
    "en": LEAD["en"],
    "es": "Los comerciantes de la orilla dijeron que las obras les habían costado la mitad de sus clientes "
    "durante dos años y que todavía esperan las ayudas que el ayuntamiento les prometió.",
}
BYLINE = {"en": "By Jane Smith", "es": "Por Ana García"}


def _page_with_picture(language: str, above: str, credit_line: str) -> str:
    """A headline, a byline, the article's two paragraphs, a line and its credit, then a closing one."""
    paragraphs = PARAGRAPHS[language].split("\n")
    parts = [HEADLINES[language], BYLINE[language], *paragraphs, above, credit_line, CLOSING[language]]
    return "\n\n".join(["Menu", *parts, "Share"])


@pytest.mark.parametrize(
    ("language", "caption", "credit_line"),
    [
        ("en", WIRE_CAPTION["en"], "Michael Conroy / AP file"),
        ("en", "The half-built bridge seen from the east bank", "Jane Doe | Bloomberg | Getty Images"),
        ("es", WIRE_CAPTION["es"], "Juan Pérez/EFE/Getty Images"),
        ("es", "El puente a medio construir visto desde la orilla este", "María López | EFE | Getty Images"),
    ],
)
def test_a_caption_above_a_line_of_names_is_a_caption(language: str, caption: str, credit_line: str) -> None:
    result = clean(_page_with_picture(language, caption, credit_line))
    assert [c.text for c in result.metadata.captions] == [caption]
    assert caption not in result.text and CLOSING[language] in result.text


@pytest.mark.parametrize(
    ("language", "above", "credit_line"),
    [
        ("en", LEAD["en"], "Top photo by Jane Doe"),  # a marker: the credit of the picture at the top
        ("en", WIRE_CAPTION["en"], "Photo: Anna Weber"),  # a marked credit: its caption is a sentence
        ("es", WIRE_CAPTION["es"], "Agencia EFE, fotos de archivo"),  # lowercase words: no line of names
    ],
)
def test_a_long_paragraph_above_a_credit_that_is_not_names_only_stays(
    language: str, above: str, credit_line: str
) -> None:
    assert above in clean(_page_with_picture(language, above, credit_line)).text


def _page_lines(language: str, inserted: list[str]) -> str:
    """A headline, the first paragraph, ``inserted`` a line each, then the rest: every text node on
    its own line, as one dump style prints a picture's label, credit and caption."""
    first, rest = PARAGRAPHS[language].split("\n")
    return "\n\n".join(["Menu", HEADLINES[language], first, *inserted, rest, "Share"])


def test_a_credit_label_alone_above_its_credit_is_a_caption() -> None:
    result = clean(_page_lines("en", ["Image copyright", "Getty Images", "Image caption",
                                      "The half-built bridge seen from the east bank"]))  # fmt: skip
    assert "Image copyright" not in result.text
    assert "caption" in {entry.reason for entry in result.ledger if entry.text == "Image copyright"}


def test_a_credit_label_with_a_handle_goes_with_the_handle_under_it() -> None:
    result = clean(_page_lines("en", ["Image Copyright @citycouncil", "@citycouncil"]))
    assert "@citycouncil" not in result.text
    assert PARAGRAPHS["en"].split("\n")[1] in result.text


def test_a_sentence_that_opens_like_a_credit_label_stays() -> None:
    line = "Image copyright @citycouncil was the first account to post the picture, the agency said."
    result = clean(_page_lines("en", [line, "@citycouncil"]))
    assert line in result.text


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("A fire crew at work. Photo: Jane Doe", ("A fire crew at work.", "Jane Doe")),  # the separator
        ("A fire crew at work. © Jane Doe", ("A fire crew at work.", "Jane Doe")),  # the sign
        ("A fire crew at work. (Jane Doe)", ("A fire crew at work", "Jane Doe")),  # the closing bracket
        ("A fire crew at work. REUTERS/Jane Doe", ("A fire crew at work.", "REUTERS/Jane Doe")),  # the slash
    ],
)
def test_a_credit_found_by_a_pattern_holds_what_that_pattern_needs(line: str, split: tuple[str, str]) -> None:
    assert split_credit(line) == split


@pytest.mark.parametrize(
    "line",
    [
        "A fire crew at work. Photo Jane Doe",  # no separator after the marker
        "A fire crew at work. (c) Jane Doe",  # no copyright sign
        "A fire crew at work. REUTERS Jane Doe",  # no slash after the agency
    ],
)
def test_a_line_without_what_each_pattern_needs_has_no_credit(line: str) -> None:
    assert split_credit(line) is None


def test_no_credit_pattern_matches_without_what_it_needs() -> None:
    """The cheap test before each pattern (captions._PATTERN_NEEDS) turns away only lines the
    pattern cannot match: each pattern searched over tails built from credit pieces."""
    import itertools
    import random

    from articlean import captions

    pieces = [
        "Photo",
        ":",
        "：",
        "Credit",
        "...",
        "…",
        "©",
        "(",
        ")",
        "/",
        "AP",
        "Reuters",
        "Jane Doe",
        " ",
        "by",
        ".",
    ]
    generator = random.Random(9)
    tails = ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 9))) for _ in range(5000)]
    matched = dict.fromkeys(range(len(captions._PATTERN_NEEDS)), 0)
    for tail, (number, pattern) in itertools.product(tails, enumerate(captions._patterns())):
        needs = captions._PATTERN_NEEDS[number]
        if pattern.search(tail):
            matched[number] += 1
            assert needs is None or any(need in tail for need in needs), (number, tail)
    assert all(matched[number] for number, needs in enumerate(captions._PATTERN_NEEDS) if needs)

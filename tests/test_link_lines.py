"""Links to other stories set between an article's paragraphs: "Read more: <headline>"."""

from __future__ import annotations

import pytest

from articlean.linklines import caps_headline, link_line
from articlean.model import Label, Verdict
from articlean.segment import segment
from articlean.settle import settle
from settling import ARTICLE, paragraphs, settled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Read more: Flood gates tested twice before the winter storms", "line"),
        ("**Related:** [Six bridges to close for repairs next spring](https://example.org/a)", "line"),
        ("Lire aussi : Les crues de la Seine, un risque sous-estimé", "line"),
        ("Leia também: Prefeitura anuncia obras nas pontes do centro", "line"),
        ("Читайте также: Мэрия закрыла мост на ремонт", "line"),
        ("Don't miss: What the new gates mean for the old town?", "line"),
        ("Also on example.com Flood gates tested twice before the winter storms", "line"),
        ("On example.com: Car sales plunge nearly 17 percent in August", "line"),
        ("SEE MORE: Six bridges to close for repairs", "line"),
        ("Main article: History of the river crossings", "line"),
        ("Artículo principal: Historia de los puentes", "line"),
        ("Read more:", "label"),
        ("Main article:", "label"),
        ("[Related:", "label"),
        ("Also on example.com", "label"),
        # sentences that open with a label's word, and labelled sentences, are the article's
        ("Related to the storm: the closure of the main bridge for a winter", None),
        ("More than that: the town had no other way across the river", None),
        ("Read more: the authority said the gates can be closed in forty minutes.", None),
        ("Siehe auch die Karte der Altstadt", None),
        ("Recommended: two doses four weeks apart", None),  # a label of the article's own text
        ("On example.com the gates were shown closing in forty minutes", None),  # no colon
    ],
)
def test_link_line(text: str, expected: str | None) -> None:
    assert link_line(text) == expected


@pytest.mark.parametrize(
    "links",
    [
        ["Read more: Six bridges to close for repairs next spring"],
        ["Lesen Sie auch: Sechs Brücken werden im Frühjahr gesperrt"],
        ["Lee también:", "Seis puentes cerrarán por obras en primavera"],  # one link a line
        # a wiki's hatnote over a section: the link to the section's own page
        ["Main article: History of the river crossings"],
        ["Main article:", "History of the river crossings"],
        ["Further information: Bridges of the old town"],
        ["Hauptartikel: Geschichte der Flussübergänge"],
        ["Article détaillé :", "Histoire des ponts de la ville"],
    ],
)
def test_a_link_between_the_paragraphs_goes(links: list[str]) -> None:
    lines = [*paragraphs(ARTICLE[:1]), *links, "", *paragraphs(ARTICLE[1:])]
    kept, reasons = settled(lines)
    assert kept == ARTICLE
    assert reasons == {"link-line"}


def test_a_label_alone_takes_only_a_headline_with_it() -> None:
    lines = [*paragraphs(ARTICLE[:1]), "See also:", "", *paragraphs(ARTICLE[1:])]
    kept, reasons = settled(lines)
    assert kept == ARTICLE
    assert reasons == {"link-line"}


def _settled_markdown(lines: list[str]) -> tuple[list[str], set[str]]:
    blocks = segment(lines, markdown=True)
    verdicts = settle(blocks, [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks])
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    return kept, {verdict.reason for verdict in verdicts if not verdict.label.is_body}


@pytest.mark.parametrize(
    "items",
    [
        [
            "* [Six bridges to close for repairs next spring](/news/bridges-to-close)",
            "* [Old town traders count the cost of the winter floods](/news/traders-count-cost)",
        ],
        [
            "- [Seis puentes cerrarán por obras en primavera](/es/noticias/puentes)",
            "- [Los comerciantes del casco antiguo cuentan las pérdidas](/es/noticias/comerciantes)",
        ],
    ],
)
def test_a_list_of_linked_headlines_in_markdown_goes(items: list[str]) -> None:
    lines = [*paragraphs(ARTICLE[:1]), *items, "", *paragraphs(ARTICLE[1:])]
    kept, reasons = _settled_markdown(lines)
    assert kept == ARTICLE
    assert reasons == {"link-line"}


@pytest.mark.parametrize(
    "items",
    [
        # one linked headline alone: a link the article gives, not a box of them
        ["* [Six bridges to close for repairs next spring](/news/bridges-to-close)"],
        # items with a link in them are the article's own list
        [
            "* the [river authority](/authority) tested each of the six gates twice",
            "* the [old town](/old-town) stayed dry for the first time in three winters",
        ],
    ],
)
def test_other_lists_in_markdown_stay(items: list[str]) -> None:
    lines = [*paragraphs(ARTICLE[:1]), *items, "", *paragraphs(ARTICLE[1:])]
    kept, reasons = _settled_markdown(lines)
    assert len(kept) == len(ARTICLE) + len(items)
    assert "link-line" not in reasons


@pytest.mark.parametrize(
    "headline",
    [
        "OLD TOWN TRADERS COUNT THE COST OF THE WINTER FLOODS",
        "'RIVER WATCH': SIX BRIDGES TO CLOSE FOR REPAIRS, MAYOR SAYS",
        "**[OLD TOWN TRADERS COUNT THE COST OF THE WINTER FLOODS](https://example.org/traders)**",
    ],
)
def test_a_headline_in_capitals_between_the_paragraphs_goes(headline: str) -> None:
    lines = [*paragraphs(ARTICLE[:1]), headline, "", *paragraphs(ARTICLE[1:])]
    kept, reasons = _settled_markdown(lines)
    assert kept == ARTICLE
    assert reasons == {"link-line"}


@pytest.mark.parametrize(
    ("lines", "extra"),
    [
        # a section heading in capitals is short
        ([*paragraphs(ARTICLE[:1]), "HOW TO USE A WATER BATH CANNER", "", *paragraphs(ARTICLE[1:])], 1),
        # a long line in capitals with a lowercase word is no such headline
        ([*paragraphs(ARTICLE[:1]), "OLD TOWN TRADERS COUNT THE COST OF THE WINTER floods", "",
          *paragraphs(ARTICLE[1:])], 1),
        # after the last paragraph: no running text below it (an author's line in capitals)
        ([*paragraphs(ARTICLE), "JANE DOE IS THE PAPER'S CHIEF POLITICAL EDITOR IN THE CAPITAL"], 1),
        # a lead-in in capitals that runs on into its paragraph
        ([*paragraphs(ARTICLE[:1]), "THE GATES WERE CLOSED FOR THE FIRST TIME ON MONDAY",
          ARTICLE[1], ""], 0),
    ],
)
def test_other_lines_in_capitals_stay(lines: list[str], extra: int) -> None:
    kept, reasons = _settled_markdown(lines)
    assert "link-line" not in reasons
    assert len(kept) >= len(ARTICLE) + extra


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE CITY COUNCIL VOTES TO CLOSE THE OLD MARKET HALL", True),
        ("THE CITY COUNCIL VOTES TO CLOSE THE OLD MARKET HALL.", False),  # a sentence's full stop
        ("THE CITY COUNCIL VOTES TO CLOSE THE OLD MARKEt HALL", False),  # one lowercase letter
        ("THE CITY COUNCIL VOTES TO CLOSE", False),  # too few words
        ("2024 - 2025 - 2026 - 2027 - 2028 - 2029 - 2030 - 2031", False),  # no letter at all
    ],
)
def test_caps_headline(text: str, expected: bool) -> None:
    assert caps_headline(text) is expected

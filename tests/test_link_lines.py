"""Links to other stories set between an article's paragraphs: "Read more: <headline>"."""

from __future__ import annotations

import pytest

from articlean.linklines import link_line
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
        ("Read more:", "label"),
        ("[Related:", "label"),
        ("Also on example.com", "label"),
        # sentences that open with a label's word, and labelled sentences, are the article's
        ("Related to the storm: the closure of the main bridge for a winter", None),
        ("More than that: the town had no other way across the river", None),
        ("Read more: the authority said the gates can be closed in forty minutes.", None),
        ("Siehe auch die Karte der Altstadt", None),
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

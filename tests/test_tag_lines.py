"""The line of tags under an article: a tag label and a list of short items."""

from __future__ import annotations

import pytest

from articlean.taglines import tag_line
from settling import ARTICLE, paragraphs, settled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tags: floods, river authority, old town, bridges", True),
        ("Tags calendario stock car 2018, stock car brasil, stock car santa cruz do sul, velopark", True),
        ("Filed under: Politics | Environment | Local government", True),
        ("Etiquetas: inundaciones, ayuntamiento, puentes", True),
        ("Schlagwörter: Hochwasser, Stadtwerke, Brücken, Altstadt", True),
        ("Tags: floods, bridges", False),  # two items: a phrase as likely as a list
        ("Tags are short labels, such as floods, bridges or towns, that a blog attaches to a post.", False),
        ("Topics: the one about the river that left the old town under water, bridges, towns", False),
        ("Tagged, bagged and released, the birds flew off", False),
    ],
)
def test_tag_line(text: str, expected: bool) -> None:
    assert tag_line(text) is expected


@pytest.mark.parametrize(
    "tags",
    [
        ["Tags: floods, river authority, old town, bridges"],
        ["Palavras-chave: enchentes, prefeitura, pontes, centro histórico"],
        ["Tags", "floods", ",", "river authority", ",", "old town"],  # get_text("\n"): one link a line
    ],
)
def test_the_tag_line_under_the_article_goes(tags: list[str]) -> None:
    lines = [*paragraphs(ARTICLE), *tags]
    kept, reasons = settled(lines)
    assert kept == ARTICLE
    assert reasons == {"tag-list"}

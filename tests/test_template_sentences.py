"""Template sentences added for the article's tail: newsletter promotions and comment forms."""

from __future__ import annotations

import pytest

from settling import paragraphs, settled

ARTICLE = [
    "The river authority opened the new flood gates on Monday, three years after the storm that left "
    "half of the old town under water and closed the main bridge for most of a winter.",
    "Engineers tested each of the six gates twice during the weekend, and the authority said that the "
    "whole system can now be closed in less than forty minutes when the water starts to rise.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "There's plenty more where that came from. Sign up for The Morning Brief today to get the free "
        "daily newsletter delivered to your inbox.",
        "Your guide to the city's politics, delivered to your inbox every Friday.",
        "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
        "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
    ],
)
def test_tail_template_sentences_go(sentence: str) -> None:
    kept, reasons = settled(paragraphs([*ARTICLE, sentence]))
    assert kept == ARTICLE
    assert reasons == {"boilerplate-sentence"}

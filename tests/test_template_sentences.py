"""Template sentences added for the article's tail: newsletter promotions and comment forms."""

from __future__ import annotations

import pytest

from settling import ARTICLE, paragraphs, settled


@pytest.mark.parametrize(
    "sentence",
    [
        "There's plenty more where that came from. Sign up for The Morning Brief today to get the free "
        "daily newsletter delivered to your inbox.",
        "Your guide to the city's politics, delivered to your inbox every Friday.",
        "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
        "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
        "Your comment is awaiting moderation.",
        "Votre commentaire est en attente de modération.",
        "Dein Kommentar wartet auf Freischaltung.",
        "Seu comentário está aguardando moderação.",
        "Sign up for our email newsletters to get the week's stories.",
        "Sharing is caring!",
    ],
)
def test_tail_template_sentences_go(sentence: str) -> None:
    kept, reasons = settled(paragraphs([*ARTICLE, sentence]))
    assert kept == ARTICLE
    assert reasons == {"boilerplate-sentence"}

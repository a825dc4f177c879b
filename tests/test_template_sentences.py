"""Template sentences added for the article's tail: newsletter promotions, comment forms and appeals
for support."""

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
        "See all newsletters. Please check the opt-in box to acknowledge that you would like to subscribe.",
        # appeals for support under the article
        "If you enjoyed this article, consider becoming a member: members read without ads.",
        "This work is far from free to produce: we need your financial support to keep going.",
        "Support independent journalism. Subscribe today.",
        "Si vous avez aimé cet article, abonnez-vous pour lire la suite.",
        "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie uns mit einem Abo.",
        "Apoya el periodismo independiente: hazte socio.",
    ],
)
def test_tail_template_sentences_go(sentence: str) -> None:
    kept, reasons = settled(paragraphs([*ARTICLE, sentence]))
    assert kept == ARTICLE
    assert reasons == {"boilerplate-sentence"}


def test_an_article_that_reports_an_appeal_keeps_it() -> None:
    """A paragraph over TEMPLATE_MAX_WORDS words quotes the appeal as news, not as the page's box."""
    quoting = (
        "The charity's letter, which began with the words 'we need your financial support', was sent to "
        "forty thousand households last winter, and the regulator said on Tuesday that the letter had "
        "misled many of them about where the money would go, since most of the donations paid for the "
        "charity's own advertising rather than for the shelters it named in the letter itself."
    )
    kept, _ = settled(paragraphs([*ARTICLE, quoting]))
    assert kept == [*ARTICLE, quoting]


@pytest.mark.parametrize(
    "promotion",
    [
        "CLICK HERE TO GET THE EVENING NEWS APP",
        "Do you rely on our reporting? Click here to support it.",
        "Check out more articles on Example.com!",
        "Get Bike Weekly delivered every month. 12 issues for £11.99. Click here for more information.",
        "Start your day with the Morning Brief. Sign up for the free daily newsletter.",
        "*These statements have not been evaluated by the Food and Drug Administration.",
        "Jump to navigation Jump to search",
        "Sometimes we include links to online retail stores. If you click on one and make a purchase we "
        "may receive a small commission.",
        "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
    ],
)
def test_promotions_between_paragraphs_go_and_end_nothing(promotion: str) -> None:
    """Promotions and skip links stand between an article's paragraphs as often as under it: they go,
    and the paragraphs after them stay (they are not the closing sentences that end an article)."""
    kept, reasons = settled(paragraphs([ARTICLE[0], promotion, ARTICLE[1]]))
    assert kept == ARTICLE
    assert reasons == {"boilerplate-sentence"}


def test_an_article_about_a_commission_keeps_it() -> None:
    """A shop's commission named as news, not the site's own "we may earn a commission"."""
    news = "The retailer said that it may earn a commission of up to five percent on each sale."
    kept, _ = settled(paragraphs([ARTICLE[0], news, ARTICLE[1]]))
    assert kept == [ARTICLE[0], news, ARTICLE[1]]

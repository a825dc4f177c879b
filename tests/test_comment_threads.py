"""Readers' comment threads after the article whose long comments stretch the gap between headers."""

from __future__ import annotations

import pytest

from articlean.model import Label, Verdict
from articlean.recurring import MARKER_MAX_GAP, THREAD_MAX_GAP, THREADS_MAX_GAP, drop_after_thread
from articlean.segment import segment
from settling import ARTICLE, paragraphs, settled

ARTIGO = [
    "El ayuntamiento abrió el lunes la nueva biblioteca del barrio, después de casi dos años de obras "
    "que cerraron la plaza central y cambiaron el recorrido de tres líneas de autobús.",
    "El edificio tiene salas de estudio abiertas hasta las diez de la noche y veinte mil libros, la "
    "mitad de ellos donados por los vecinos durante la campaña del año pasado.",
]
SHORT = {
    "en": "I live two streets from the river and this is the best news we have had in years.",
    "es": "Vivo a dos calles de la biblioteca y es la mejor noticia que hemos tenido en años.",
}
LONG = {
    "en": "I have followed this project since the first public meeting and I want to add a few things "
    "that the article leaves out, because they matter for the people who live here.",
    "es": "He seguido este proyecto desde la primera reunión con los vecinos y quiero añadir algunas "
    "cosas que el artículo no cuenta, porque importan a quienes vivimos aquí.",
}


def thread(stamps: list[str], language: str, long_at: int, long_paragraphs: int) -> list[str]:
    """Comments, each a header (a name and a time stamp) and a paragraph; the one at ``long_at`` runs on."""
    texts: list[str] = []
    for number, stamp in enumerate(stamps):
        texts.append(f"reader{number} {stamp}")
        texts += [LONG[language]] * long_paragraphs if number == long_at else [SHORT[language]]
    return texts


def kept(texts: list[str]) -> list[str]:
    return settled(paragraphs(texts))[0]


ENGLISH = ["2 days ago", "2 days ago", "1 day ago", "20 hours ago", "5 hours ago"]
SPANISH = ["hace 2 días", "hace 2 días", "hace 1 día", "hace 20 horas", "hace 5 horas"]


@pytest.mark.parametrize(
    ("article", "stamps", "language"), [(ARTICLE, ENGLISH, "en"), (ARTIGO, SPANISH, "es")]
)
def test_a_long_comment_inside_an_established_thread_does_not_end_it(
    article: list[str], stamps: list[str], language: str
) -> None:
    # the fourth comment runs over more blocks than MARKER_MAX_GAP allows, but fewer than THREAD_MAX_GAP
    long_paragraphs = MARKER_MAX_GAP + 2
    assert long_paragraphs + 2 <= THREAD_MAX_GAP
    assert kept([*article, *thread(stamps, language, 3, long_paragraphs)]) == article


def test_a_long_gap_before_the_thread_holds_three_headers_still_ends_it() -> None:
    # the second comment is long: the first header stands alone, and the three after it make the thread
    texts = [*ARTICLE, *thread(ENGLISH[:4], "en", 0, MARKER_MAX_GAP + 2)]
    assert LONG["en"] in kept(texts)


def test_two_threads_close_together_are_one_with_the_long_comment_between_them() -> None:
    # a comment longer than THREAD_MAX_GAP between two runs of three headers each: it is the thread's
    long_paragraphs = THREAD_MAX_GAP + 2
    assert long_paragraphs + 2 <= THREADS_MAX_GAP
    texts = [*ARTICLE, *thread(ENGLISH[:4], "en", 2, long_paragraphs), *thread(ENGLISH[:3], "en", -1, 1)]
    assert kept(texts) == ARTICLE


def test_text_far_after_a_thread_is_not_the_next_thread_s() -> None:
    # the same, but the run of text between the two threads is longer than THREADS_MAX_GAP
    texts = [*ARTICLE, *thread(ENGLISH[:4], "en", 2, THREADS_MAX_GAP + 2), *thread(ENGLISH[:3], "en", -1, 1)]
    assert LONG["en"] in kept(texts)


# A box of other stories under the comments: headlines over their one-sentence summaries.
GUIDES = [
    "Guides",
    "Night Mode on the New Phones",
    "Night mode is an automatic setting which takes advantage of the new wide-angle camera in both models.",
    "Which Tablet Should You Buy",
    "At first glance the two devices have quite a few similarities, but the larger one does more.",
]


def after_thread(texts: list[str]) -> tuple[list[str], list[str]]:
    """The texts drop_after_thread() keeps when every block was kept, and the reasons of its drops."""
    blocks = segment(paragraphs(texts))
    verdicts = drop_after_thread(blocks, [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks])
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    return kept, [verdict.reason for verdict in verdicts if not verdict.label.is_body]


def test_what_follows_the_comments_under_the_article_goes() -> None:
    kept, reasons = after_thread([*ARTICLE, *thread(ENGLISH, "en", -1, 1), *GUIDES])
    assert kept == ARTICLE
    assert set(reasons) == {"after-comments"}


def test_a_thread_that_opens_the_page_ends_nothing() -> None:
    # a forum page: the posts are the page, and there is no article before them
    texts = [*thread(ENGLISH, "en", -1, 1), *ARTICLE, *GUIDES]
    assert after_thread(texts)[0] == texts


def test_two_comment_headers_are_no_thread() -> None:
    texts = [*ARTICLE, *thread(ENGLISH[:2], "en", -1, 1), *GUIDES]
    assert after_thread(texts)[0] == texts


FORMS = {
    "en": ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
    "es": ["Deja una respuesta", "Tu dirección de correo electrónico no será publicada."],
    "ru": [
        "Добавить комментарий",
        "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.",
    ],
}


@pytest.mark.parametrize("language", sorted(FORMS))
def test_what_follows_a_comment_form_under_the_article_goes(language: str) -> None:
    article = ARTIGO if language == "es" else ARTICLE
    kept, reasons = after_thread([*article, *FORMS[language], *GUIDES])
    assert kept == [*article, FORMS[language][0]]  # the form's own sentence is settle()'s to drop
    assert set(reasons) == {"after-comments"}


def test_a_comment_form_over_more_text_than_the_article_ends_nothing() -> None:
    # the form's sentence near the top (a byline's comment link), with the article after it
    texts = [ARTICLE[0], *FORMS["en"], *ARTICLE, *GUIDES]
    assert after_thread(texts)[0] == texts


# What else pages print under an article, each a box whose first sentence is a template's: a cookie
# notice run together with its box's text (as a dump without separators prints it), a newsletter box,
# a share prompt; in three languages.
CLOSING_BOXES = {
    "cookies": "This website uses cookies to improve your experience while you navigate through the "
    "website. " + "Out of these, the cookies that are necessary are stored in your browser. " * 8,
    "newsletter": "Abonnez-vous à notre newsletter pour recevoir les dernières nouvelles du quartier.",
    "share": "Click to share on Facebook (Opens in new window)",
    "newsletter-de": "Jetzt Newsletter abonnieren und keine Nachricht mehr verpassen.",
}


@pytest.mark.parametrize("box", sorted(CLOSING_BOXES))
def test_what_follows_a_template_box_under_the_article_goes(box: str) -> None:
    kept, reasons = after_thread([*ARTICLE, CLOSING_BOXES[box], *GUIDES])
    assert kept == ARTICLE
    assert set(reasons) == {"after-comments"}


def test_a_player_inside_the_article_ends_nothing() -> None:
    # a video in the article's second half: the article goes on under it
    texts = [*ARTICLE, "Your browser does not support the video tag.", ARTICLE[0]]
    assert after_thread(texts)[0] == texts


def test_a_paragraph_quoting_a_template_sentence_late_on_ends_nothing() -> None:
    # the sentence stands past the block's first TEMPLATE_MAX_WORDS words: a paragraph quoting it
    quoting = " ".join([ARTICLE[1]] * 3) + " The notice read: this website uses cookies to track you."
    texts = [*ARTICLE, quoting, *GUIDES]
    assert after_thread(texts)[0] == texts


def test_a_share_bar_run_together_with_its_buttons_under_the_article_ends_it() -> None:
    # get_text() without separators: the plugin's label, its counter and its buttons as one block
    bar = "Sharing is caring!858sharesPinterestFacebookTwitter comments 2 Regan"
    kept, reasons = after_thread([*ARTICLE, bar, *GUIDES])
    assert kept == ARTICLE
    assert set(reasons) == {"after-comments"}


# An article of short lines: no paragraph of running text before the box of other stories.
SCHEDULE = [
    f"Round {number}: {day} March at the northern circuit, start at ten"
    for number, day in enumerate(range(3, 30, 3), 1)
]


def test_a_comment_form_under_an_article_of_short_lines_ends_it() -> None:
    kept, reasons = after_thread([*SCHEDULE, *FORMS["en"], *GUIDES])
    assert kept == [*SCHEDULE, FORMS["en"][0]]
    assert set(reasons) == {"after-comments"}


def test_a_comment_form_over_a_list_of_short_lines_ends_nothing() -> None:
    # the form under two short lines, over the article: less is kept before it than after it
    texts = [*SCHEDULE[:2], *FORMS["en"], *ARTICLE, *GUIDES]
    assert after_thread(texts)[0] == texts


# The comment policy a site prints over its form, in four languages.
POLICIES = {
    "en": "As you comment, please be respectful of other commenters and other viewpoints.",
    "es": "Los comentarios publicados son de exclusiva responsabilidad de sus autores.",
    "pt": "Atenção: comentários ofensivos não serão aprovados pelo moderador.",
    "de": "Du musst angemeldet sein, um einen Kommentar abzugeben.",
}


@pytest.mark.parametrize("language", sorted(POLICIES))
def test_what_follows_a_comment_policy_under_the_article_goes(language: str) -> None:
    article = ARTIGO if language == "es" else ARTICLE
    kept, reasons = after_thread([*article, POLICIES[language], *GUIDES])
    assert kept == article
    assert set(reasons) == {"after-comments"}

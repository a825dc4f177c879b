"""Readers' comment threads after the article whose long comments stretch the gap between headers."""

from __future__ import annotations

import pytest

from articlean.settle import MARKER_MAX_GAP, THREAD_MAX_GAP, THREADS_MAX_GAP
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

"""Boxes of other stories' headlines between an article's paragraphs: a heading, then headlines only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from articlean.boxheadlines import box_heading, headline
from settling import ARTICLE, paragraphs, settled

CLOSING = (
    "The authority said the next phase, a wall along the eastern bank, would start in the spring and "
    "should be finished before the winter storms of the following year."
)
HEADLINES = [
    "Council approves the budget for the new tram line",
    "Schools to stay open later during the exam season",
    "Market traders protest against the new parking fees",
]
ARTICULO = [
    "El ayuntamiento inauguró el lunes la nueva biblioteca del barrio, después de casi dos años de "
    "obras que cerraron la plaza central y cambiaron el recorrido de tres líneas de autobús.",
    "El edificio tiene salas de estudio abiertas hasta las diez de la noche y un fondo de veinte mil "
    "libros, la mitad donados por los vecinos durante la campaña del año pasado.",
]
CIERRE = "Los vecinos podrán inscribirse en los talleres de lectura a partir de la próxima semana."
TITULARES = [
    "La feria de artesanía vuelve a la plaza el próximo mes",
    "Un nuevo carril bici une el centro con el parque municipal",
]
TITRES = [
    "Le conseil vote le budget de la nouvelle ligne de tramway",
    "Les écoles resteront ouvertes plus tard pendant les examens",
]
ARTICLE_FR = [
    "La mairie a inauguré lundi la nouvelle médiathèque du quartier, après presque deux ans de travaux "
    "qui ont fermé la place centrale et dévié trois lignes de bus.",
    "Le bâtiment propose des salles de travail ouvertes jusqu'à vingt-deux heures et vingt mille livres, "
    "dont la moitié ont été donnés par les habitants l'an dernier.",
]
FIN = "Les inscriptions aux ateliers de lecture ouvriront la semaine prochaine, a précisé la mairie."


def box(article: list[str], heading: str, headlines: list[str], closing: str) -> list[str]:
    """The article's paragraphs, a box of headlines each on its own line, then the article's last one."""
    return [*paragraphs(article), *paragraphs([heading, *headlines]), *paragraphs([closing])]


@pytest.mark.parametrize(
    ("article", "heading", "headlines", "closing"),
    [
        (ARTICLE, "Related articles", HEADLINES, CLOSING),
        (ARTICLE, "DON'T MISS", HEADLINES[:2], CLOSING),
        (ARTICLE, "More from Local News", HEADLINES, CLOSING),
        (ARTICULO, "Artículos Relacionados", TITULARES, CIERRE),
        (ARTICLE_FR, "Lire aussi :", [*TITRES, HEADLINES[0]], FIN),
    ],
)
def test_a_box_of_headlines_inside_the_article_goes(
    article: list[str], heading: str, headlines: list[str], closing: str
) -> None:
    kept, reasons = settled(box(article, heading, headlines, closing))
    assert kept == [*article, closing]
    assert "related-headlines" in reasons


def test_a_list_of_headlines_goes_with_its_markers() -> None:
    items = [f"* {HEADLINES[0]} [VIDEO]", "* [INSIGHT]", f"* {HEADLINES[1]}"]
    lines = [*paragraphs(ARTICLE), "Related articles", "", *items, "", *paragraphs([CLOSING])]
    assert settled(lines)[0] == [*ARTICLE, CLOSING]


def test_a_subheading_after_the_box_stays() -> None:
    subheading = "Beware the wall-mounted hairdryer"
    lines = [
        *paragraphs(ARTICLE),
        "Read more",
        "",
        *[f"* {text}" for text in HEADLINES],
        "",
        f"* {subheading}",
        "",
        *paragraphs([CLOSING]),
    ]
    assert settled(lines)[0] == [*ARTICLE, subheading, CLOSING]


def test_a_subheading_that_runs_into_its_paragraph_stays() -> None:
    section = ["What the engineers found", "The survey of the old gates showed cracks in four of them."]
    lines = [*paragraphs(ARTICLE), *paragraphs(["Related", *HEADLINES[:2]]), *section, ""]
    kept, reasons = settled(lines)
    assert kept == [*ARTICLE, *section]
    assert "related-headlines" in reasons


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (
            box(ARTICLE, "Related articles", HEADLINES[:1], CLOSING),
            "one line under a heading may be a subheading",
        ),
        (
            box(ARTICLE, "Lire aussi :", TITRES[:1] + HEADLINES[:1], CLOSING),
            "a label's first line is its own headline (link-line); one more is no box",
        ),
        (
            box(ARTICLE, "Further reading", HEADLINES, CLOSING),
            "headlines without a box heading are left to the model",
        ),
        (
            [*paragraphs(ARTICLE), "More", "", "Council approves the budget for the new", "tram line", ""],
            "a line whose sentence goes on below is no headline",
        ),
        (
            box(ARTICLE[:1], "Related articles", HEADLINES, CLOSING)[2:],
            "a box before the article's first paragraph is the page's, left to the model",
        ),
    ],
)
def test_what_is_not_a_box_of_headlines(lines: list[str], why: str) -> None:
    assert "related-headlines" not in settled(lines)[1], why


HEADLINES_AND_NOT = [
    ("Hong Kong protests: 800 students under siege in university", True),
    ("UK weather alert: Plague of mosquitos to devastate Britain as Hurri...", True),
    ("¿Por qué los hombres tienen más probabilidades de morir por covid?", True),
    ("Twitter mostrará cuántas personas están hablando sobre un mismo tuit", True),
    ("Do you make jam in a pot? A pressure canner? I don't know. Help!", False),
    ("The gates were tested twice during the weekend.", False),
    ("(R) is defending the state's launch of an anti-drug campaign", False),
    ("market economy, ranked 16th in the 2018 index", False),
    ("Two words", False),
    ("Main articles:", False),
]
HEADINGS_AND_NOT = [
    ("Related articles", True),
    ("Artículos relacionados", True),
    ("More:", True),
    ("Lire aussi :", True),
    ("Most Read Business Stories", True),
    ("The river authority", False),
]


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [(headline, *case) for case in HEADLINES_AND_NOT] + [(box_heading, *case) for case in HEADINGS_AND_NOT],
)
def test_headlines_and_box_headings(rule: Callable[[str], bool], text: str, expected: bool) -> None:
    assert rule(text) is expected

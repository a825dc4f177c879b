"""The article's own lists, which the model drops as menus: a closing list whose items are written
to one pattern."""

from __future__ import annotations

import pytest

from articlean.model import Label, Verdict
from articlean.parallels import closing_run
from articlean.segment import segment
from articlean.settle import settle

KEPT = Verdict(Label.BODY, 0.9, "in-article")


def dropped(reason: str) -> Verdict:
    return Verdict(Label.BOILERPLATE, 0.3, reason)


# An article that closes with a list of the teams that qualified, under its heading; the model keeps
# the paragraph and calls every item a menu's. Two languages.
TEAMS = {
    "en": [
        "And earlier in the week, Turkey drew Iceland in Istanbul to book its spot. Below are all the "
        "teams that qualified for the tournament during the group stage.",
        "",
        "### Qualified teams",
        "",
        "  * England (Group A): 10th appearance",
        "  * Spain (Group F): 11th appearance",
        "  * Sweden (Group F): Seventh appearance",
        "  * Finland (Group J): Zero appearances",
        "",
        "[**Roger Gonzalez**](/writers/roger-gonzalez/)",
    ],
    "es": [
        "El martes, Suecia ganó en Bucarest y selló su billete. Estas son todas las selecciones que se "
        "clasificaron para el torneo en la fase de grupos.",
        "",
        "### Selecciones clasificadas",
        "",
        "  * Inglaterra (Grupo A): décima participación",
        "  * España (Grupo F): undécima participación",
        "  * Suecia (Grupo F): séptima participación",
        "  * Finlandia (Grupo J): ninguna participación",
        "",
        "[**Roberto González**](/autores/roberto-gonzalez/)",
    ],
}


@pytest.mark.parametrize("language", sorted(TEAMS))
def test_a_closing_list_of_one_pattern_is_kept_though_called_a_menu(language: str) -> None:
    blocks = segment(TEAMS[language], markdown=True)
    assert len(blocks) == 7
    assert all(block.list_item for block in blocks[2:6])
    verdicts = [KEPT, dropped("outside-article"), *[dropped("menu")] * 4, dropped("link-list")]
    assert closing_run(blocks, verdicts) == [1, 2, 3, 4, 5]
    settled = settle(blocks, verdicts)
    assert [verdict.reason for verdict in settled] == [
        "in-article",
        *["parallel-lines"] * 5,
        "link-list",
    ]


def test_what_makes_no_closing_list() -> None:
    lines = TEAMS["en"]
    verdicts = [KEPT, dropped("outside-article"), *[dropped("menu")] * 4, dropped("link-list")]
    # an item of another pattern: the list is not written alike
    odd = [*lines[:5], "  * England, Group A, 10th appearance", *lines[6:]]
    assert closing_run(segment(odd, markdown=True), verdicts) == []
    # items of links (a menu's): "[Spain (Group F): 11th appearance](/teams/spain)"
    links = [f"  * [{line.strip()[2:]}](/teams/{n})" for n, line in enumerate(lines[4:8])]
    assert closing_run(segment([*lines[:4], *links, *lines[8:]], markdown=True), verdicts) == []
    # short items: a box of categories with their counts
    categories = ["  * Sport (12)", "  * Travel (3)", "  * Music (40)", "  * Film (7)"]
    assert closing_run(segment([*lines[:4], *categories, *lines[8:]], markdown=True), verdicts) == []
    # a drop of a link box stands
    boxed = [*verdicts[:3], dropped("link-list"), *verdicts[4:]]
    assert closing_run(segment(lines, markdown=True), boxed) == []

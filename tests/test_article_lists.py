"""The article's own lists, which the model drops as menus or boxes of links: a closing list whose
items are written to one pattern, and the items the model dropped in a mostly kept list."""

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


# A status report: items of one list, each a sentence; the model keeps most of them.
REPORT = {
    "en": [
        "This week the performance team landed several changes to how the browser starts up.",
        "",
        "  * Gijs [made the bookmarks toolbar start later in the startup window](https://bugs.example.org/1)",
        "  * mconley fixed a hang caused by the startup cache when closing the browser quickly",
        "  * dthayer has landed some fixes and polish for the way windows are drawn on screen",
        "  * emalysz continues to make progress migrating the file code to the new interface",
        "  * florian has some new views up for the hang dashboard, with a guide on how to read them",
        "  * mstriemer moved the print settings that do not apply to documents out of the dialog",
        "  * [Home](/)",
    ],
    "de": [
        "In dieser Woche hat das Team mehrere Änderungen am Start des Browsers eingereicht.",
        "",
        "  * Gijs [hat die Lesezeichenleiste später beim Start des Fensters geladen](https://bugs.example.org/1)",
        "  * mconley hat einen Hänger beim Schließen des Browsers mit dem Startcache behoben",
        "  * dthayer hat einige Korrekturen für das Zeichnen der Fenster auf dem Bildschirm eingereicht",
        "  * emalysz kommt mit der Umstellung des Dateicodes auf die neue Schnittstelle gut voran",
        "  * florian hat neue Ansichten für die Übersicht der Hänger, mit einer Anleitung zum Lesen",
        "  * mstriemer hat die Druckeinstellungen, die für Dokumente nicht gelten, aus dem Dialog genommen",
        "  * [Startseite](/)",
    ],
}


@pytest.mark.parametrize("language", sorted(REPORT))
def test_the_items_dropped_in_a_mostly_kept_list_are_kept(language: str) -> None:
    blocks = segment(REPORT[language], markdown=True)
    assert len(blocks) == 8
    assert 0 < blocks[1].link_chars < len(blocks[1].text)
    verdicts = [KEPT, dropped("link-list"), dropped("menu"), *[KEPT] * 4, dropped("link-list")]
    settled = settle(blocks, verdicts)
    assert [verdict.reason for verdict in settled] == [
        "in-article",
        "list-item",  # a sentence only partly linked
        "list-item",
        *["in-article"] * 4,
        "link-list",  # one link of one word
    ]


def test_what_a_mostly_kept_list_does_not_revive() -> None:
    blocks = segment(REPORT["en"], markdown=True)
    # a rule's drop stands
    settled = settle(blocks, [KEPT, dropped("repeated"), *[KEPT] * 6])
    assert settled[1].reason == "repeated"
    # a list mostly dropped is a menu: nothing is revived, what was kept goes
    mostly_dropped = [KEPT, dropped("link-list"), *[dropped("menu")] * 4, KEPT, KEPT]
    assert [verdict.reason for verdict in settle(blocks, mostly_dropped)[1:]] == ["link-list", *["menu"] * 6]
    # less than LIST_WHOLE_SHARE kept: the list is left as the model had it
    half = [KEPT, dropped("link-list"), dropped("menu"), dropped("menu"), *[KEPT] * 4]
    assert [verdict.reason for verdict in settle(blocks, half)[1:4]] == ["link-list", "menu", "menu"]
    # a whole item of link text is a box of links, whatever its length
    item = "  * [Gijs made the bookmarks toolbar start later](https://bugs.example.org/1)"
    linked = [*REPORT["en"][:2], item, *REPORT["en"][3:]]
    settled = settle(segment(linked, markdown=True), [KEPT, dropped("link-list"), *[KEPT] * 6])
    assert settled[1].reason == "link-list"
    # an item cut short with an ellipsis is another story's headline (a box of related posts)
    cut = "  * mconley fixed a hang caused by the startup cache when closing..."
    teaser = [*REPORT["en"][:3], cut, *REPORT["en"][4:]]
    settled = settle(segment(teaser, markdown=True), [KEPT, KEPT, dropped("menu"), *[KEPT] * 5])
    assert settled[2].reason == "menu"
    # two items are no list to judge so
    pair = segment([*REPORT["en"][:4]], markdown=True)
    settled = settle(pair, [KEPT, KEPT, dropped("menu")])
    assert settled[2].reason == "menu"


# A how-to's list of what it needs: the model keeps most items, and calls some one-word ones a menu's.
NEEDS = [
    "Glass cloche terrariums keep a bit of nature on the table all year, and they are easy to make.",
    "",
    "  * Cloche",
    "  * Planter saucer, small shallow dish or desired platform",
    "  * Floral foam oasis",
    "  * Ruler",
    "  * Small plants (from a florist or nursery)",
    "  * Tweezers",
    "",
    "Measure the circumference of your cloche and cut the foam a little smaller than it.",
]


def test_short_items_of_a_mostly_kept_list_of_short_items_are_kept() -> None:
    blocks = segment(NEEDS, markdown=True)
    assert len(blocks) == 8
    verdicts = [KEPT, dropped("menu"), KEPT, KEPT, dropped("menu"), KEPT, KEPT, KEPT]
    settled = settle(blocks, verdicts)
    reasons = [verdict.reason for verdict in settled[1:5]]
    assert reasons == ["list-item", "in-article", "in-article", "list-item"]


def test_short_items_the_kept_ones_do_not_match() -> None:
    blocks = segment(NEEDS, markdown=True)
    # the model kept no item as short as them: the one-word items stay dropped
    verdicts = [KEPT, dropped("menu"), KEPT, KEPT, dropped("menu"), KEPT, dropped("menu"), KEPT]
    settled = settle(blocks, verdicts)
    reasons = [verdict.reason for verdict in settled[1:7]]
    assert reasons == ["menu", "in-article", "in-article", "menu", "in-article", "menu"]
    # a lone letter is no item (a navigation box's "v", "t", "e")
    letters = [*NEEDS[:2], "  * v", *NEEDS[3:]]
    settled = settle(segment(letters, markdown=True), [KEPT, dropped("menu"), *[KEPT] * 6])
    assert settled[1].reason == "menu"

"""The company description closing a press release: dropped at the end, kept inside the article."""

from __future__ import annotations

import pytest

from settling import paragraphs, settled

RELEASE = [
    "Acme Robotics announced on Tuesday a partnership with the city hospital to bring its delivery "
    "robots to the wards, after a trial of six months in which the robots carried medicines at night.",
    "The robots will start work in January on three floors, and the hospital expects them to save "
    "the nurses about an hour of walking on every night shift, a spokesperson said on Tuesday.",
]
NOTE = [
    "Acme Robotics is a leading provider of autonomous delivery systems for hospitals and warehouses. "
    "Founded in 2009, Acme Robotics builds robots that move goods safely between people.",
    "Acme Robotics is headquartered in Basel (Switzerland), has subsidiaries in 12 countries and "
    "employs around 900 people worldwide.",
]
MITTEILUNG = [
    "Die Stadtwerke haben am Dienstag einen Vertrag mit der Firma Beispiel Energie unterzeichnet, die "
    "bis zum Sommer zwanzig neue Ladesäulen für Elektroautos in der Innenstadt aufstellen wird.",
    "Die ersten Säulen sollen schon im März am Bahnhof und am Rathaus in Betrieb gehen, teilte ein "
    "Sprecher der Stadtwerke mit; die übrigen folgen nach und nach bis zum Juli.",
]
NOTIZ = [
    "Beispiel Energie ist ein führender Anbieter von Ladelösungen für Städte und Gemeinden. "
    "Beispiel Energie hat seinen Hauptsitz in Freiburg und beschäftigt rund 300 Menschen.",
]


def kept(texts: list[str]) -> list[str]:
    return settled(paragraphs(texts))[0]


@pytest.mark.parametrize(
    ("article", "note"),
    [
        (RELEASE, NOTE),
        (RELEASE, ["About Acme Robotics", *NOTE]),
        (RELEASE, [*NOTE, "Stay up to date with Acme Robotics."]),
        (MITTEILUNG, NOTIZ),
        (MITTEILUNG, ["Über Beispiel Energie", *NOTIZ]),
    ],
)
def test_the_company_note_closing_a_release_is_dropped(article: list[str], note: list[str]) -> None:
    assert kept([*article, *note]) == article


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        ([*RELEASE[:1], *NOTE, *RELEASE[1:]], "the article goes on after it"),
        (
            [
                *RELEASE,
                "Acme Robotics is headquartered in Basel, where Acme Robotics first tried its robots.",
            ],
            "one phrase is an article's fact, not a note",
        ),
        (
            [*RELEASE, "This is a leading provider of robots. It is headquartered in Basel and employs 900."],
            "no name: a sentence of the article",
        ),
        ([*RELEASE, " ".join([NOTE[0]] * 8)], "too long for a note"),
    ],
)
def test_what_is_not_a_company_note(texts: list[str], why: str) -> None:
    assert kept(texts)[-1] == texts[-1], why

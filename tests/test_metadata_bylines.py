"""Bylines and split captions: where pages and scrapers put them, in several languages."""

from __future__ import annotations

import time

import pytest

from articlean.bylines import clean_name, dated_name, prefixed_byline, without_dates
from articlean.captions import is_credit_marker
from test_metadata import PARAGRAPHS, run
from timing import assert_linear

HEADLINES = {
    "en": "Bridge to open next spring",
    "de": "Neue Brücke öffnet im Frühjahr",
    "fr": "Le nouveau pont ouvrira au printemps",
    "es": "El puente abrirá en primavera",
}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Le Monde | 04.05.2015 | Par Martin Untersinger (avec Damien Leloup)", ["Martin Untersinger"]),
        ("Tageblatt • 12.06.2024 • Von Max Mustermann", ["Max Mustermann"]),
        ("El Diario | 12/06/2024 | Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("News | By the way, the bridge is open", []),
        # the separators dropped by the scraper: the byline word follows the time
        ("Le Monde 04.05.2015 à 13h36 Par Martin Untersinger (avec Damien Leloup)", ["Martin Untersinger"]),
        ("Tageblatt 12.06.2024 14:30 Von Max Mustermann", ["Max Mustermann"]),
        ("Le 12 juin 2024 à 14h30 par ailleurs le pont est fermé", []),
        # the date run into the name ("Lucas Nolan22 Dec 2016")
        ("by Lucas Nolan22 Dec 2016651", ["Lucas Nolan"]),
        ("Von Max Mustermann3. Juni 2024", ["Max Mustermann"]),
    ],
)
def test_a_byline_among_the_parts_of_a_header_line(line: str, names: list[str]) -> None:
    assert prefixed_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Nicolas Perriault — 2013-09-29— in Code — Permalink", ["Nicolas Perriault"]),
        ("Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC", ["Joe Wee"]),
        # a title followed by a date is not a name and a date
        ("LWN.net Weekly Edition for March 26, 2015", []),
        ("Notizen der Woche vom 12.06.2024", []),
        # a publication marker and a weekday before the date are not a name
        ("Published Thu 27 Jul 2017", []),
        ("Veröffentlicht Do 27. Juli 2017", []),
        ("Publié jeu. 27 juillet 2017", []),
    ],
)
def test_dated_names(line: str, names: list[str]) -> None:
    assert dated_name(line) == names


@pytest.mark.parametrize("text", ["From: Herald Sun", "LWN.net FAQ", "Example.com Staff"])
def test_labels_and_domains_are_no_names(text: str) -> None:
    assert clean_name(text) is None


@pytest.mark.parametrize(
    ("language", "prefix", "name"),
    [("en", "By", "Alex Heath"), ("de", "Von", "Max Mustermann"), ("fr", "Par", "Jean Dupont")],
)
def test_a_byline_word_and_the_name_with_a_biography_on_lines_apart(
    language: str, prefix: str, name: str
) -> None:
    bio = f"{name}, a deputy editor who has covered the city council for a decade."
    text = "\n".join(["Menu", HEADLINES[language], prefix, "", bio, PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.author == name
    assert labels[bio] == "author"


@pytest.mark.parametrize(
    ("language", "footer"),
    [
        ("en", "Posted by Jane Doe at 10:15 AM"),
        ("de", "Max Mustermann — 2024-06-12 — in Stadt"),
        ("es", "Publicado por Ana García"),
    ],
)
def test_a_byline_under_the_post(language: str, footer: str) -> None:
    text = "\n".join(["Menu", HEADLINES[language], PARAGRAPHS[language], footer, "Share", "Comments"])
    metadata, labels = run(text)
    assert metadata.author is not None and metadata.author in footer
    assert labels[footer] == "author"


@pytest.mark.parametrize(
    ("marker", "credit"),
    [
        ("Credit:", "HARARE HERALD"),
        ("Foto:", "Max Mustermann"),
        ("Crédit :", "Jean Dupont"),
        ("Credit...", "Jane Doe/The Daily"),
        ("Foto…", "Max Mustermann"),
    ],
)
def test_a_credit_on_its_own_line_is_no_byline(marker: str, credit: str) -> None:
    caption = "The half-finished bridge seen from the east bank on Monday"
    text = "\n".join(["Menu", HEADLINES["en"], caption, marker, credit, "12 June 2024", PARAGRAPHS["en"]])
    metadata, labels = run(text)
    assert is_credit_marker(marker)
    assert metadata.author is None
    assert [(c.text, c.credit) for c in metadata.captions] == [(caption, credit)]
    assert labels[caption] == labels[marker] == labels[credit] == "caption"


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Joe Wee Monday; February", "Joe Wee"),
        ("Anna Weber Dienstag; 3. März", "Anna Weber"),
        ("Jean Dupont lundi; 4 mars", "Jean Dupont"),
        ("Ana García; Luis Pérez", "Ana García; Luis Pérez"),
        # month names are names too
        ("Juni Lee; Marc März; April Ross", "Juni Lee; Marc März; April Ross"),
        ("Monday", None),
    ],
)
def test_an_html_author_field_loses_the_date_run_into_it(field: str, expected: str | None) -> None:
    assert without_dates(field) == expected


# Other stories' teasers between the headline and the article: headline, author, time.
TEASERS = {
    "en": ("You may also like", "Ten Recipes For A Summer Dinner", "Why Every Garden Needs A Pond",
           "2 hours ago"),
    "de": ("Auch interessant", "Zehn Rezepte Für Den Sommer", "Warum Jeder Garten Einen Teich Braucht",
           "Vor 2 Stunden"),
    "fr": ("À lire aussi", "Dix Recettes Pour Les Soirées d'Été", "Pourquoi Chaque Jardin Mérite Son Bassin",
           "Il y a 2 heures"),
}


@pytest.mark.parametrize("language", sorted(TEASERS))
def test_names_under_other_stories_teasers_are_not_the_byline(language: str) -> None:
    heading, first, second, ago = TEASERS[language]
    teasers = [first, "Anna Weber", "2 hours ago", second, "Max Muster", "Yesterday 12:35PM"]
    lines = ["Menu", HEADLINES[language], heading, *teasers, "Jane Doe", ago]
    text = "\n".join([*lines, PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.author == "Jane Doe"
    assert labels["Anna Weber"] != "author" and labels["Max Muster"] != "author"
    assert metadata.description not in (first, second)


@pytest.mark.parametrize("label", ["From:", "Publisher :", "Erschienen in:"])
def test_a_name_under_a_label_of_another_field_is_no_byline(label: str) -> None:
    # "by:" over the author, "From:" over the paper the column ran in, then the date
    text = "\n\n".join(
        [
            "Menu",
            HEADLINES["en"],
            "by:",
            "Jane Doe",
            label,
            "Example Herald",
            "June 12, 2024",
            PARAGRAPHS["en"],
        ]
    )
    metadata, labels = run(text)
    assert metadata.author == "Jane Doe"
    assert labels["Example Herald"] != "author"


def test_a_name_under_a_byline_label_is_the_byline() -> None:
    text = "\n\n".join(["Menu", HEADLINES["en"], "By:", "Jane Doe", "June 12, 2024", PARAGRAPHS["en"]])
    metadata, labels = run(text)
    assert metadata.author == "Jane Doe"
    assert labels["Jane Doe"] == "author"


MORE_DE = (
    "Die Anwohner auf beiden Seiten des Flusses hoffen, dass der Verkehr in der Innenstadt danach "
    "deutlich abnimmt und die Wege zur Arbeit kürzer werden."
)


@pytest.mark.parametrize("dash", ["—", "|"])
def test_a_byline_under_the_post_a_text_node_a_line(dash: str) -> None:
    footer = ["Max Mustermann", dash, "2024-06-12", "— in", "Stadt"]
    text = "\n\n".join(["Menu", HEADLINES["de"], PARAGRAPHS["de"], MORE_DE, *footer, "Share", "Comments"])
    metadata, labels = run(text)
    assert metadata.author == "Max Mustermann"
    assert metadata.date == "2024-06-12"
    assert labels["Max Mustermann"] == "author" and labels["2024-06-12"] == "date"


@pytest.mark.parametrize(
    "footer",
    [
        ["Max Mustermann", "—", "Weitere Artikel"],  # no date under the dash
        ["Max Mustermann", "—", "2024-06-12 bis 2024-06-20 in der Halle am See"],  # not a dateline
        ["Weitere Artikel aus der Stadt", "—", "2024-06-12"],  # no name over it
    ],
)
def test_lines_under_the_post_that_are_no_split_byline(footer: list[str]) -> None:
    # a third paragraph: the header (where a bare name next to a date is a byline) ends before it
    text = "\n\n".join(["Menu", HEADLINES["de"], PARAGRAPHS["de"], MORE_DE, *footer, "Share", "Comments"])
    metadata, _ = run(text)
    assert metadata.author is None


def test_split_bylines_and_labels_time_grows_with_the_page() -> None:
    def seconds(count: int) -> float:
        lines = ["Menu", HEADLINES["de"]]
        for number in range(count):
            lines += ["From:", f"Max Muster{number}", "Jane Doe", "—", "2024-06-12"]
        text = "\n\n".join([*lines, PARAGRAPHS["de"], MORE_DE, *lines[2:]])
        start = time.process_time()
        run(text)
        return time.process_time() - start

    assert_linear(seconds, 200, 800)

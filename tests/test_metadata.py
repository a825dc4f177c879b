"""The metadata stage, field by field, on small hand-written dumps in several languages."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from articlean.bylines import bare_name, prefixed_byline
from articlean.captions import MAX_CAPTION_WORDS, MAX_LABELLED_CAPTION_WORDS, split_credit
from articlean.dates import find_date, is_date_line, short_numeric_date
from articlean.headerlines import stated_reading_time
from articlean.language import detect_language
from articlean.metadata import extract_metadata
from articlean.model import Block, Document, InputFormat, Label, Metadata, Options, Verdict
from articlean.segment import count_words, segment
from articlean.sitenames import from_copyright_line, from_home_link
from articlean.titleparts import split_title
from timing import assert_linear

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def label_prose(blocks: list[Block]) -> list[Verdict]:
    """A body labelling any classifier would agree on: sentences of a dozen words are body."""
    return [
        Verdict(Label.BODY, 1.0, "prose")
        if count_words(b.text) >= 12
        else Verdict(Label.BOILERPLATE, 0.0, "short")
        for b in blocks
    ]


def run(
    text: str, options: Options | None = None, hints: Metadata | None = None
) -> tuple[Metadata, dict[str, str]]:
    """Metadata of a dump, and each non-blank line's label ('text' -> label value)."""
    lines = tuple(text.strip("\n").splitlines())
    document = Document(lines, InputFormat.TEXT, hints=hints or Metadata())
    blocks = segment(lines)
    metadata, verdicts = extract_metadata(document, blocks, label_prose(blocks), options or Options())
    labels = {block.text: verdict.label.value for block, verdict in zip(blocks, verdicts, strict=True)}
    return metadata, labels


PARAGRAPHS = {
    "en": "The council said the new bridge would open to traffic next spring after years of delays and "
    "rising costs that had angered residents on both banks of the river.\n"
    "Engineers told the meeting that the last steel sections were lifted into place this week and that "
    "the road surface would be laid over the winter months.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr für den Verkehr "
    "freigegeben wird, nachdem es jahrelang Verzögerungen gegeben hatte.\n"
    "Die Ingenieure sagten in der Sitzung, dass die letzten Stahlteile in dieser Woche eingesetzt "
    "worden sind und die Fahrbahn im Winter gebaut wird.",
    "fr": "Le conseil municipal a annoncé mardi que le nouveau pont serait ouvert à la circulation au "
    "printemps prochain, après des années de retard et de hausse des coûts.\n"
    "Les ingénieurs ont expliqué lors de la réunion que les dernières pièces en acier avaient été "
    "posées cette semaine et que la chaussée serait construite pendant l'hiver.",
    "es": "El ayuntamiento anunció el martes que el nuevo puente se abrirá al tráfico la próxima "
    "primavera, después de años de retrasos y del aumento de los costes de la obra.\n"
    "Los ingenieros explicaron en la reunión que las últimas piezas de acero se colocaron esta semana "
    "y que la calzada se construirá durante el invierno.",
}

DUMPS = {
    "en": """Skip to content
Home
News
Sport
Business
New bridge to open next spring after years of delays
The last steel sections were lifted into place this week, the council said.
By Jane Doe and John Roe
Published: 5:30am, 12 Jun 2024
4 min read
The half-finished bridge seen from the east bank on Monday. Photo: AFP
{body}
© 2024 The Daily Example. All rights reserved.
""",
    "de": """Zum Inhalt springen
Startseite
Wirtschaft
Neue Brücke soll im Frühjahr eröffnet werden
Von Max Mustermann und Erika Musterfrau
12.06.2024, 14:30 Uhr
Lesezeit: 5 Min.
Die halbfertige Brücke am Montag, vom Ostufer aus gesehen. Foto: dpa
{body}
© 2024 Beispiel Zeitung GmbH
""",
    "fr": """Aller au contenu
Accueil
Économie
Le nouveau pont ouvrira au printemps prochain
Par Jean Dupont, AFP
Publié le 12 juin 2024 à 14h30
Temps de lecture : 3 min
Le pont à moitié construit, lundi, vu de la rive est. Crédit photo : Marie Curie
{body}
© Le Quotidien Exemple 2024
""",
    "es": """Ir al contenido
Portada
Economía
El nuevo puente se abrirá la próxima primavera
Por César Salza
12 de junio de 2024
Tiempo de lectura: 6 minutos
El puente a medio construir, el lunes, visto desde la orilla este. Imagen: EFE
{body}
Copyright © 2024 Diario Ejemplo. Todos los derechos reservados.
""",
}

EXPECTED = {
    "en": (
        "New bridge to open next spring after years of delays",
        "Jane Doe; John Roe",
        "2024-06-12T05:30",
        4,
        "AFP",
        "The Daily Example",
    ),
    "de": (
        "Neue Brücke soll im Frühjahr eröffnet werden",
        "Max Mustermann; Erika Musterfrau",
        "2024-06-12T14:30",
        5,
        "dpa",
        "Beispiel Zeitung",
    ),
    "fr": (
        "Le nouveau pont ouvrira au printemps prochain",
        "Jean Dupont",
        "2024-06-12T14:30",
        3,
        "Marie Curie",
        "Le Quotidien Exemple",
    ),
    "es": (
        "El nuevo puente se abrirá la próxima primavera",
        "César Salza",
        "2024-06-12",
        6,
        "EFE",
        "Diario Ejemplo",
    ),
}


@pytest.mark.parametrize("language", sorted(DUMPS))
def test_every_field_in_four_languages(language: str) -> None:
    metadata, labels = run(DUMPS[language].format(body=PARAGRAPHS[language]), Options(source="a.txt"))
    title, author, date, minutes, credit, site = EXPECTED[language]
    assert metadata.title == title and labels[title] == "title"
    assert metadata.author == author
    assert metadata.date == date
    assert metadata.reading_time == minutes
    assert [caption.credit for caption in metadata.captions] == [credit]
    assert metadata.sitename == site
    assert metadata.language == language
    assert metadata.source == "a.txt"
    lines = DUMPS[language].splitlines()
    assert metadata.categories == (lines[lines.index(title) - 1],)  # the section over the headline
    # the standfirst under the headline (en), else the first paragraph
    standfirst = lines[lines.index(title) + 1] if language == "en" else PARAGRAPHS[language].splitlines()[0]
    assert metadata.description == standfirst
    assert list(labels.values()).count("body") == 2
    assert {"author", "date", "reading_time", "caption"} <= set(labels.values())


def test_standfirst_is_the_description_and_leaves_the_body() -> None:
    metadata, labels = run(DUMPS["en"].format(body=PARAGRAPHS["en"]))
    standfirst = "The last steel sections were lifted into place this week, the council said."
    assert metadata.description == standfirst
    assert labels[standfirst] == "description"


def test_description_falls_back_to_the_first_paragraph_without_moving_it() -> None:
    metadata, labels = run(DUMPS["de"].format(body=PARAGRAPHS["de"]))
    first = PARAGRAPHS["de"].splitlines()[0]
    assert metadata.description == first
    assert labels[first] == "body"


def test_scmp_seed_example() -> None:
    text = (EXAMPLES / "scmp-opinion.txt").read_text(encoding="utf-8")
    metadata, labels = run(text)
    assert metadata.title == "Why the US is suddenly going soft on Cambodia"
    assert "Opinion" in metadata.categories
    assert metadata.description is not None and metadata.description.startswith(
        "It’s likely a goodwill gesture"
    )
    assert metadata.reading_time == 3
    assert metadata.sitename == "SCMP"
    assert len(metadata.captions) == 1 and metadata.captions[0].credit == "AFP"
    assert metadata.captions[0].text.startswith("US Defence Secretary Lloyd Austin")
    caption_line = next(line for line in labels if line.startswith("US Defence Secretary"))
    assert labels[caption_line] == "caption"
    assert labels["Reading Time:3 minutes"] == "reading_time"


def test_scmp_seed_example_through_the_pipeline() -> None:
    import articlean

    result = articlean.clean((EXAMPLES / "scmp-opinion.txt").read_text(encoding="utf-8"))
    assert result.metadata.title == "Why the US is suddenly going soft on Cambodia"
    assert result.metadata.reading_time == 3
    assert [caption.credit for caption in result.metadata.captions] == ["AFP"]
    assert "Photo: AFP" not in result.text
    assert "going soft on Cambodia" not in result.text
    labels = {entry.label for entry in result.ledger}
    assert {Label.TITLE, Label.READING_TIME, Label.CAPTION} <= labels


def test_title_tag_line_with_suffix_points_at_the_headline() -> None:
    text = "Bridge opens at last | The Daily Example\nMenu\nSearch\nBridge opens at last\n" + PARAGRAPHS["en"]
    metadata, labels = run(text)
    assert metadata.title == "Bridge opens at last"
    assert metadata.sitename == "The Daily Example"
    assert labels["Bridge opens at last"] == "title"
    assert labels["Bridge opens at last | The Daily Example"] == "title"


def test_a_headline_repeated_in_a_video_widget_does_not_win() -> None:
    body = PARAGRAPHS["en"].splitlines()
    text = "\n".join(
        [
            "Menu",
            "Bridge opens at last",
            "By Jane Doe",
            body[0],
            "03:05",
            "Ferry fares to rise",
            "Ferry fares to rise",
            body[1],
        ]
    )
    metadata, labels = run(text)
    assert metadata.title == "Bridge opens at last"
    assert labels["Ferry fares to rise"] != "title"


def test_hints_from_html_win() -> None:
    hints = Metadata(title="From HTML", author="Ann Lee", language="de", date="2020-01-02")
    metadata, _ = run(DUMPS["en"].format(body=PARAGRAPHS["en"]), hints=hints)
    assert (metadata.author, metadata.language, metadata.date) == ("Ann Lee", "de", "2020-01-02")


def test_computed_reading_time_when_the_page_states_none() -> None:
    body = "\n".join([PARAGRAPHS["en"]] * 40)
    metadata, _ = run("Bridge opens at last\n" + body)
    words = count_words(body)
    assert metadata.reading_time == -(-words // 238)


def test_no_author_on_a_page_without_byline() -> None:
    metadata, _ = run("Bridge opens at last\n" + PARAGRAPHS["en"])
    assert metadata.author is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: 5:30am, 12 Jun 2024", "2024-06-12T05:30"),
        ("June 12, 2024", "2024-06-12"),
        ("12.06.2024", "2024-06-12"),
        ("Updated 3:05pm, 13 Jun 2024", "2024-06-13T15:05"),
        ("12. Juni 2024, 14:30 Uhr", "2024-06-12T14:30"),
        ("Publié le 12 juin 2024 à 14h30", "2024-06-12T14:30"),
        ("12 de junio de 2024", "2024-06-12"),
        ("12 giugno 2024", "2024-06-12"),
        ("2024年6月12日", "2024-06-12"),
        ("2024. 6. 12.", "2024-06-12"),
        ("2024.06.12 14:30", "2024-06-12T14:30"),
        ("12. 6. 2024", "2024-06-12"),
        ("2018-12-21T12:55:00Z", "2018-12-21T12:55:00+00:00"),
        ("Apr 16, 2015 8:02 pm UTC", "2015-04-16T20:02+00:00"),
    ],
)
def test_dates_in_many_formats_and_languages(line: str, iso: str) -> None:
    found = find_date(line, "en")
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("line", ["Version 2024.1.2", "release 2023.12.01.1", "Build 1.2.2024.3"])
def test_version_numbers_are_no_dates(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "237. ^ \"About Metlink\". Retrieved 27 December 2016.",
        "Archived from the original on 2014-03-28. Retrieved 2014-03-27.",
        "Abgerufen am 3. März 2015.",
        "Consulté le 12 juin 2024",
        "Consultado el 12 de junio de 2024",
    ],
)
def test_a_citations_access_date_is_not_a_date_of_the_page(line: str) -> None:
    assert find_date(line) is None
    assert run(f"{PARAGRAPHS['en']}\n\n{line}")[0].date is None


def test_a_date_before_a_citation_marker_is_still_found() -> None:
    found = find_date("Published 12 June 2024 (retrieved from the archive)")
    assert found is not None and found.iso == "2024-06-12"


@pytest.mark.parametrize(
    ("language", "updated", "published"),
    [
        ("en", "Updated: 14 June 2024", "Published: 12 June 2024"),
        ("de", "Aktualisiert: 14. Juni 2024", "Veröffentlicht: 12. Juni 2024"),
        ("fr", "Mis à jour le 14 juin 2024", "Publié le 12 juin 2024"),
        ("es", "Actualizado: 14 de junio de 2024", "Publicado: 12 de junio de 2024"),
    ],
)
def test_published_date_is_preferred_over_updated(language: str, updated: str, published: str) -> None:
    metadata, _ = run(f"Bridge opens at last\n{updated}\n{published}\n{PARAGRAPHS[language]}")
    assert metadata.date == "2024-06-12"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Reuters", ["Jane Doe"]),
        ("Words by Jane Doe", ["Jane Doe"]),
        ("Von Max Mustermann", ["Max Mustermann"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Por César Salza", ["César Salza"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("By Jane Doe | June 12, 2024", ["Jane Doe"]),
        ("Par ailleurs, le pont est fermé", []),
        ("By the end of the year", []),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert prefixed_byline(line) == names


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Smoke over the city on June 4. Photo: AFP", "AFP"),
        ("A man walks past. (Reuters)", "Reuters"),
        ("The first map of the moon's geology. ( NASA/JPL-Caltech )", "NASA/JPL-Caltech"),
        ("You can help by adding to it. ( February 2018 )", None),  # a template's dated note
        ("You can help by adding to it. (February 2018)", None),
        # a sentence of its own in brackets is an aside; initials are the writer's credit
        ("They even offered him free samples. (He passed.)", None),
        ("The band played on. ( Nobody left early! )", None),
        ("The action scenes carry the film. (A.H.)", "A.H"),
        ("Demonstranten in Berlin. Foto: dpa", "dpa"),
        ("Le président à Paris. Crédit photo : Jean Dupont", "Jean Dupont"),
        ("El presidente en Madrid. Imagen: EFE", "EFE"),
        ("Smoke rises. AFP via Getty Images", "AFP via Getty Images"),
        ("Image Credit: NASA", "NASA"),
        ("Traders on the floor of the exchange, November 18. REUTERS/Jane Doe", "REUTERS/Jane Doe"),
        ("Manifestantes en Madrid. EFE/Juan Carlos Pérez", "EFE/Juan Carlos Pérez"),
        ("Crowds at the rally. (AP Photo/John Roe)", "AP Photo/John Roe"),
        ("The senator at the Capitol on July 25. Jane Doe / AP file", "Jane Doe / AP file"),
        # a marker and an ellipsis where the page hides the colon ("Credit...Name")
        ("The senator at the Capitol on July 25.Credit...Jane Doe/The Daily", "Jane Doe/The Daily"),
        ("Der Bürgermeister in Bonn. Foto… Max Mustermann", "Max Mustermann"),
        ("The source... was never found", None),
        # a credit in square brackets: an agency, maybe after a label, or "X via Y"
        ("US troops remain in Afghanistan, 18 years after the invasion [File: Reuters]", "File: Reuters"),
        ("A concept for a lunar lander [SpaceX via Nasa]", "SpaceX via Nasa"),
        ("Manifestantes frente al Congreso en Madrid [Foto: EFE]", "Foto: EFE"),
        ("Des manifestants au Caire [Jean Dupont/AFP]", "Jean Dupont/AFP"),
        ("Why Can't She Sing Her Own Songs? It's Complicated [Bloomberg]", None),  # a round-up's source
        ("Origins [ edit ]", None),
        ("The claim was repeated [citation needed]", None),
        ("He went there [with AP]", None),
        ("He said it was on the map", None),
        # who gave a local paper the picture, after the name
        ("Jane Roe Submitted photo", "Jane Roe Submitted photo"),
        ("The new bridge at dusk. Courtesy photo", "Courtesy photo"),
        ("We looked at the submitted photo", None),
        ("She kept the submitted photo.", None),
        ("Sales grew 5% and/or more in the third quarter, Chief Executive Jane Doe said", None),
    ],
)
def test_caption_credits(line: str, credit: str | None) -> None:
    split = split_credit(line)
    assert (split[1] if split else None) == credit


_DIAGRAM = (
    "Functional areas of the module: (1) private quarters, (2) exercise, (3) hygiene and waste, (4) "
    "dining, (5) workstation, (6) galley. In general, the habitat is divided into two zones: the "
    "quarters used during the entire mission, and the volumes for the wardroom and the workstation, "
    "food preparation and eating, waste collection and hygiene, exercise, medical, operational and "
    "maintenance purposes that are only used while the crew is awake and active."
)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (f"{_DIAGRAM} Credit: ESA", "ESA"),  # 76 words: a diagram described part by part
        (f"{_DIAGRAM} (Image credit: ESA)", "ESA"),
        (f"{_DIAGRAM} Source: ESA", None),  # a paragraph may name its source so
        (f"{_DIAGRAM} Photo: ESA", None),
        (f"{_DIAGRAM} Jane Doe/AFP", None),
        (f"{_DIAGRAM} {_DIAGRAM} Credit: ESA", None),  # 150 words: a paragraph
    ],
)
def test_long_captions_need_a_credit_label(line: str, credit: str | None) -> None:
    assert MAX_CAPTION_WORDS < len(line.split()) <= 2 * MAX_LABELLED_CAPTION_WORDS
    split = split_credit(line)
    assert (split[1] if split else None) == credit


@pytest.mark.parametrize(
    ("line", "minutes"),
    [
        ("Reading Time:3 minutes", 3),
        ("4 min read", 4),
        ("Lesezeit: 5 Min.", 5),
        ("Temps de lecture : 3 min", 3),
        ("Tiempo de lectura: 6 minutos", 6),
        ("The meeting lasted 4 minutes", None),
    ],
)
def test_stated_reading_time(line: str, minutes: int | None) -> None:
    assert stated_reading_time(line) == minutes


@pytest.mark.parametrize(
    ("title", "tag", "expected"),
    [
        ("Opinion | Why the US is going soft", False, ("Why the US is going soft", "Opinion", None)),
        (
            "Bridge opens at last | The Daily Example",
            True,
            ("Bridge opens at last", None, "The Daily Example"),
        ),
        (
            "Meinung | Die Brücke ist endlich offen | Beispiel Zeitung",
            True,
            ("Die Brücke ist endlich offen", "Meinung", "Beispiel Zeitung"),
        ),
        ("Review: a console that keeps up", False, ("Review: a console that keeps up", None, None)),
    ],
)
def test_split_title(title: str, tag: bool, expected: tuple[str, str | None, str | None]) -> None:
    assert split_title(title, tag) == expected


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("© 2024 The Daily Example. All rights reserved.", "The Daily Example"),
        ("Copyright © 2015-2024 Beispiel Medien GmbH", "Beispiel Medien"),
        ("© Le Monde 2024", "Le Monde"),
        # a dot inside a word does not end the name; a full stop does
        ("Copyright Folha de S.Paulo. Todos os direitos reservados.", "Folha de S.Paulo"),
        ("© Example.fr | Mentions légales", "Example.fr"),
        # "by individual contributors" names nobody: a holder's name is capitalised
        ("Portions of this content are ©1998–2015 by individual contributors.", None),
        ("© 2024 example.org", "example.org"),
    ],
)
def test_sitename_from_copyright(line: str, site: str | None) -> None:
    assert from_copyright_line(line) == site


@pytest.mark.parametrize(
    ("header", "site"),
    [
        (['[](https://dailyexample.com "Daily Example Homepage")', "* [News](/news/)"], "Daily Example"),
        (["[![Daily Example Logo](https://cdn.example.net/logo.png)](/)"], "Daily Example"),
        (["Skip to main content", "  The Daily Example - Back to home", "    * News"], "The Daily Example"),
        (['[![Seal](/seal.png)](/ "Return to the Daily Example home page")'], "Daily Example"),
        # a sister site's front page, a front page's variant, a link inside a sentence: no name
        (["  * [Other Paper](//otherpaper.com)", "[a](https://dailyexample.com/x/) [](//dailyexample.com)"],
         None),
        (["  * [ US Edition ](/?edition=us)"], None),
        # a link without an address (HTML's links are written so) leads nowhere known
        (["* [Home]()", "* [News]()"], None),
        (["We wrote about it on [Daily Example](/) last week, and then again the week after."], None),
        # a bare "Home" ends menu lines; "Go to X" leads to a section or a profile
        (["  example.org Home", '[](/about "Go to About us")'], None),
    ],
)
def test_sitename_from_home_link(header: list[str], site: str | None) -> None:
    assert from_home_link(header) == site


@pytest.mark.parametrize("unit", ["![x](", "[![a", "[a](/ "])
def test_home_link_time_grows_with_the_line(unit: str) -> None:
    # a header line of many unclosed links: each must not scan to the line's end (was quadratic)
    def seconds(count: int) -> float:
        line = "[](" + unit * count
        start = time.process_time()
        from_home_link([line, line])
        return time.process_time() - start

    assert_linear(seconds, 2_000, 8_000)


def test_home_link_names_the_site_over_the_publishers_copyright() -> None:
    import articlean

    page = "\n\n".join(
        [
            '[](https://dailyexample.com "Daily Example Homepage")',
            "# A Headline About Rivers",
            PARAGRAPHS["en"],
            "© 2024 Example Holdings Inc. All rights reserved.",
        ]
    )
    assert articlean.clean(page).metadata.sitename == "Daily Example"


def test_every_relabelled_line_is_in_the_ledger_with_its_field() -> None:
    import articlean

    result = articlean.clean(DUMPS["fr"].format(body=PARAGRAPHS["fr"]))
    by_text = {entry.text: entry for entry in result.ledger}
    if result.metadata.author:
        assert by_text["Par Jean Dupont, AFP"].label is Label.BYLINE
    assert len(result.ledger) == len(DUMPS["fr"].format(body=PARAGRAPHS["fr"]).strip("\n").splitlines())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sarah Archer", ("Sarah Archer", False)),
        ("James Akinaka • 8h", ("James Akinaka", True)),
        ("Alex Perry 1 day ago", ("Alex Perry", True)),
        ("Max Mustermann vor 2 Stunden", ("Max Mustermann", True)),
        ("Jean Dupont il y a 3 heures", ("Jean Dupont", True)),
        ("Ana García hace 5 horas", ("Ana García", True)),
        ("Mario Rossi 2 ore fa", ("Mario Rossi", True)),
        ("Daniel Kahn Gillmor, Senior Staff Writer", ("Daniel Kahn Gillmor", True)),
        ("Max Mustermann, Korrespondent", ("Max Mustermann", True)),
        ("Jean Dupont, envoyé spécial", ("Jean Dupont", True)),
        ("Our Foreign Staff", None),
        # photo credits and pagination links are no names
        ("JIM WATSON/AFP/Getty Images", None),
        ("Benoit Tessier/Reuters", None),
        ("Older Article", None),
        ("Share Tweet Share", None),
        ("Opinion", None),
        ("The bridge opens today", None),
    ],
)
def test_bare_names(line: str, expected: tuple[str, bool] | None) -> None:
    assert bare_name(line) == expected


def test_a_bare_name_above_a_date_is_the_byline_in_three_languages() -> None:
    for language, date_line, iso in [
        ("en", "June 12, 2024", "2024-06-12"),
        ("de", "12.06.2024", "2024-06-12"),
        ("fr", "12 juin 2024", "2024-06-12"),
    ]:
        titles = {"en": "Bridge opens at last", "de": "Die Brücke ist offen", "fr": "Le pont est ouvert"}
        title = titles[language]
        metadata, labels = run(f"Menu\n{title}\nCésar Salza\n{date_line}\n{PARAGRAPHS[language]}")
        assert metadata.author == "César Salza", language
        assert labels["César Salza"] == "author"
        assert metadata.date == iso


def test_a_name_among_common_words_is_no_byline() -> None:
    # "Consumer Electronics" over a date is a section label: the page writes its words in lowercase.
    shoppers = "Shoppers bought more consumer electronics than ever before this year, the shops said."
    body = PARAGRAPHS["en"] + "\n" + shoppers
    metadata, _ = run(f"Bridge opens at last\nConsumer Electronics\nJune 12, 2024\n{body}")
    assert metadata.author is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("// By Arun Sai Krishnan • Nov 11, 2020", ["Arun Sai Krishnan"]),
        ("on March 10, 2015 by Nikhil Marathe", ["Nikhil Marathe"]),
        ("by Laura June Topolsky July 10, 2015", ["Laura June Topolsky"]),
        ("By Erin Cunningham March 18 at 3:57 PM", ["Erin Cunningham"]),
        (
            "Por Steven Lee Myers, Keith Bradsher y Tariq Panja",
            ["Steven Lee Myers", "Keith Bradsher", "Tariq Panja"],
        ),
    ],
)
def test_more_byline_forms(line: str, names: list[str]) -> None:
    assert prefixed_byline(line) == names


@pytest.mark.parametrize(
    ("line", "language", "iso"),
    [
        ("11.03.17 in Gadgetry", "en", "2017-11-03"),
        ("11.03.17", "de", "2017-03-11"),
        ("03.11.17", "fr", "2017-11-03"),
        ("Version 1.2.3 released", "en", None),
    ],
)
def test_two_digit_year_dates_alone_on_a_line(line: str, language: str, iso: str | None) -> None:
    found = short_numeric_date(line, language)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    "line",
    [
        "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST",
        "Mo 3. Juni 2019, 14:30 Uhr, aktualisiert Di 4. Juni 2019",
        "Yahoo FinanceOctober 13, 2016",
    ],
)
def test_datelines_with_weekdays_zones_and_updates(line: str) -> None:
    found = find_date(line, "en")
    assert found is not None and is_date_line(line, found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (PARAGRAPHS["en"], "en"),
        (PARAGRAPHS["de"], "de"),
        (PARAGRAPHS["fr"], "fr"),
        (PARAGRAPHS["es"], "es"),
        # Code and formulas: one-letter words are in many stoplists and tell nothing.
        ("When a ≠ 0 there are two solutions to a x 2 + b x + c = 0 and they are given by the formula", "en"),
        ("新しい橋は来年の春に開通する予定です。", "ja"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["deep text here", "Menu Home Search", "", "12 34 56"])
def test_too_few_stopwords_of_one_language_name_none(text: str) -> None:
    # "deep text here": three words, each in the stoplist of a different language, are no evidence.
    assert detect_language(text) is None


def test_the_headline_shares_the_article_words_not_the_related_links() -> None:
    text = "\n".join(
        [
            "Menu",
            "Ferry fares to rise in the spring",
            "Council elections next month",
            "Bridge opens to traffic after years of delays",
            "Share on Facebook",
            *PARAGRAPHS["en"].splitlines(),
        ]
    )
    metadata, _ = run(text)
    assert metadata.title == "Bridge opens to traffic after years of delays"


def test_a_headline_far_above_its_byline_is_found() -> None:
    widgets = "\n".join(f"Share option {number}" for number in range(30))
    headline = "Neue Brücke soll im Frühjahr eröffnet werden"
    text = f"Menu\n{headline}\nVon Max Mustermann\n{widgets}\n{PARAGRAPHS['de']}"
    metadata, _ = run(text)
    assert metadata.title == "Neue Brücke soll im Frühjahr eröffnet werden"
    assert metadata.author == "Max Mustermann"


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_word_count_counts_the_words_of_the_body(language: str) -> None:
    import articlean

    result = articlean.clean(DUMPS[language].format(body=PARAGRAPHS[language]).encode())
    assert result.text == "\n\n".join(PARAGRAPHS[language].splitlines())
    assert result.word_count == len(PARAGRAPHS[language].split())  # no apostrophes or dashes here


def test_a_declared_site_name_is_taken_without_reading_the_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page's declared site name is the metadata's (HTML hints win): the readers of the lines,
    which could only be overruled, are not asked; without one they are."""
    from articlean import sitenames

    text = "Bridge opens at last\n" + PARAGRAPHS["en"] + "\n© 2024 The Daily Example"
    assert run(text)[0].sitename == "The Daily Example"

    def unread(*_: object) -> str:
        raise AssertionError("the lines were read for the site's name")

    monkeypatch.setattr(sitenames, "from_copyright", unread)
    monkeypatch.setattr(sitenames, "from_home_link", unread)
    assert run(text, hints=Metadata(sitename="Example News"))[0].sitename == "Example News"
    with pytest.raises(AssertionError, match="site's name"):
        run(text)

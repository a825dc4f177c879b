"""Titles: the headline of a text dump, and the title an HTML page declares, in several languages."""

from __future__ import annotations

import time

import pytest

import articlean
from articlean import doccache
from articlean.headlines import shape_ok
from articlean.htmltitles import declared_title, json_ld_headline, meta_values
from articlean.model import InputFormat, Options
from articlean.segment import segment
from articlean.titleparts import tag_prefixes, without_site
from test_metadata import PARAGRAPHS, run
from timing import assert_linear


def assert_headline(text: str, headline: str) -> dict[str, str]:
    """The dump's title is ``headline``, taken from its own line; the labels of its lines."""
    metadata, labels = run(text)
    assert metadata.title == headline
    assert labels[headline] == "title"
    return labels

# Articles that keep naming their one-word subject, as encyclopedia entries do.
NAMED = {
    "en": (
        "Copenhagen",
        "Copenhagen is the capital of Denmark and Copenhagen has grown along the harbour for "
        "centuries, so that most of Copenhagen now lies on the islands of Zealand and Amager.\n"
        "The city council of Copenhagen said this year that the harbour baths of Copenhagen were "
        "visited by more people than ever before during the long summer.",
    ),
    "de": (
        "Zürich",
        "Zürich ist die größte Stadt der Schweiz, und Zürich liegt am nördlichen Ende des Sees, "
        "weshalb Zürich seit dem Mittelalter ein wichtiger Handelsplatz gewesen ist.\n"
        "Der Stadtrat von Zürich hat in diesem Jahr beschlossen, dass die Seebäder in Zürich auch "
        "im Herbst geöffnet bleiben sollen, wenn das Wetter es erlaubt.",
    ),
    "fr": (
        "Lyon",
        "Lyon est située au confluent du Rhône et de la Saône, et Lyon a longtemps vécu de la soie, "
        "si bien que les pentes de Lyon gardent encore les ateliers des canuts.\n"
        "La métropole de Lyon a annoncé cette année que les quais de Lyon seraient fermés aux "
        "voitures tous les dimanches pendant la saison d'été.",
    ),
}


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_one_word_subject_the_article_keeps_naming_is_the_title(language: str) -> None:
    name, body = NAMED[language]
    metadata, labels = run(f"Menu\n{name}\n{body}")
    assert metadata.title == name
    assert labels[name] == "title"
    assert labels["Menu"] != "title"


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_a_one_word_label_is_no_title(language: str) -> None:
    metadata, labels = run(f"Menu\nSport\n{PARAGRAPHS[language]}")
    assert metadata.title is None
    assert labels["Sport"] != "title"


# The <title> line, and the page's own heading above a byline that says the same in other words.
FIRST_LINES = {
    "en": (
        "Bridge to open next spring | The Daily Example",
        "Council says the steel sections of the bridge are in place",
    ),
    "de": (
        "Neue Brücke im Frühjahr für den Verkehr frei - Tageblatt",
        "Stadtrat: die letzten Stahlteile der Brücke sind eingesetzt",
    ),
    "fr": (
        "Le nouveau pont ouvrira au printemps – Le Quotidien",
        "Les dernières pièces en acier du pont sont posées",
    ),
    "es": (
        "El puente se abrirá al tráfico en primavera | Diario Ejemplo",
        "Las últimas piezas de acero del puente ya están colocadas",
    ),
}


@pytest.mark.parametrize("language", sorted(FIRST_LINES))
def test_a_first_line_with_a_site_suffix_is_the_page_title(language: str) -> None:
    """Scrapers print the <title> first; when no line repeats its headline, it is the title."""
    first, heading = FIRST_LINES[language]
    metadata, labels = run(f"{first}\nMenu\n{heading}\nBy Jane Doe\n{PARAGRAPHS[language]}")
    headline, site = first.rsplit(" ", 1)[0], first.split(" ")[-1]
    assert metadata.title is not None and metadata.sitename is not None
    assert first == f"{metadata.title} {first[len(metadata.title) + 1]} {metadata.sitename}"
    assert site in metadata.sitename and headline.startswith(metadata.title)
    assert labels[first] == "title"
    assert labels[heading] != "title"


SECTIONS = {
    "en": ("Posted by jane on 2019-02-15", "Friday notes", "Engineers lifted the last steel sections"),
    "de": ("Von Max Muster, 15.02.2019", "Notizen am Freitag", "Ingenieure setzen Stahlteile ein"),
    "fr": ("Par Jean Dupont", "Notes du vendredi", "Les ingénieurs posent les pièces en acier du pont"),
}


@pytest.mark.parametrize("language", sorted(SECTIONS))
def test_a_section_heading_under_the_byline_is_not_the_headline(language: str) -> None:
    """The heading of the first section shares the article's words, but it stands under the byline."""
    byline, headline, section = SECTIONS[language]
    text = "\n".join(["Menu", headline, byline, section, *PARAGRAPHS[language].splitlines()])
    metadata, labels = run(text)
    assert metadata.title == headline
    assert labels[section] != "title"


def test_a_sentence_is_not_a_headline() -> None:
    quote = "The bridge will open next spring, the council said on Tuesday."
    metadata, labels = run(f"Menu\n{quote}\n{PARAGRAPHS['en']}")
    assert metadata.title != quote
    assert labels[quote] != "title"


@pytest.mark.parametrize("line", ["# Bridge opens at last", "## Bridge opens at last ##"])
def test_a_plain_dump_headline_loses_its_heading_marks(line: str) -> None:
    # one heading is too little to read the dump as markdown, but "#" is no part of the headline
    metadata, labels = run(f"{line}\n{PARAGRAPHS['en']}")
    assert metadata.title == "Bridge opens at last"
    assert labels[line] == "title"


def test_a_documentation_headline_loses_its_permalink_mark() -> None:
    metadata, _ = run(f"Bridge opens at last¶\n{PARAGRAPHS['en']}")
    assert metadata.title == "Bridge opens at last"


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        # an embedded post's tail, a link printed as text: no headline
        ("*Snaps of the week pic.twitter.com/AbC123xyz", False),
        ("Read the report at https://example.org now", False),
        ("Amazon.com posts record sales", True),
        ("AC/DC announce a new tour", True),
        ("Bridge opens at last — www.example.com", True),
    ],
)
def test_a_line_with_a_web_address_is_no_headline(line: str, shaped: bool) -> None:
    assert shape_ok(segment([line])[0]) is shaped


def test_a_title_line_with_its_host_keeps_the_headline() -> None:
    metadata, _ = run(f"Bridge opens at last — www.example.com\n{PARAGRAPHS['en']}")
    assert metadata.title == "Bridge opens at last"


def test_a_hashtag_headline_keeps_its_hash() -> None:
    metadata, _ = run(f"#MeToo five years on\n{PARAGRAPHS['en']}")
    assert metadata.title == "#MeToo five years on"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Bridge opens at last | The Daily Example", None, "Bridge opens at last"),
        ("Tite diz que errou ao levar taça a Lula em 2012 - 21/12/2018 - Esporte - Folha", None,
         "Tite diz que errou ao levar taça a Lula em 2012"),
        ("Neuseeland - Wikipedia", "Wikipedia", "Neuseeland"),
        # the last part is the longest: no site suffix
        ("Mozilla - Wikipedia", None, "Mozilla - Wikipedia"),
        # only trailing parts go; a leading one stays
        ("Opinion | Why the bridge is late", None, "Opinion | Why the bridge is late"),
        # an underscore is no title separator here ("_Site" is kept)
        ("宇航员在太空中喝酒会怎么样 _光明网", None, "宇航员在太空中喝酒会怎么样 _光明网"),
        ("Le pont ouvrira au printemps", "Le Quotidien", "Le pont ouvrira au printemps"),
    ],
)
def test_without_site(title: str, site: str | None, expected: str) -> None:
    assert without_site(title, site) == expected


def page(head: str, body: str = "<p>Text.</p>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_the_json_ld_headline_of_the_article_comes_first() -> None:
    script = (
        '<script type="application/ld+json">//<![CDATA[\n'
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Tageblatt"},'
        ' {"@type": ["NewsArticle"], "headline": "Neue Brücke &amp; alte Sorgen"}]}\n//]]></script>'
    )
    html = page(f'<title>Brücke | Tageblatt</title><meta property="og:title" content="Brücke">{script}')
    assert json_ld_headline(html) == "Neue Brücke & alte Sorgen"
    assert declared_title(html) == "Neue Brücke & alte Sorgen"


def test_meta_title_lists_and_their_order() -> None:
    html = page(
        '<title>Title Element</title><meta property="og:title twitter:title" content="Un titre">'
        '<meta property="x:title dc:title" content="Le titre préféré">'
    )
    assert meta_values(html)["twitter:title"] == "Un titre"
    assert declared_title(html) == "Le titre préféré"


def test_title_element_without_its_site_and_the_one_h1_last() -> None:
    named = page(
        '<meta property="og:site_name" content="El Diario">'
        "<title>El puente abrirá en primavera - El Diario</title>",
        "<h1>El Diario</h1>",
    )
    assert declared_title(named) == "El puente abrirá en primavera"
    assert declared_title(page("", "<h1>Le <em>pont</em> ouvrira</h1>")) == "Le pont ouvrira"
    assert declared_title(page("", "<h1>One</h1><h1>Two</h1>")) is None
    assert declared_title("<html><h1>unclosed" + "x" * 10_000) is None


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        ("Bridge opens at last | The Daily Example", "The Daily Example", "Bridge opens at last"),
        ("Die Brücke ist fertig – Tageblatt", "Tageblatt", "Die Brücke ist fertig"),
        ("欲張りなイヌ ＜福娘童話集＞", "福娘童話集", "欲張りなイヌ ＜福娘童話集＞"),
    ],
)
def test_html_input_takes_the_declared_title_over_a_site_name_h1(title: str, h1: str, expected: str) -> None:
    body = f"<h1>{h1}</h1>" + "".join(f"<p>{line}</p>" for line in PARAGRAPHS["en"].splitlines())
    html = page(f"<title>{title}</title>", body)
    result = articlean.clean(html.encode(), Options(input_format=InputFormat.HTML))
    assert result.metadata.title == expected


LONG_HEADLINES = {
    "en": ("How the new bridge over the river was finally finished after ten long years", "12 June 2024"),
    "de": ("Wie die neue Brücke über den Fluss nach zehn langen Jahren endlich fertig wurde", "12.06.2024"),
    "fr": ("Le nouveau pont ouvert à la circulation au printemps après des années de retard", "12 juin 2024"),
}


@pytest.mark.parametrize("language", sorted(LONG_HEADLINES))
def test_a_headline_the_classifier_kept_is_found_over_its_dateline(language: str) -> None:
    """A long headline labelled body opens the article span; the dateline right under it says it is
    the headline, not the consent prompt above."""
    headline, dateline = LONG_HEADLINES[language]
    lines = ["Menu", "Please accept our privacy terms", headline, dateline, PARAGRAPHS[language]]
    assert_headline("\n".join(lines), headline)


HEADLINES_BY_LANGUAGE = {
    "en": "Bridge to open next spring",
    "de": "Neue Brücke öffnet im Frühjahr",
    "fr": "Le nouveau pont ouvrira au printemps",
    "es": "El puente abrirá en primavera",
}


@pytest.mark.parametrize(
    ("language", "kicker", "line"),
    [
        ("en", "Opinion", "Opinion | Bridge to open next spring"),
        ("de", "Wirtschaft", "Wirtschaft"),
        ("fr", "Politique", "Politique |"),
        ("es", "Deportes", "Deportes"),
    ],
)
def test_the_section_kicker_is_a_category(language: str, kicker: str, line: str) -> None:
    headline = HEADLINES_BY_LANGUAGE[language]
    lines = [line] if "|" in line and line.split("|")[1].strip() else [line, headline]
    metadata, labels = run("\n".join(["Menu", *lines, "By Jane Doe", PARAGRAPHS[language]]))
    assert kicker in metadata.categories
    assert labels[line] in ("title", "categories")
    assert metadata.title is not None and kicker not in metadata.title



# A blog prints its name, then the post's date, then the post's title over the first paragraph.
BLOG_DATES = {"en": "Sunday, May 8, 2016", "de": "Sonntag, 8. Mai 2016", "fr": "Dimanche 8 mai 2016"}


@pytest.mark.parametrize("language", sorted(BLOG_DATES))
def test_a_post_title_under_its_date_is_the_headline_not_the_blog_name_over_it(language: str) -> None:
    blog, date, post = "Bridge Blog", BLOG_DATES[language], SECTIONS[language][2]
    metadata, labels = run("\n".join([blog, date, post, PARAGRAPHS[language]]))
    assert (metadata.title, labels[blog]) == (post, "boilerplate")
    # under "Name / Follow / date" the date is the byline block of the headline above it, and the
    # line under the date is the first section's heading
    headline = HEADLINES_BY_LANGUAGE[language]
    lines = [headline, "Jane Doe", "Follow", date, post, PARAGRAPHS[language]]
    labels = assert_headline("\n".join(lines), headline)
    assert labels[post] != "title"


RELATED = {
    "en": "Ten recipes for a quick summer dinner with friends",
    "de": "Zehn Rezepte für ein schnelles Abendessen im Sommer",
    "fr": "Dix recettes pour un dîner d'été vite préparé",
}
# The article quotes a person twice; a line that is only that name sits right above it (an author box).
QUOTED = {
    "en": "Anna Weber, who chairs the committee, said the delays were over; Anna Weber thanked them.",
    "de": "Anna Weber, die den Ausschuss leitet, sagte, die Verzögerungen seien vorbei; Anna Weber dankte.",
    "fr": "Anna Weber, qui préside la commission, a dit que les retards étaient finis; Anna Weber a salué.",
}


def decoy_dump(kind: str, language: str) -> tuple[str, str, str]:
    """(dump, headline, decoy): a page whose line ``decoy`` is nearer the article than its headline."""
    headline, paragraphs = HEADLINES_BY_LANGUAGE[language], PARAGRAPHS[language]
    fillers = [f"Item {number}" for number in range(60)]
    if kind == "related story printed twice":  # repeating counts only for a line about the article
        decoy = RELATED[language]
        lines = [headline, *fillers[:12], decoy, "Read on", decoy]
    elif kind == "name with a handle":  # a byline: the headline stands over it, however far
        decoy = "Jane Doe, @janedoe"
        lines = [*fillers[:5], headline, decoy, *fillers[5:]]
    else:  # a name alone: rarely a headline, even a name the article mentions
        decoy = "Anna Weber"
        lines, paragraphs = [headline, *fillers[:8], decoy], f"{paragraphs}\n{QUOTED[language]}"
    return "\n".join(["Menu", *lines, paragraphs]), headline, decoy


@pytest.mark.parametrize("kind", ["related story printed twice", "name with a handle", "name alone"])
@pytest.mark.parametrize("language", sorted(RELATED))
def test_a_line_nearer_the_article_is_not_the_headline(kind: str, language: str) -> None:
    text, headline, decoy = decoy_dump(kind, language)
    assert assert_headline(text, headline)[decoy] != "title"


@pytest.mark.parametrize("language", sorted(NAMED))
def test_the_title_tag_headline_far_above_the_article_is_found(language: str) -> None:
    """An encyclopedia prints "Name - Site" first, then its heading, then a long infobox."""
    name, body = NAMED[language]
    infobox = [f"Field {number}" for number in range(60)]
    assert_headline("\n".join([f"{name} - Encyclopedia", name, *infobox, body]), name)


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_the_first_part_of_a_long_title_tag_is_the_headline(language: str) -> None:
    """"Headline - Chapter 1 - Author - Series | Site": the headline comes first, even when shorter
    than a later part; the line printing it near the article is the title."""
    headline = HEADLINES_BY_LANGUAGE[language]
    tag = f"{headline} - Ch 1 - TheLongCollectedBridgeSeriesByJaneDoe | Archive"
    fillers = [f"Item {number}" for number in range(40)]
    lines = [tag, *fillers, f"{headline} series", "By Jane Doe", *fillers[:20], headline]
    text = "\n".join([*lines, PARAGRAPHS[language]])
    assert_headline(text, headline)


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_a_first_line_that_starts_the_first_paragraph_is_the_title(language: str) -> None:
    """A page without a headline: its <title> is the start of its text, printed first."""
    paragraph = PARAGRAPHS[language].splitlines()[0]
    opening = " ".join(paragraph.split()[:13])  # long enough to be labelled body
    assert_headline(f"{opening}\n{PARAGRAPHS[language]}", opening)
    metadata, _ = run(PARAGRAPHS[language])
    assert metadata.title is None


@pytest.mark.parametrize("language", sorted(HEADLINES_BY_LANGUAGE))
def test_a_site_first_title_tag_points_at_the_headline_not_the_site(language: str) -> None:
    """"Site - Section - Headline": the site's name line (a logo) is no headline, the last part is."""
    headline = HEADLINES_BY_LANGUAGE[language]
    tag = f"The Daily Example - World - {headline}"
    lines = [tag, "The Daily Example", "Menu", headline, PARAGRAPHS[language]]
    assert assert_headline("\n".join(lines), headline)["The Daily Example"] != "title"


SERIES = [
    "Stage 1: bridge deck lifted in March",
    "Stage 2: road surface laid over the winter",
    "Stage 3: bridge opens to traffic in spring",
]


def test_a_numbered_item_of_a_series_is_not_the_headline() -> None:
    """A list of numbered lines at the top of an article (a cleaned body starts so) has no title."""
    metadata, labels = run("\n\n".join([*SERIES, *PARAGRAPHS["en"].splitlines()]))
    assert metadata.title is None
    assert all(labels[item] != "title" for item in SERIES)


def test_the_re_check_keeps_a_numbered_series_under_the_headline() -> None:
    """The stability re-check cleans a body that starts with the series: it took one item after the
    other for the title (recheck-title). The items stay, and cleaning the body again changes nothing."""
    headline = "New bridge to open next spring"
    dump = "\n\n".join(["Menu", headline, "By Jane Doe", *SERIES, *PARAGRAPHS["en"].splitlines()])
    text = Options(input_format=InputFormat.TEXT)
    result = articlean.clean(dump, text)
    assert result.metadata.title == headline
    assert not [entry for entry in result.ledger if entry.reason == "recheck-title"]
    assert SERIES[1] in result.text and SERIES[2] in result.text
    assert articlean.clean(result.text, text).text == result.text


def test_tag_prefixes_time_grows_with_the_line() -> None:
    # a first line of thousands of separators: each run of leading parts was normalised whole
    def seconds(count: int) -> float:
        line = "a: 1 " * count
        doccache.clear()  # each part's form is remembered: time the work, not the lookups
        start = time.process_time()
        tag_prefixes(line)
        return time.process_time() - start

    assert_linear(seconds, 1_000, 4_000, slack=0.02)


def test_tag_prefixes_reads_the_leading_runs_of_a_title_line() -> None:
    forms = tag_prefixes("Opinion | Bridge opens at last | The Daily Example")
    assert {"opinion", "opinion | bridge opens at last", "bridge opens at last | the daily example"} <= forms
    assert "the daily example" in forms


def test_a_declared_title_no_line_prints_wins_without_reading_the_header(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No line is a form of the page's own title: it is the title, and the header's bylines and
    datelines (which only pick candidates to compare with it) are not read."""
    from articlean import titles

    def unread(*_: object) -> set[int]:
        raise AssertionError("the header was read")

    monkeypatch.setattr(titles, "header_signals", unread)
    blocks = segment(["Menu", "Bridge works end", *PARAGRAPHS["en"].splitlines()])
    found = titles.find_title(blocks, 2, 3, "Council opens the new river bridge")
    assert found is not None and (found.text, found.block) == ("Council opens the new river bridge", None)


def test_a_line_that_prints_the_declared_title_is_the_headline() -> None:
    from articlean import titles

    blocks = segment(["Menu", "Council opens the new river bridge", *PARAGRAPHS["en"].splitlines()])
    assert titles._prints_form(blocks, tag_prefixes("Council opens the new river bridge | Example"))
    assert not titles._prints_form(blocks, tag_prefixes("Ferry fares to rise | Example"))
    found = titles.find_title(blocks, 2, 3, "Council opens the new river bridge")
    assert found is not None and found.block == 1

"""Descriptions: the standfirst under the headline, else the article's first paragraph."""

from __future__ import annotations

import pytest

import articlean
from articlean.metadata import extract_metadata
from articlean.metapage import Page
from articlean.model import Block, Document, InputFormat, Label, Options, Verdict
from articlean.segment import segment
from articlean.standfirsts import first_paragraph
from test_metadata import PARAGRAPHS, run

HEADLINES = {
    "en": "Bridge to open next spring",
    "de": "Neue Brücke öffnet im Frühjahr",
    "fr": "Le nouveau pont ouvrira au printemps",
}
STANDFIRSTS = {
    "en": "The council says the steel sections are in place and the road follows in winter.",
    "de": "Der Stadtrat sagt, die Stahlteile der Brücke seien eingesetzt, die Fahrbahn folge im Winter.",
    "fr": "Le conseil municipal annonce que les pièces en acier du pont sont posées cet hiver.",
}
# Lines pages print between the headline and the article that are not its standfirst.
NOT_STANDFIRSTS = {
    "en": ["Unfortunately, this video is not available in your region.", "Our Oceans Series Is Supported By"],
    "de": ["Dieses Video ist in Ihrem Land leider nicht verfügbar.", "Präsentiert von"],
    "fr": ["Malheureusement, cette vidéo n'est pas disponible dans votre pays.", "Une série soutenue par"],
}


@pytest.mark.parametrize("language", sorted(HEADLINES))
def test_the_headline_printed_again_is_skipped_for_the_standfirst(language: str) -> None:
    headline, standfirst = HEADLINES[language], STANDFIRSTS[language]
    text = "\n".join(["Menu", headline, "Share", headline, standfirst, "By Jane Doe", PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.title == headline
    assert metadata.description == standfirst
    assert labels[standfirst] == "description"
    # the standfirst under the first copy (a header over the main image), the title the second;
    # shorter than a paragraph, so that only its place makes it the standfirst
    standfirst = " ".join(standfirst.split()[:10]).rstrip(",") + "."
    image = [f"Image {number} of 6" for number in range(1, 7)]
    text = "\n".join(["Menu", headline, standfirst, *image, headline, "12 June 2024", PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert (metadata.description, labels[standfirst]) == (standfirst, "description")


SIGN_UPS = {
    "en": ("Subscribe to our newsletter", "Your guide to the new bridge, delivered to your inbox daily."),
    "de": ("Newsletter abonnieren", "Alles über die neue Brücke, jeden Morgen in Ihrem Postfach."),
    "fr": ("Newsletter", "Tout sur le nouveau pont, chaque matin par courriel."),
}


@pytest.mark.parametrize("language", sorted(NOT_STANDFIRSTS))
def test_prompts_and_sponsor_lines_are_no_standfirst(language: str) -> None:
    lines = NOT_STANDFIRSTS[language]
    text = "\n".join(["Menu", HEADLINES[language], *lines, PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.description == PARAGRAPHS[language].splitlines()[0]
    assert all(labels[line] != "description" for line in lines)
    # a sign-up box's blurb right before the byline: the prompt's, not the article's
    prompt, blurb = SIGN_UPS[language]
    text = "\n".join(["Menu", HEADLINES[language], prompt, blurb, "By Jane Doe", PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.description == PARAGRAPHS[language].splitlines()[0]
    assert labels[blurb] != "description"


@pytest.mark.parametrize(
    ("language", "related"),
    [
        ("en", "Ferry Fares To Rise Across The Harbour Next Spring"),
        ("de", "Fährpreise Steigen Im Frühjahr Über Den Hafen"),
        ("fr", "Les Tarifs Des Ferries Augmenteront Au Printemps Prochain"),
    ],
)
def test_another_story_s_headline_is_no_standfirst(language: str, related: str) -> None:
    text = "\n".join(["Menu", HEADLINES[language], related, PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.description != related
    assert labels[related] != "description"
    # over the byline too: a headline (the article's own printed again, or another story's) is dropped
    text = "\n".join(["Menu", HEADLINES[language], related, "By Jane Doe", PARAGRAPHS[language]])
    metadata, labels = run(text)
    assert metadata.description == PARAGRAPHS[language].splitlines()[0]
    assert labels[related] == "boilerplate"


@pytest.mark.parametrize(
    ("language", "opening"),
    [("en", "The bridge is finished."), ("de", "Die Brücke ist fertig."), ("fr", "Le pont est terminé.")],
)
def test_a_short_opening_sentence_is_the_first_paragraph(language: str, opening: str) -> None:
    """The article span starts at its first long paragraph; the short one the classifier kept
    before it still opens the article."""
    lines = ("Menu", HEADLINES[language], "", opening, "", *PARAGRAPHS[language].splitlines())
    blocks = segment(lines)
    verdicts = [
        Verdict(Label.BODY, 1.0, "prose")
        if block.text in (opening, *PARAGRAPHS[language].splitlines())
        else Verdict(Label.BOILERPLATE, 0.0, "short")
        for block in blocks
    ]
    metadata, _ = extract_metadata(Document(lines, InputFormat.TEXT), blocks, verdicts, Options())
    assert metadata.description == opening


def html_page(head: str, paragraphs: str) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in paragraphs.splitlines())
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()


@pytest.mark.parametrize("language", sorted(STANDFIRSTS))
def test_html_takes_the_article_s_declared_description_first(language: str) -> None:
    """The JSON-LD article's description, then the meta tags in Readability's order: Dublin Core and
    Open Graph before the ``description`` tag, which pages often fill with a search-engine blurb."""
    standfirst, paragraphs = STANDFIRSTS[language], PARAGRAPHS[language]
    blurb = '<meta name="description" content="News, sport and weather from the city.">'
    listed = f'<meta property="dc:description og:description" content="{standfirst}">'
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "description": "'
        + standfirst.replace("é", "&eacute;")
        + '"}</script>'
    )
    options = Options(input_format=InputFormat.HTML)
    for head in (blurb + listed, blurb + script, listed + '<meta name="twitter:description" content="Cut…">'):
        assert articlean.clean(html_page(head, paragraphs), options).metadata.description == standfirst
    assert articlean.clean(html_page(blurb, paragraphs), options).metadata.description.startswith("News")


def body_verdicts(blocks: list[Block], body: set[str]) -> list[Verdict]:
    return [
        Verdict(Label.BODY, 1.0, "prose") if block.text in body else Verdict(Label.BOILERPLATE, 0.0, "short")
        for block in blocks
    ]


def description(lines: tuple[str, ...], body: set[str]) -> str | None:
    """The description of a dump whose ``body`` lines the classifier kept."""
    blocks = segment(lines)
    document = Document(lines, InputFormat.TEXT)
    return extract_metadata(document, blocks, body_verdicts(blocks, body), Options())[0].description


def page_of(lines: tuple[str, ...], body: set[str], language: str) -> Page:
    blocks = segment(lines)
    verdicts = body_verdicts(blocks, body)
    return Page(blocks, verdicts, Document(lines, InputFormat.TEXT), 0, len(blocks) - 1, language)


# A first paragraph the dump printed in lines cut at its links (a link's text on a line of its own).
CUT_AT_LINKS = {
    "en": [
        "The council said the new bridge would open to traffic next spring, after years of delays in",
        "Riverside",
        "County that had angered residents on both banks.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr öffnet, trotz",
        "Verzögerungen",
        "Der Jahre, die Anwohner verärgert hatten.",
    ],
    "fr": [
        "Le conseil municipal a annoncé mardi que le nouveau pont ouvrira au printemps prochain, après des",
        "Années",
        "De retard qui ont fâché les riverains.",
    ],
}
SHORT_CUT = {
    "en": ["I work at", "Riverside Steel", "Works, which lifted the last sections into place."],
    "de": ["Ich arbeite bei", "Riverside Stahl", "Werke, die die letzten Teile eingesetzt haben."],
    "fr": ["Je travaille chez", "Riverside Acier", "Ouvrages, qui a posé les dernières pièces."],
}


@pytest.mark.parametrize("language", sorted(CUT_AT_LINKS))
def test_a_first_paragraph_cut_at_its_links_is_read_whole(language: str) -> None:
    paragraph = PARAGRAPHS[language].splitlines()[1]
    for cut in (CUT_AT_LINKS[language], SHORT_CUT[language]):
        lines = ("Menu", HEADLINES[language], "", *cut, "", paragraph)
        assert description(lines, {*cut, paragraph}) == " ".join(cut)
    # labels on lines of their own are not read as one paragraph
    labels = ["From Riverside News, the city paper", "Jump to navigation"]
    lines = ("Menu", HEADLINES[language], "", *labels, paragraph)
    assert description(lines, {*labels, paragraph}) == paragraph


@pytest.mark.parametrize("language", sorted(CUT_AT_LINKS))
def test_a_paragraph_that_breaks_off_is_passed_over(language: str) -> None:
    """The rest of a paragraph read as a caption: what is left breaks off on a stopword."""
    cut, paragraph = CUT_AT_LINKS[language][0], PARAGRAPHS[language].splitlines()[1]
    lines = ("Menu", HEADLINES[language], "", cut, "", "Image: Jane Doe", "", paragraph)
    assert description(lines, {cut, paragraph}) == paragraph
    # ... unless nothing else comes
    assert description(("Menu", HEADLINES[language], "", cut), {cut}) == cut


# A heading that ends no sentence, long enough for a paragraph, printed first or under a <title>
# worded otherwise (its first words, then another ending)
HEADINGS = {
    "en": (
        "Bridge vote: the council approves the budget for the crossing over the river tonight",
        "Bridge vote: the council approves the budget for the crossing",
    ),
    "de": (
        "Brückenvotum: Der Stadtrat billigt heute Abend das Budget für die neue Brücke über den Fluss",
        "Brückenvotum: Der Stadtrat billigt das Budget für die neue Brücke",
    ),
    "fr": (
        "Vote du pont : le conseil approuve ce soir le budget du nouveau pont sur le fleuve de la ville",
        "Vote du pont : le conseil approuve le budget du nouveau pont sur le fleuve",
    ),
}


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_a_headline_the_title_reader_passed_over_is_no_first_paragraph(language: str) -> None:
    heading, title = HEADINGS[language]
    paragraphs = PARAGRAPHS[language].splitlines()
    for lines in ((heading, "", *paragraphs), (title, "", heading, "", *paragraphs)):
        assert first_paragraph(page_of(lines, {heading, *paragraphs}, language), title) == paragraphs[0]
    # a line of the article that ends no sentence, and repeats no title, is its first paragraph
    page = page_of(("Menu", "", heading, "", *paragraphs), {heading, *paragraphs}, language)
    assert first_paragraph(page, "Weather") == heading


CAPTIONS = {
    "en": "The mayor opens the new bridge to cyclists in May",
    "de": "Die Bürgermeisterin eröffnet die neue Brücke im Mai",
    "fr": "La maire ouvre le nouveau pont aux cyclistes en mai",
}


@pytest.mark.parametrize("language", sorted(CAPTIONS))
def test_a_caption_over_its_credit_line_is_no_standfirst(language: str) -> None:
    caption = CAPTIONS[language]
    lines = ["Menu", HEADLINES[language], caption, "Jane Doe/Reuters", "By John Roe", PARAGRAPHS[language]]
    text = "\n".join(lines)
    metadata, labels = run(text)
    assert metadata.description == PARAGRAPHS[language].splitlines()[0]
    assert labels[caption] != "description"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("BAAR, SWITZERLAND", "description"), ("AUSTIN, TEXAS —", "description"),
     ("ADVERTISEMENT", "body"), ("Baar, Switzerland", "body")],
)  # fmt: skip
def test_a_paragraph_over_a_dateline_alone_is_the_standfirst(dateline: str, expected: str) -> None:
    """A press release prints its summary under the date and the dateline alone on the next line: the
    article opens at the dateline. A label in capitals alone is no dateline."""
    summary = "The city and its partners announce a new bridge over the river, open to traffic next spring."
    lines = ["Menu", HEADLINES["en"], "", "June 12, 2024", "", summary, "", dateline, "", PARAGRAPHS["en"]]
    _metadata, labels = run("\n".join(lines))
    assert labels[summary] == expected

"""Descriptions: the standfirst under the headline, else the article's first paragraph."""

from __future__ import annotations

import pytest

import articlean
from articlean.metadata import extract_metadata
from articlean.model import Document, InputFormat, Label, Options, Verdict
from articlean.segment import segment
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

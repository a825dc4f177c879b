"""The author of an HTML page: what it declares (JSON-LD, meta tags), trafilatura's, its "By" byline."""

from __future__ import annotations

import pytest

import articlean
from articlean.htmlauthors import declared_author, page_author, shown_byline, usable_author
from articlean.model import InputFormat, Options
from test_metadata import PARAGRAPHS


def page(head: str, body: str = "<p>Text.</p>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def json_ld(author: str, publisher: str = '{"@type": "Organization", "name": "Tageblatt"}') -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        f'{{"@type": "WebPage", "author": "Not This"}}, {{"@type": "NewsArticle", "author": {author},'
        f' "publisher": {publisher}}}]}}</script>'
    )


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ('{"@type": "Person", "name": "Jürgen Weiß "}', "Jürgen Weiß"),
        (
            '[{"@type": "Person", "name": "Ana Souza"}, {"@type": "Person", "name": "João Lima"}]',
            "Ana Souza; João Lima",
        ),
        ('{"@type": "Organization", "name": "Contributeurs de Wikimédia"}', "Contributeurs de Wikimédia"),
        ('"肖春芳"', "肖春芳"),
    ],
)
def test_the_json_ld_author_of_the_article(author: str, expected: str) -> None:
    html = page(json_ld(author) + '<meta name="author" content="Meta Name">')
    assert declared_author(html) == expected


def test_an_author_that_is_the_publisher_or_the_site_is_not_a_byline() -> None:
    publisher = json_ld('{"@type": "Organization", "name": "Tageblatt"}')
    assert declared_author(page(publisher)) is None
    assert declared_author(page(publisher + '<meta name="author" content="Jana Nowak">')) == "Jana Nowak"
    site = page('<meta property="og:site_name" content="El Diario"><meta name="author" content="El Diario">')
    assert declared_author(site) is None
    assert declared_author(page('<meta name="author" content="Le Monde">'), "Le Monde") is None


@pytest.mark.parametrize(
    ("site", "credit"),
    [("Example Developers Blog", "Example Developers"), ("Beispiel Entwickler Blog", "Beispiel Entwickler")],
)
def test_the_site_name_without_its_last_word_is_the_site_own_credit(site: str, credit: str) -> None:
    """A company blog's posts are "by" the company: trafilatura's author then is no byline, and
    the page's "By" byline is read instead."""
    head = f'<meta property="og:site_name" content="{site}">'
    shown = page(head, '<p class="byline">By Jana Nowak</p>')
    assert page_author(shown, credit, None) == "Jana Nowak"
    assert page_author(page(head), credit, None) is None
    # two more words: the site is named after more than its owner
    network = page(f'<meta property="og:site_name" content="{site} Network">')
    assert page_author(network, credit, None) == credit


def test_the_page_host_label_as_one_word_is_a_handle_not_a_name() -> None:
    """Blog platforms name a post's author by the account that is the blog's host label."""
    address = '<meta property="og:url" content="https://harbournotes.example-blogs.com/post/12/bridge">'
    assert declared_author(page(address + '<meta name="author" content="harbournotes">')) is None
    assert page_author(page(address), "HarbourNotes", None) is None
    person = '<meta property="og:url" content="https://jana-nowak.example-blogs.com/post/12/bridge">'
    assert declared_author(page(person + '<meta name="author" content="Jana Nowak">')) == "Jana Nowak"
    assert page_author(page(""), "harbournotes", "harbournotes.example-blogs.com") is None


def test_author_meta_tags_most_specific_first() -> None:
    html = page(
        '<meta name="author" content="FAIL">'
        '<meta property="dc:creator twitter:site_name" content="Creator Name">'
    )
    assert declared_author(html) == "Creator Name"
    profile = page(
        '<meta property="article:author" content="https://www.facebook.com/someone">'
        '<meta name="twitter:creator" content="@someone"><meta name="byl" content="By Marie Curie">'
    )
    assert declared_author(profile) == "Marie Curie"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Username", None),
        ("Benutzername", None),
        ("作者", None),
        ("Auteur :", None),
        ("@handle", None),
        ("https://example.org/people/jane", None),
        ("Von Max Muster", "Max Muster"),
        ("Por María López y Juan Pérez", "María López; Juan Pérez"),
        ("Sarah Gooding", "Sarah Gooding"),
        ("x" * 200, None),
    ],
)
def test_usable_author(value: str, expected: str | None) -> None:
    assert usable_author(value) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<span class="pb-byline">By <a href="/people/erin">Erin Cunningham</a></span>', "Erin Cunningham"),
        (
            '<div class="article-byline">Von <b>Max Muster</b> und <b>Erika Muster</b></div>',
            "Max Muster; Erika Muster",
        ),
        ('<p class="byline">Par Jean Dupont, AFP</p>', "Jean Dupont"),
        ('<p class="byline">Updated 3 hours ago</p>', None),
    ],
)
def test_the_shown_byline(markup: str, expected: str | None) -> None:
    assert shown_byline(page("", markup)) == expected


def test_page_author_order() -> None:
    declared = page('<meta name="author" content="Meg Kinnard">', '<p class="byline">By Other Person</p>')
    # trafilatura's names more people, the declared one among them: it wins
    assert page_author(declared, "Meg Kinnard; Errin Haines", None) == "Meg Kinnard; Errin Haines"
    # otherwise the declaration wins over trafilatura's, which may be a navigation box's name
    assert page_author(declared, "Authority control", None) == "Meg Kinnard"
    # an account menu's label is not trafilatura's author: the page's "By" byline is
    shown = page("", '<span class="byline">Por Ana Souza</span>')
    assert page_author(shown, "Username", None) == "Ana Souza"
    assert page_author(page(""), "Username", None) is None


def test_html_input_reads_the_byline_under_an_account_menu() -> None:
    body = (
        '<nav><span class="username">Username</span></nav><article><h1>Bridge opens</h1>'
        '<span class="pb-byline">By <a href="/people/jane">Jane Doe</a></span>'
        + "".join(f"<p>{line}</p>" for line in PARAGRAPHS["en"].splitlines())
        + "</article>"
    )
    html = page("<title>Bridge opens</title>", body).encode()
    result = articlean.clean(html, Options(input_format=InputFormat.HTML))
    assert result.metadata.author == "Jane Doe"

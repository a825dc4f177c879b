"""The HTML path's metadata: what trafilatura's ``extract_metadata`` would find, for less work.

articlean.html reads the page's metadata from the tree it parses once, skipping trafilatura's
licence and the XPath scans that the page's source shows would find nothing. Whatever it skips,
the fields it keeps must equal trafilatura's own.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

import pytest
from trafilatura import extract_metadata, load_html
from trafilatura.xpaths import AUTHOR_XPATHS

from articlean import html
from test_html import PAGE

FIELDS = ("title", "author", "date", "sitename", "description", "categories", "tags", "url")
ARTICLE = (
    "The council voted on Tuesday to extend the harbour wall by another forty metres, a project that "
    "engineers say will protect the old town from the winter storms that flooded it twice last year."
)
SPLIT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev" / "html"
# Every SAMPLE-th page of the dev split: a few seconds of trafilatura.
SAMPLE = 5


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}<p>{ARTICLE}</p></body></html>"


PAGES = {
    "declared": PAGE,
    "blog with category and tag links and a byline element": page(
        "<title>Harbour wall &amp; the town - Coastal Blog</title>"
        "<meta name='description' content='Walls &amp; storms: what the council decided.'>",
        "<div class='entry-meta'><span class='byline'>Jane Smith</span>"
        "<a href='https://blog.example.com/category/town/'>Town</a></div>"
        "<div class='tags'><a href='https://blog.example.com/tag/harbour/'>harbour</a></div>",
    ),
    "a category link outside any category block, the section declared": page(
        "<title>Harbour wall</title><meta property='article:section' content='Local news'>",
        "<nav><a href='/category/news/'>News</a></nav><p class='writer'>Jane Smith</p>",
    ),
    "no category link, the section declared": page(
        "<title>Harbour wall</title><meta property='article:section' content='Local news'>"
        "<meta name='subject' content='Harbours'>",
        "<p>By Jane Smith</p>",
    ),
    "JSON-LD and a one-word meta author": page(
        "<title>Harbour wall | The Coastal Times</title><meta name='author' content='jsmith'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall", '
        '"author": {"@type": "Person", "name": "Jane Smith"}, "datePublished": "2023-03-14"}</script>',
        "<div id='author-box'>Written by Jane Smith and John Doe</div>",
    ),
    "nothing declared": "<html><body><p>Just a paragraph of text.</p></body></html>",
}


def fields(metadata: Any) -> dict[str, Any]:
    return {name: getattr(metadata, name) for name in FIELDS}


def both(text: str, source: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(articlean's, trafilatura's) metadata fields of a page, each read from its own parse."""
    ours = html._page_metadata(load_html(text), text, source)
    theirs = extract_metadata(load_html(text), source, html._date_settings())
    return fields(ours), fields(theirs)


@pytest.mark.parametrize("name", PAGES)
def test_page_metadata_are_trafilaturas(name: str) -> None:
    ours, theirs = both(PAGES[name])
    assert ours == theirs


def test_the_pages_exercise_what_is_skipped() -> None:
    """The cases above reach each shortcut with something to find (else they could not fail)."""
    found = {name: both(text)[0] for name, text in PAGES.items()}
    blog = found["blog with category and tag links and a byline element"]
    assert blog["categories"] == ["Town"] and blog["tags"] == ["harbour"]
    assert blog["author"] == "Jane Smith"
    assert blog["description"] == "Walls & storms: what the council decided."
    assert found["no category link, the section declared"]["categories"] == ["Local news", "Harbours"]
    assert found["a category link outside any category block, the section declared"]["author"] == "Jane Smith"


def test_a_given_source_is_the_url_of_a_page_without_one() -> None:
    ours, theirs = both(PAGES["nothing declared"], "https://example.com/a/page")
    assert ours["url"] == theirs["url"] == "https://example.com/a/page"


def test_every_author_xpath_test_holds_an_author_mark() -> None:
    """The author scans are skipped on pages without a mark: each value trafilatura's XPaths compare
    an attribute with, or search it for, must contain one (``rel='me'`` reads a ``<rel>`` child)."""
    compared = [value for xpath in AUTHOR_XPATHS for value in re.findall(r"'([^']*)'", xpath.path)]
    assert compared
    for value in compared:
        for alternative in value.split("|"):
            literal = re.sub(r"\[(\w)\w*\]", r"\1", alternative)  # "[Aa]uthor" -> "Author"
            element = "<rel>" if alternative == "me" else literal
            assert html.may_name_author(element), alternative
    assert html.may_name_author("<author>")  # the //author element
    assert not html.may_name_author(PAGES["nothing declared"])


def test_the_author_marks_are_found_in_the_page_lowercased_as_text() -> None:
    """Lowercased as bytes (ASCII letters only) unless a character lowercases to ASCII otherwise."""
    assert html.may_name_author("<p>Café</p><div class='AUTHOR'>")
    assert html.may_name_author("<div class='BIANJ\u0130'>")  # "İ".lower() is "i" + a combining dot
    assert not html.may_name_author("<p>Café \u212a</p><div class='writ\u0130ng'>")
    assert not html.may_name_author("<p>Author\ud800</p>".replace("Author", "Aut hor"))
    lowering_to_ascii = [
        char for char in map(chr, range(128, 0x110000)) if any(ord(low) < 128 for low in char.lower())
    ]
    assert lowering_to_ascii == list(html.LOWER_TO_ASCII)


@pytest.mark.skipif(not SPLIT.is_dir(), reason=f"benchmark pages not found at {SPLIT}")
def test_dev_pages_metadata_are_trafilaturas() -> None:
    pages = sorted(SPLIT.glob("*.html.gz"))[::SAMPLE]
    assert pages
    for path in pages:
        source = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        text = html._as_page(html._INLINE_DATA.sub("data:,", source))
        ours, theirs = both(text)
        assert ours == theirs, path.name


CATSTAGS_BODIES = {
    "tags box": "<div class='tags'><a href='/tag/harbour/'>harbour</a><a href='/about/'>About</a></div>",
    "tag links in a class the regex reads": (
        "<div class='meta-footer'><a href='/tags/storms/'>storms</a></div>"
    ),
    "nested boxes, links once each in page order": (
        "<div class='row'><div class='tags'><a href='/tag/b/'>b</a></div><a href='/tag/a/'>a</a></div>"
    ),
    "a box of an earlier XPath without a tag link": (
        "<div class='tags'><a href='/about/'>About</a></div><p class='entry-tags'><a href='/tag/x/'>x</a></p>"
    ),
    "category links": (
        "<div class='post-meta'><a href='/category/town/'>Town</a></div>"
        "<span class='cat-links'><a href='/categories/sea/'>Sea</a></span>"
    ),
    "links outside any box": "<nav><a href='/tag/nav/'>nav</a><a href='/category/news/'>News</a></nav>",
    "a box inside the link is not its box": "<a href='/tag/in/'><div class='tags'>in</div></a>",
}


@pytest.mark.parametrize("name", CATSTAGS_BODIES)
@pytest.mark.parametrize("metatype", ["category", "tag"])
def test_catstags_are_trafilaturas(name: str, metatype: str) -> None:
    from trafilatura.metadata import extract_catstags

    text = page("<meta property='article:section' content='Local news'>", CATSTAGS_BODIES[name])
    assert html.catstags(metatype, load_html(text)) == extract_catstags(metatype, load_html(text))


def test_catstags_read_every_xpath_of_trafilatura_from_the_links() -> None:
    """Each of trafilatura's category and tag XPaths is a step over its links (``//STEP//a[@href]``),
    so none falls back to the whole-tree scans."""
    from trafilatura.xpaths import CATEGORIES_XPATHS, TAGS_XPATHS

    assert len(html._ancestor_tests("category") or ()) == len(CATEGORIES_XPATHS)
    assert len(html._ancestor_tests("tag") or ()) == len(TAGS_XPATHS)
    nested = page("", CATSTAGS_BODIES["nested boxes, links once each in page order"])
    assert html.catstags("tag", load_html(nested)) == ["b"]  # the first XPath's links only

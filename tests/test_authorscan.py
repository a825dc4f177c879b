"""articlean.authorscan: trafilatura's extract_author in one walk, with the same result."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from trafilatura import load_html
from trafilatura.metadata import extract_author
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from articlean import authorscan, html

SPLIT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev" / "html"
# Every SAMPLE-th page of the dev split.
SAMPLE = 4


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


PAGES = {
    "a byline span": page("<p>Text</p><span class='byline'>By Jane Smith</span>"),
    "a date inside the byline, its tail kept": page(
        "<div class='author-name'>Jane <time>May 3</time> and John Doe <span class='date'>x</span>y</div>"
    ),
    "the first byline inside the comments": page(
        "<div id='comments'><span class='author'>Commenter Name</span></div><p class='writer'>Jane Smith</p>"
    ),
    "nested pruned elements in a candidate": page(
        "<div class='post-author'>Jane <div class='sidebar'>a<span class='quote'>q</span>b</div>c"
        "<figure>f</figure>d Smith</div>"
    ),
    "an <author> element and an itemprop": page(
        "<author>A</author><span itemprop='author'><b>Jane</b> Smith</span>"
    ),
    "a <rel> child (read by trafilatura itself)": page("<a><rel>me</rel>Jane Smith</a>"),
    "a data-testid card": page("<div data-testid='AuthorCard'>Jane Smith <time>now</time></div>"),
    "nothing": page("<p>Just a paragraph.</p>"),
}


def test_every_compared_class_or_id_holds_a_mark() -> None:
    """The quick test lets through every class and id that an XPath compares or searches for."""
    paths = [xpath.path for xpath in (*AUTHOR_XPATHS, *AUTHOR_DISCARD_XPATHS)]
    tested = [value for path in paths for value in re.findall(r"@(?:class|id)\s*,?\s*=?\s*'([^']*)'", path)]
    assert len(tested) > 10
    for value in tested:
        value = re.sub(r"\(\?:(\w+)\|\w+\)", r"\1", value)  # "article-(?:share|support)"
        for alternative in value.split("|"):
            literal = re.sub(r"\[(\w)\w*\]", r"\1", alternative.lstrip("^"))  # "[Aa]uthor" -> "Author"
            literal = re.sub(r"(\w)-\?", r"\1", literal)  # "comment-?list" -> "commentlist"
            assert authorscan.MARKS.search(literal), alternative


@pytest.mark.parametrize("name", PAGES)
def test_the_author_is_trafilaturas(name: str) -> None:
    assert authorscan.extract_author(load_html(PAGES[name])) == extract_author(load_html(PAGES[name]))


def test_the_pages_reach_the_pruned_copy() -> None:
    """The cases above find authors whose text pruning changed (else they could not fail)."""
    found = {name: authorscan.extract_author(load_html(text)) for name, text in PAGES.items()}
    assert found["a date inside the byline, its tail kept"] == "Jane; John Doe y"
    assert found["the first byline inside the comments"] == "Jane Smith"
    assert found["nested pruned elements in a candidate"] == "Jane cd Smith"  # tails joined


def selections(text: str) -> None:
    """The scan selects what each XPath selects, in the same order."""
    tree = load_html(text)
    scanned = authorscan.scan(tree)
    assert scanned is not None
    found, discards = scanned
    assert found == [expression(tree) for expression in AUTHOR_XPATHS]
    assert discards == [element for expression in AUTHOR_DISCARD_XPATHS for element in expression(tree)]


@pytest.mark.parametrize("name", [name for name in PAGES if "<rel>" not in name])
def test_the_scan_selects_what_the_xpaths_select(name: str) -> None:
    selections(PAGES[name])


@pytest.mark.skipif(not SPLIT.is_dir(), reason=f"benchmark pages not found at {SPLIT}")
def test_dev_pages_selections_and_authors_are_trafilaturas() -> None:
    pages = sorted(SPLIT.glob("*.html.gz"))[::SAMPLE]
    assert pages
    for path in pages:
        source = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        text = html._as_page(html._INLINE_DATA.sub("data:,", source))
        selections(text)
        assert authorscan.extract_author(load_html(text)) == extract_author(load_html(text)), path.name

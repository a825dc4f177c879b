"""The title and description a page declares for itself: JSON-LD, meta tags, ``<title>``, its ``<h1>``.

trafilatura prefers a page's only ``<h1>`` to its ``<title>``; on pages whose ``<h1>`` is the site's
or a section's name, that gives the wrong headline. Here the declarations come first, most specific
first: the schema.org article's ``headline``, then the title meta tags (Dublin Core, Open Graph,
Twitter), then ``<title>`` without its site suffix, and the ``<h1>`` only when there is nothing else.
The description is read in the same order: the article's ``description``, then the meta tags
(Dublin Core, Open Graph, ``description``, Twitter), as Readability does; trafilatura reads the
``description`` tag first, which many pages fill with a site-wide or a search-engine blurb.
The page is read with a few bounded regular expressions, not parsed: this runs beside trafilatura's
own parse and must stay cheap.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from articlean.titleparts import without_site

# Each match is bounded so that an unclosed element costs one bounded scan, not the rest of the page.
_META = re.compile(r"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE = re.compile(r"<title\b[^>]{0,500}>(.{0,2000}?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]{0,2000}>(.{0,3000}?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_JSON_LD = re.compile(
    r"<script\b[^>]{0,500}application/ld\+json[^>]{0,500}>(.{0,300000}?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<[^>]*>")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
# Meta tag names that declare the document's title, most specific first (Dublin Core names the
# title of the resource itself; Open Graph and Twitter the card shown when it is shared).
TITLE_META = ("dc:title", "dcterm:title", "dcterms.title", "og:title", "twitter:title", "title")
# ... and its description, in Readability's order (the card text shared on Twitter last: it is often cut).
DESCRIPTION_META = (
    "dc:description",
    "dcterm:description",
    "dcterms.description",
    "og:description",
    "description",
    "twitter:description",
)
SITE_META = ("og:site_name", "application-name", "twitter:site")
# schema.org types of an article: Article, NewsArticle, BlogPosting, SocialMediaPosting, Report...
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report)$")
# A page has one headline; more <h1> elements than this are section titles, and none is chosen.
MAX_H1 = 1
# Only the first few JSON-LD scripts are read: the article's own comes early.
MAX_JSON_LD = 4
# The title and the author readers both read a page's meta tags and JSON-LD: once per page.
PAGE_CACHE_SIZE = 2


def markup_text(fragment: str) -> str:
    """Markup to its text: tags removed, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


@functools.lru_cache(maxsize=PAGE_CACHE_SIZE)
def meta_values(page: str) -> Mapping[str, str]:
    """Meta tag name (``property``, ``name`` or ``itemprop``; space-separated lists split) -> content."""
    values: dict[str, str] = {}
    for tag in _META.finditer(page):
        attributes = {
            match.group(1).casefold(): match.group(2) or match.group(3) or match.group(4) or ""
            for match in _ATTRIBUTE.finditer(tag.group(0))
        }
        content = " ".join(html.unescape(attributes.get("content", "")).split())
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            for name in attributes.get(key, "").casefold().split():
                values.setdefault(name, content)
    return values


def _json_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_items(data.get("@graph"))


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and _ARTICLE_TYPE.search(kind) for kind in kinds)


def json_ld_articles(page: str) -> Iterator[dict[str, Any]]:
    """The schema.org articles of the page's first JSON-LD scripts, in page order."""
    return iter(_json_ld_articles(page))


@functools.lru_cache(maxsize=PAGE_CACHE_SIZE)
def _json_ld_articles(page: str) -> tuple[dict[str, Any], ...]:
    articles: list[dict[str, Any]] = []
    for script in itertools.islice(_JSON_LD.finditer(page), MAX_JSON_LD):
        try:
            data = json.loads(_CDATA.sub("", script.group(1)))
        except ValueError:
            continue
        articles.extend(filter(_is_article, _json_items(data)))
    return tuple(articles)


def json_ld_headline(page: str) -> str | None:
    """The ``headline`` (else ``name``) of the first schema.org article in the page's JSON-LD."""
    for item in json_ld_articles(page):
        for key in ("headline", "name"):
            if isinstance(item.get(key), str) and item[key].strip():
                return markup_text(item[key])
    return None


def declared_description(page: str) -> str | None:
    """The page's own description: its article's JSON-LD ``description``, else a description meta tag."""
    for item in json_ld_articles(page):
        value = item.get("description")
        if isinstance(value, str) and value.strip():
            return markup_text(value)
    meta = meta_values(page)
    return next((meta[name] for name in DESCRIPTION_META if meta.get(name)), None)


def declared_title(page: str, fallback_site: str | None = None) -> str | None:
    """The page's own title: its article's JSON-LD headline, a title meta tag, ``<title>``, its ``<h1>``."""
    meta = meta_values(page)
    site = next((meta[name] for name in SITE_META if meta.get(name)), None) or fallback_site
    declared = json_ld_headline(page) or next((meta[name] for name in TITLE_META if meta.get(name)), None)
    if declared is None:
        tag = _TITLE.search(page)
        declared = markup_text(tag.group(1)) if tag else None
    if not declared:
        headings = [markup_text(match.group(1)) for match in itertools.islice(_H1.finditer(page), MAX_H1 + 1)]
        declared = headings[0] if len(headings) == MAX_H1 and headings[0] else None
    return without_site(declared, site) if declared else None

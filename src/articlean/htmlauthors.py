"""The author an HTML page declares for itself, and the byline it shows.

trafilatura's author comes from its own list of meta tags and of elements whose class or id says
"author"; on pages whose account menu is such an element it reads "Username", and it skips authors
that are organisations ("Contributors to Wikimedia projects") and Dublin Core creators declared in a
``property`` list. Here the page's declarations come first, most specific first: the schema.org
article's ``author`` (JSON-LD; a person or an organisation, or a list of them), then the author
meta tags. A value of trafilatura's that is an account label or a byline word alone ("作者",
"Author") is not a name. With nothing declared, the first element whose class names a byline is
read as a "By …" line. No source may give the site's own credit (its or its publisher's name, that
name without a last word, the page's host label as one word). Like :mod:`articlean.htmltitles`,
the page is read with bounded regular expressions, not parsed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from articlean import bylines
from articlean.htmltitles import SITE_META, json_ld_articles, markup_text, meta_values
from articlean.metaphrases import phrases

# Meta tag names that declare the author, most specific first: Dublin Core's creator of the
# resource, the plain HTML author, then Open Graph's and the analytics vendors' (Parse.ly,
# Sailthru) and the New York Times' "byl" ("By Jane Doe").
AUTHOR_META = (
    "dc:creator",
    "dcterm:creator",
    "dcterms.creator",
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
)
# A declared author longer than this is a description or a list of contributors' biographies.
MAX_AUTHOR_CHARS = 120
# Links (an Open Graph author is often a profile URL) and handles ("@jane") are not names.
_NOT_A_NAME = re.compile(r"^(?:@|https?:|www\.)|://")
# The first element whose class names a byline ("byline", "pb-byline", "article-byline"); its text
# up to the element's end, with the tags inside it ("By <a>Jane Doe</a>").
_BYLINE_ELEMENT = re.compile(
    r"<(span|div|p|address|section|header)\b[^>]{0,300}?\bclass\s*=\s*[\"'][^\"'>]{0,200}?byline"
    r"[^\"'>]{0,200}[\"'][^>]{0,300}>(.{0,1000}?)</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
# Only the first few byline elements are read: the article's own comes first.
MAX_BYLINE_ELEMENTS = 3
# A site's name is its owner's plus at most this many words ("Example Developers Blog"): a
# post "by Example Developers" is the site's own credit.
MAX_SITE_EXTRA_WORDS = 1
_WORD = re.compile(r"\w+")
_HOST = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def _names(value: Any) -> Iterator[str]:
    """The names of a JSON-LD author: a string, a Person or Organization, or a list of them."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from _names(value.get("name"))
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)


def _folded(name: str) -> str:
    return "".join(char for char in name.casefold() if char.isalnum())


def usable_author(value: str | None) -> str | None:
    """A declared or extracted author as a name: "By" cut off; None for links, handles, account
    labels ("Username"), a byline word alone ("作者") and long texts."""
    text = markup_text(value or "")
    if not text or len(text) > MAX_AUTHOR_CHARS or _NOT_A_NAME.search(text):
        return None
    folded = text.casefold().strip(" :：")
    if folded in phrases("account-label") or bylines.is_prefix_only(folded):
        return None
    if bylines.byline_prefix(text):
        return bylines.join_authors(bylines.prefixed_byline(text))
    return text if any(char.isalpha() for char in text) else None


class _Site(NamedTuple):
    """Who the site is: its names and the publisher's, and the labels of the page's own host
    ("jane" of "jane.example-blogs.com": the account a blog platform names a post's author by)."""

    names: tuple[str, ...]
    host_labels: frozenset[str]

    def credits(self, name: str) -> bool:
        """Whether a name is the site's own credit rather than a person's: the site or the
        publisher ("BBC News"), their name without a last word ("Example Developers" of "Example
        Developers Blog"), or the page's host label as one word ("jane")."""
        words = _WORD.findall(name.casefold())
        # one word: a handle; "Jane Doe" of jane-doe.example-blogs.com is a person's name
        if not words or (len(words) == 1 and _folded(words[0]) in self.host_labels):
            return True
        for site in self.names:
            site_words = _WORD.findall(site.casefold())
            if site_words[: len(words)] == words and len(site_words) - len(words) <= MAX_SITE_EXTRA_WORDS:
                return True
        return False


def _site(meta: Mapping[str, str], articles: list[dict[str, Any]], sitename: str | None) -> _Site:
    names = [sitename, *(meta.get(key) for key in SITE_META)]
    names.extend(name for item in articles for name in _names(item.get("publisher")))
    addresses = [meta.get("og:url"), *(item.get("url") for item in articles)]
    hosts = [urlsplit(address).hostname or "" for address in addresses if isinstance(address, str)]
    if sitename and _HOST.match(sitename):  # trafilatura names a site without a name by its host
        hosts.append(sitename.casefold())
    labels = {_folded(label) for host in hosts for label in host.split(".")[:-2]} - {"www"}
    return _Site(tuple(name for name in names if name), frozenset(labels))


def declared_author(page: str, sitename: str | None = None) -> str | None:
    """The page's own author: its article's JSON-LD ``author``, else an author meta tag; not the
    site or the publisher (an author that is one of them is the site's own credit, "BBC News")."""
    meta = meta_values(page)
    articles = list(json_ld_articles(page))
    return _declared(meta, articles, _site(meta, articles, sitename))


def _declared(meta: Mapping[str, str], articles: list[dict[str, Any]], site: _Site) -> str | None:
    candidates = [list(_names(item.get("author"))) for item in articles]
    candidates.extend([meta[key]] for key in AUTHOR_META if key in meta)
    for names in candidates:
        people = [name for name in map(usable_author, names) if name and not site.credits(name)]
        if people:
            return bylines.join_authors(people)
    return None


def page_author(page: str, extracted: str | None, sitename: str | None) -> str | None:
    """The author of an HTML page: declared, else trafilatura's, else its shown "By …" byline;
    never the site's own credit.

    trafilatura's wins over a declaration when it names more people, the declared ones among them
    (JSON-LD often lists the first of an article's authors only)."""
    meta = meta_values(page)
    articles = list(json_ld_articles(page))
    site = _site(meta, articles, sitename)
    declared, found = _declared(meta, articles, site), usable_author(extracted)
    found = None if found is None or site.credits(found) else found
    if declared and found and _names_more(found, declared):
        return found
    shown = declared or found or shown_byline(page)
    return None if shown is None or site.credits(shown) else shown


def _names_more(found: str, declared: str) -> bool:
    words = set(re.findall(r"\w+", declared.casefold()))
    return found.count(";") > declared.count(";") and words <= set(re.findall(r"\w+", found.casefold()))


def shown_byline(page: str) -> str | None:
    """The names of the first element whose class names a byline and that reads "By Jane Doe"."""
    for match in itertools.islice(_BYLINE_ELEMENT.finditer(page), MAX_BYLINE_ELEMENTS):
        names = bylines.prefixed_byline(markup_text(match.group(2)))
        if names:
            return bylines.join_authors(names)
    return None

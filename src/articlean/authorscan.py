"""trafilatura's ``extract_author`` in one walk over the tree, with the same result.

trafilatura copies the whole tree, prunes comment sections, dates and figures from the copy
(``AUTHOR_DISCARD_XPATHS``), then evaluates its three ``AUTHOR_XPATHS`` one after the other until
an element's text reads as an author. Those XPaths test classes and ids with EXSLT regular
expressions, a call into Python for each element: about 2.5 ms a page for each expression, the
HTML path's costliest metadata step (0.77 s of 1.4 s on the dev pages). Here one walk tests each
element with the same predicates written in Python, the elements the pruning would remove are left
out, and only a candidate holding one of them is copied and pruned, as trafilatura would. The
predicates are trafilatura 2.x's; ``tests/test_authorscan.py`` compares what they select with its
XPaths on small pages and on the dev pages, so a change upstream fails there.

A page with a ``<rel>`` element (which ``rel='me'`` reads, its text after pruning), or a tree that
is not the whole document (its XPaths search the document), is left to trafilatura's own function.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

# lxml.etree._Element: lxml ships no type stubs, and lxml-stubs is not a dependency.
_Element = Any

# trafilatura's length bounds for an author element's text (extract_metainfo's with len_limit=120).
_MIN_LENGTH, _MAX_LENGTH = 2, 120
# AUTHOR_XPATHS[0]: "specific and almost specific", or any <author> element.
_TAGS_0 = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_EQUALS_0 = (("rel", "author"), ("id", "author"), ("class", "author"), ("itemprop", "author name"))
_TESTIDS_0 = ("AuthorCard", "AuthorURL")
_CLASS_0 = re.compile("author-?name|AuthorName|authorName")
# AUTHOR_XPATHS[1]: "almost generic and generic".
_TAGS_1 = frozenset(("a", "div", "h3", "h4", "p", "span"))
_CLASSES_1 = frozenset(("byline", "username", "byl", "BBL"))
_ID_1 = re.compile("author|zuozhe|bianji|xiaobian")
_CLASS_1 = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
# AUTHOR_XPATHS[2]: "last resort: any element".
_ID_2 = re.compile("[Aa]uthor")
_CLASS_2 = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
# AUTHOR_DISCARD_XPATHS[0] (below the root), then [1] (any <time> or <figure>).
_DISCARD_TAGS = frozenset(("a", "div", "section", "span"))
_DISCARD_EQUALS = (("id", "comments"), ("class", "comments"), ("class", "title"), ("class", "date"))
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
_DISCARD_ALWAYS = frozenset(("time", "figure"))


# A piece of text that every class or id the predicates below compare or search for holds: an
# element whose class and id hold none, and without the rarer attributes they read
# (:data:`_RARE`), is selected by none. A quick test only, the predicates decide;
# tests/test_authorscan.py checks each compared value against it.
MARKS = re.compile(
    "uthor|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|journalist-name|screenname|"
    "writer|yline|byl|BBL|username|omment|ProductReviews|sidebar|is-hidden|quote|embedly-instagram|"
    "article-|print|category|meta-|title|date"
)
# The other attributes the predicates read: few elements have them, found in C (an XPath without
# function calls), their elements as the attributes' parents: testing each element's attributes in
# Python took longer, and so did "//*[@rel or @itemprop or ...]" (0.151 s against 0.085 s over the
# 198 dev pages with an author mark).
_RARE = "//@rel|//@itemprop|//@data-testid|//@data-component"
_Attributes = dict[str, str]


def _first(tag: str, get: Any) -> bool:
    return tag in _TAGS_0 and (
        any(get(name) == value for name, value in _EQUALS_0)
        or get("data-testid") in _TESTIDS_0
        or bool(_CLASS_0.search(get("class", "")))
    )


def _second(tag: str, get: Any) -> bool:
    return tag in _TAGS_1 and (
        get("class") in _CLASSES_1
        or "author" in get("itemprop", "")
        or bool(_ID_1.search(get("id", "")))
        or bool(_CLASS_1.search(get("class", "")))
    )


def _third(get: Any) -> bool:
    return (
        "Byline" in get("data-component", "")
        or "author" in get("itemprop", "")
        or bool(_ID_2.search(get("id", "")))
        or bool(_CLASS_2.search(get("class", "")))
    )


def _discarded(tag: str, get: Any) -> bool:
    """Matched by the first discard XPath (the root aside, which the caller skips)."""
    return tag in _DISCARD_TAGS and (
        any(get(name) == value for name, value in _DISCARD_EQUALS)
        or bool(_DISCARD_ID.search(get("id", "")))
        or bool(_DISCARD_CLASS.search(get("class", "")))
        or "Figure" in get("data-component", "")
    )


def scan(tree: _Element) -> tuple[list[list[_Element]], list[_Element]] | None:
    """What each author XPath selects, in document order, and the elements trafilatura's pruning
    deletes, in the order it deletes them (the first discard XPath's, then the second's); None for
    a page with a ``<rel>`` element."""
    found: list[list[_Element]] = [[], [], []]
    discards: tuple[list[_Element], list[_Element]] = ([], [])
    rare = {attribute.getparent() for attribute in tree.xpath(_RARE)}
    search = MARKS.search
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            continue
        if tag in _DISCARD_ALWAYS or tag == "rel" or tag == "author":
            if tag == "rel":
                return None
            (discards[1] if tag in _DISCARD_ALWAYS else found[0]).append(element)
        named, ident = element.get("class"), element.get("id")
        if not ((named and search(named)) or (ident and search(ident)) or element in rare):
            continue
        get = dict(element.items()).get
        if tag != "author" and _first(tag, get):
            found[0].append(element)
        if _second(tag, get):
            found[1].append(element)
        if _third(get):
            found[2].append(element)
        if element is not tree and _discarded(tag, get):
            discards[0].append(element)
    return found, discards[0] + discards[1]


def _pruned_text(element: _Element, order: dict[_Element, int]) -> str | None:
    """The element's text as the pruned copy has it, or None when pruning removes the element."""
    from trafilatura.utils import trim
    from trafilatura.xml import delete_element

    if element in order or any(above in order for above in element.iterancestors()):
        return None
    inside = [below for below in element.iterdescendants() if below in order]
    if not inside:
        return trim(" ".join(element.itertext()))
    copy = deepcopy(element)  # only this element's subtree, pruned in trafilatura's order
    counterpart = dict(zip(element.iter(), copy.iter(), strict=True))
    for below in sorted(inside, key=order.__getitem__):
        delete_element(counterpart[below])
    return trim(" ".join(copy.itertext()))


def extract_author(tree: _Element) -> str | None:
    """trafilatura's ``extract_author(tree)``."""
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import extract_author as trafilaturas

    scanned = scan(tree) if tree.getparent() is None else None
    if scanned is None:
        return trafilaturas(tree)
    found, discards = scanned
    order = {element: position for position, element in enumerate(discards)}
    for selected in found:
        for element in selected:
            content = _pruned_text(element, order)
            if content and _MIN_LENGTH < len(content) < _MAX_LENGTH:
                return normalize_authors(None, content)
    return None

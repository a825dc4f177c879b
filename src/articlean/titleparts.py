"""The parts of a title line: its headline, a section kicker before it, a site name after it.

A page's ``<title>`` is "Headline | Site", "Section - Headline - Site" or "Site: Headline"; the
headline printed on the page is sometimes "Opinion | Headline". Here a line is taken apart, and the
forms of the headline a ``<title>`` line stands for are listed, for the text and HTML paths alike.
"""

from __future__ import annotations

import functools
import unicodedata

from articlean import regexes
from articlean.doccache import per_document
from articlean.metaphrases import phrases

# Separators between a headline and its site or section in a <title> (" | ", " - ", " — ", ...).
TITLE_SEPARATOR = regexes.compile(r"\s+[|\-–—:»«/·•]\s+")
# The same, kept in the pieces a split returns.
_TITLE_PIECES = regexes.compile(f"({TITLE_SEPARATOR.pattern})")
# A <title> line also sets its site apart with a colon or an underscore ("Site: Headline").
TAG_SEPARATOR = regexes.compile(r"\s+[|\-–—:»«/·•_]\s+|(?<=\w)[:_]\s+|\s*_(?=\S)")
_WORD = regexes.compile(r"\w+")
# What may stand between a headline and its site besides a separator (a star, a bullet).
_SEPARATOR_CHARS = "|-–—:»«/·•✩★☆*~ "
# A site name in a title suffix is at most this many words.
MAX_SITE_WORDS = 6
# A <title> line is a headline with a few parts around it ("Section - Headline | Site"); the runs
# of leading parts are read up to this many parts, so a first line of thousands of separators
# costs its length, not its length squared.
MAX_TAG_PARTS = 12
# A kicker ("Opinion", "Biz & IT") is at most this many words.
MAX_KICKER_WORDS = 4


@per_document  # the stages normalise the same lines again and again
def normalise(text: str) -> str:
    """Casefolded, whitespace collapsed, surrounding punctuation and symbols removed."""
    text = " ".join(text.casefold().split())
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PSZ":
        end -= 1
    return text[start:end]


@functools.cache
def section_names() -> frozenset[str]:
    return frozenset(phrases("section"))


def split_title(text: str, tag: bool) -> tuple[str, str | None, str | None]:
    """(headline, kicker, site) of a title line.

    A ``<title>`` line (``tag``) loses its last part when that is short (the site). A headline
    printed on the page loses only what a bar or bullet sets apart ("Opinion | ...", "... | Site").
    """
    text = text.strip()
    pieces = _TITLE_PIECES.split(text)
    parts, separators = pieces[0::2], [piece.strip() for piece in pieces[1::2]]
    if len(parts) == 1:
        return text, None, None
    head, tail = 0, len(parts)
    longest = max(len(part) for part in parts)
    first_words = len(parts[0].split())
    rest_words = len(" ".join(parts[1:]).split())
    kicker_like = normalise(parts[0]) in section_names() or first_words < rest_words // 3
    if first_words <= MAX_KICKER_WORDS and (tag or separators[0] in "|•·") and len(parts[0]) < longest:
        head = 1 if kicker_like else 0
    last_words = len(parts[-1].split())
    if tail - 1 > head and last_words <= MAX_SITE_WORDS and (tag or separators[-1] in "|•·"):
        tail -= 1 if len(parts[-1]) < longest else 0
    kicker = parts[0].strip() if head else None
    site = parts[-1].strip() if tail < len(parts) else None
    headline = "".join(pieces[2 * head : 2 * tail - 1])
    return headline.strip(), kicker, site


def site_after(tag: str, headline: str) -> str | None:
    """The site a ``<title>`` line names after the headline it starts with: all that follows the
    headline when that is a short name ("Mozilla Hacks – the Web developer blog" after "Headline
    ✩"), else its last part when that is short and no part of the headline ("eHow" of "How to
    Build a Terrarium (with Pictures) | eHow" for "How to Build a Terrarium"; "News" of "A - B - A
    - B - News" for "A - B", a headline of parts printed twice, which :func:`split_title` reads as
    all headline)."""
    words = _WORD.findall(headline.casefold())
    tag = tag.strip()
    matches = list(_WORD.finditer(tag))
    if not words or len(matches) <= len(words):
        return None
    if [match.group().casefold() for match in matches[: len(words)]] != words:
        return None
    rest = tag[matches[len(words) - 1].end() :]
    closing = headline.strip()[list(_WORD.finditer(headline.strip()))[-1].end() :]  # "!" of "Fetching!"
    rest = rest[len(closing) :] if closing and rest.startswith(closing) else rest
    if rest[:1].isspace() and rest.strip()[:1] in _SEPARATOR_CHARS:  # the site right after the headline
        name = rest.strip().lstrip(_SEPARATOR_CHARS).strip()
        own = normalise(headline)
        if len(_WORD.findall(name)) <= MAX_SITE_WORDS and not any(
            normalise(part) in own for part in TITLE_SEPARATOR.split(name)
        ):
            return name or None
    if not TITLE_SEPARATOR.search(rest):
        return None
    last = TITLE_SEPARATOR.split(tag)[-1].strip()
    if len(last.split()) > MAX_SITE_WORDS or normalise(last) in normalise(headline):
        return None
    return last or None


def tag_prefixes(text: str) -> set[str]:
    """Normalised headline forms a <title> line stands for: each run of leading parts, and the last."""
    parts = TAG_SEPARATOR.split(text.strip())
    separators = TAG_SEPARATOR.findall(text.strip())
    forms = set()
    for start in range(min(2, len(parts))):
        joined = parts[start]
        forms.add(normalise(joined))
        for number in range(start + 1, min(len(parts), MAX_TAG_PARTS)):
            joined += separators[number - 1] + parts[number]
            forms.add(normalise(joined))
    forms.add(normalise(parts[-1]))  # "Site - Section - Headline"
    return forms


def longest_part(text: str) -> int:
    """Length of the longest part of a <title> line: its headline rather than its site."""
    return max(len(normalise(part)) for part in TAG_SEPARATOR.split(text.strip()))


def without_site(title: str, site: str | None) -> str:
    """A title without its trailing site parts (" | Site", " - Section - Site"); leading parts stay.

    A part goes when it is the site's name, or when it is short and not the title's longest part.
    """
    site_key = normalise(site or "")
    pieces = TITLE_SEPARATOR.split(title)
    longest = max(len(piece) for piece in pieces)
    keep = len(pieces)
    while keep > 1:
        last = pieces[keep - 1]
        is_site = bool(site_key) and normalise(last) == site_key
        if not is_site and (len(last.split()) > MAX_SITE_WORDS or len(last) >= longest):
            break
        keep -= 1
    if keep == len(pieces):
        return title
    cut = [match.start() for match in TITLE_SEPARATOR.finditer(title)][keep - 1]
    return title[:cut].strip()

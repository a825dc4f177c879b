"""The site's name as the page prints it: a copyright line, a "Why you can trust X" line, the
link to the site's front page at the top of the page ("[Ars Technica](https://arstechnica.com/)",
"[![eHow Logo](logo.png)](/)", "The Guardian - Back to home"), or its own interface naming it
("More from Example", "Get Example delivered to your inbox")."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from articlean import regexes
from articlean.metaphrases import alternation, phrases
from articlean.model import Block

# A site name is a few words; a longer remainder is a sentence about copyright.
MAX_SITENAME_WORDS = 6
# Copyright lines sit in the page footer; only the last blocks are read.
FOOTER_BLOCKS = 60
_YEARS = regexes.compile(
    r"^(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|present))?[\s,.]*)+", re.IGNORECASE
)
# Where the name ends: a full stop ends it, a dot inside a word does not ("Folha de S.Paulo",
# "Le Monde.fr").
_END = regexes.compile(r"\s*(?:\.(?!\w)|[,|·•;]|\s[-–—]\s|\ball\b|\(|\bunless\b|$)", re.IGNORECASE)
# The site's logo link sits in the page header: only the first lines are read.
HEADER_LINES = 60
# A markdown link whose text may hold an image: "[![alt](src) text](url "title")".
# No part may cross a "[": every scan then stops at the next link, which keeps a line of many
# unclosed links ("![x](![x](…") linear instead of each one scanning to the line's end.
_LINK = regexes.compile(
    r'\[((?:[^\[\]!]|!(?!\[)|!\[[^\[\]]*\]\([^)\s\[\]]*\))*)\]\(([^)\s\[\]]*)(?:\s+"([^"]*)")?\s*\)'
)
_IMAGE_ALT = regexes.compile(r"!\[([^\[\]]*)\]\([^)\s\[\]]*\)")
# The front page: "/", "https://example.com/", "//example.com"; not with a query string, which
# leads to a variant of it ("/?edition=usa").
_FRONT_PAGE = regexes.compile(r"^(?:(?:https?:)?//([^/?#\s]+))?/?$", re.IGNORECASE)
_LINK_HOST = regexes.compile(r"\]\((?:https?:)?//([^/?#\s)\"]+)", re.IGNORECASE)
_IMAGE_HOST = regexes.compile(r"!\[[^\[\]]*\]\((?:https?:)?//([^/?#\s)\"]+)", re.IGNORECASE)
# A name the site's interface gives is believed when the page prints it at least this often (the
# interface line counts): once, "More from X" may close a box of another site's stories.
MIN_NAME_MENTIONS = 2
# Interface lines are short; longer lines are not read for a name. A page has a few; the first
# this many names are weighed (each is looked for in every line of the page).
MAX_NAMING_CHARS, MAX_NAMES = 90, 8
# Lowercase words a site's name may hold between its capitalised ones ("Folha de S.Paulo").
_NAME_CONNECTORS = frozenset(
    {"of", "the", "and", "&", "de", "du", "des", "di", "del", "da", "la", "le", "el"}
)
# Words that open no site's name ("More from this author", "More from our partners").
_NOT_NAME_OPENERS = frozenset(
    {"this", "these", "that", "our", "us", "me", "your", "my", "their", "his", "her", "its", "other"}
)
_NAMING_WORDS = ("from ", "deliver", "account", " app", "follow ", "about ")
_LEGAL_SUFFIX = regexes.compile(
    r"[\s,]+(?:inc|ltd|llc|gmbh|s\.?a|plc|corp|co|limited|ag|bv)\.?$", re.IGNORECASE
)


@functools.cache
def _copyright() -> re.Pattern[str]:
    marks = alternation([entry for entry in phrases("copyright") if not entry.startswith("all ")])
    return regexes.compile(rf"(?:^|\s)(?:{marks})(?:\s*(?:©|\(c\)))?\s*", re.IGNORECASE)


@functools.cache
def _trust() -> re.Pattern[str]:
    return regexes.compile(rf"^(?:{alternation(phrases('trust'))})\s+(.{{2,60}}?)\s*[?.!]?$", re.IGNORECASE)


def _name(rest: str) -> str | None:
    rest = _YEARS.sub("", rest.strip())
    rest = re.sub(r"^(?:by|von|par|por|di)\s+", "", rest, flags=re.IGNORECASE)
    end = _END.search(rest)
    name = rest[: end.start()] if end else rest
    name = re.sub(r"[\s,]+(?:19|20)\d\d$", "", name.strip())
    name = _LEGAL_SUFFIX.sub("", name).strip()
    if not name or len(name.split()) > MAX_SITENAME_WORDS or not any(char.isalpha() for char in name):
        return None
    # A holder's name is capitalised ("by individual contributors" names nobody); a host may not be.
    if not (name[0].isupper() or name[0].isdigit()) and not ("." in name and " " not in name):
        return None
    return name


def from_copyright_line(text: str) -> str | None:
    """ "© 2024 The Daily Example. All rights reserved." -> "The Daily Example"."""
    if len(text.split()) > 30:
        return None
    match = _copyright().search(text)
    if not match:
        return None
    return _name(text[match.end() :])


def from_copyright(blocks: Sequence[Block]) -> str | None:
    for block in reversed(blocks[-FOOTER_BLOCKS:]):
        if block.text and ("©" in block.text or "opyright" in block.text or "(c)" in block.text.casefold()):
            name = from_copyright_line(block.text)
            if name:
                return name
    return None


def from_trust_line(text: str) -> str | None:
    match = _trust().match(text.strip())
    return match.group(1) if match else None


@functools.cache
def _home_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    prefix = regexes.compile(rf"^(?:{alternation(phrases('home-prefix'))})\s+", re.IGNORECASE)
    suffix = regexes.compile(rf"\s*[-–—:|]?\s*(?:{alternation(phrases('home-suffix'))})\s*$", re.IGNORECASE)
    return prefix, suffix


def _home_name(text: str) -> tuple[str | None, bool]:
    """The name in a front-page link's label, and whether the label said it leads home (a suffix:
    "Homepage", "Logo"; a "Go to X" prefix alone leads to a section or a profile too)."""
    prefix, suffix = _home_patterns()
    text = " ".join(text.split())
    said = bool(suffix.search(text))
    bare = suffix.sub("", prefix.sub("", text)).strip()
    if not bare or len(bare.split()) > MAX_SITENAME_WORDS or not any(char.isalpha() for char in bare):
        return None, said
    return bare, said


def _link_name(label: str, url: str, title: str | None, own_host: str | None) -> str | None:
    # A link without an address leads nowhere known (HTML is written so: "[News]()", pagerender)
    front = _FRONT_PAGE.match(url) if url else None
    if front and front.group(1) and _bare_host(front.group(1)) != own_host:
        front = None  # a sister site's front page ("[The A.V. Club](//avclub.com)" on kotaku.com)
    alts = _IMAGE_ALT.findall(label)
    for candidate in (title, *alts, _IMAGE_ALT.sub(" ", label)):
        name, said = _home_name(candidate or "")
        if name and (front or said):
            return name
    return None


def _bare_host(host: str) -> str:
    host = host.casefold()
    return host[4:] if host.startswith("www.") else host


def _own_host(lines: Sequence[str]) -> str | None:
    """The host most links of the page lead to (images aside): the page's own."""
    counts: Counter[str] = Counter()
    for line in lines:
        if "//" in line:
            images = Counter(_bare_host(host) for host in _IMAGE_HOST.findall(line))
            counts.update(Counter(_bare_host(host) for host in _LINK_HOST.findall(line)) - images)
    return counts.most_common(1)[0][0] if counts else None


def from_home_link(lines: Sequence[str]) -> str | None:
    """The site's name from the link to its front page among the first lines of the page: a
    markdown link to "/" or a bare host, by its title, its logo's alt text or its text; or a line
    that says it leads home ("The Verge homepage", a plain-text dump's rendering of the link)."""
    own_host: str | None = None
    for line in lines[:HEADER_LINES]:
        if "](" in line:
            if len(_LINK.sub(" ", line).split()) > 2:  # a link inside a sentence
                continue
            own_host = own_host or _own_host(lines) or "-"
            for match in _LINK.finditer(line):
                name = _link_name(match.group(1), match.group(2), match.group(3), own_host)
                if name:
                    return name
        elif len(line.split()) <= MAX_SITENAME_WORDS + 3 and line.strip()[:1] not in "*+-•":
            # A bare "Home" ends menu lines too ("hacks.example.org Home"); other suffixes do not.
            text = " ".join(line.split())
            name, said = _home_name(text)
            suffix = _home_patterns()[1].search(text)
            if name and said and suffix and suffix.group().strip(" -–—:|").casefold() != "home":
                return name
    return None


@functools.cache
def _naming() -> re.Pattern[str]:
    """The site-naming lines ("more from {}"), the name in one group of each."""
    templates = []
    for entry in phrases("site-naming"):
        before, _, after = entry.partition("{}")
        words = [re.escape(part).replace(r"\ ", r"\s+") for part in (before, after)]
        templates.append(rf"{words[0]}(\S.{{0,60}}?){words[1]}")
    return regexes.compile(rf"^(?:{'|'.join(templates)})\s*[.!»›>]*$", re.IGNORECASE)


def _site_name(name: str, authors: frozenset[str], sections: frozenset[str]) -> bool:
    """Whether the name a naming line gives is a site's: a few capitalised words, not a person
    the page names as its author, nor a section ("More from Politics")."""
    words = name.split()
    if not words or len(words) > MAX_SITENAME_WORDS or words[0].casefold() in _NOT_NAME_OPENERS:
        return False
    if not all(word[0].isupper() or word[0].isdigit() or word in _NAME_CONNECTORS for word in words):
        return False
    return name.casefold() not in authors and name.casefold() not in sections


def _about_name(name: str, texts: Sequence[str], common: frozenset[str]) -> bool:
    """Whether the name an "About X" line gives is the site's: printed alone on a line of its own
    (the logo's text), no word of it one the article writes in lowercase ("About Cookies")."""
    if any(word.casefold() in common for word in name.split()):
        return False
    return any(text.strip() == name for text in texts)


def from_interface(
    blocks: Sequence[Block],
    authors: Sequence[str] = (),
    sections: frozenset[str] = frozenset(),
    common: frozenset[str] = frozenset(),
) -> str | None:
    """The site's name as its own interface prints it, in a line such as "More from Example",
    "Get Example delivered to your inbox" or a footer's "About Example", when the page prints that
    name elsewhere too; of several, the one printed most often (a publisher's "More from" box names
    its group once), or a longer one that starts with it ("Quanta Magazine" over "Quanta")."""
    texts = [block.text for block in blocks if block.text]
    pattern = _naming()
    known = frozenset(author.casefold() for author in authors)
    names: dict[str, int] = {}
    for text in texts:
        if len(text) > MAX_NAMING_CHARS:
            continue
        folded = text.casefold()
        if not any(word in folded for word in _NAMING_WORDS):
            continue
        match = pattern.match(text.strip())
        if match is None or match.lastindex is None:
            continue
        name = match.group(match.lastindex).strip()
        if name not in names and _site_name(name, known, sections):
            if folded.startswith("about ") and not _about_name(name, texts, common):
                continue
            names[name] = sum(name in other for other in texts)
            if len(names) == MAX_NAMES:
                break
    best = max(names, key=names.__getitem__, default=None)  # the first of equals
    if best is None or names[best] < MIN_NAME_MENTIONS:
        return None
    # "Quanta" of "About Quanta" counts the mentions of "Quanta Magazine" too: the full name wins
    fuller = [name for name in names if name.startswith(best + " ") and names[name] >= MIN_NAME_MENTIONS]
    return max(fuller, key=names.__getitem__) if fuller else best

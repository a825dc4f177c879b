"""Bylines: "By Jane Doe", "Jane Doe and John Roe", "Von Max Muster", "Par Jean Dupont, AFP".

A byline is found in a short line that starts with a byline word of some language (from the phrase
file), or, next to the headline, a short line that is only a name followed by a date. The names are
cut out of the rest (dates, roles, agencies, separators) and several authors are joined with "; ".
"""

from __future__ import annotations

import functools
import re

from articlean import regexes
from articlean.dates import find_date
from articlean.doccache import per_document
from articlean.metaphrases import alternation, interface_phrases, months, phrases
from articlean.phrases import first_words, opening_word

# A byline is a short line; a longer one is a sentence that happens to start with "By".
MAX_BYLINE_WORDS = 24
# A name has at most this many words ("Bruno Henrique Zecchin Rodrigues", "Jean-Claude van Damme").
MAX_NAME_WORDS = 5
# More names than this in a comma list are a list of affiliations.
MAX_AUTHORS = 4
# Lowercase words that belong inside names in many languages.
_PARTICLES = frozenset(
    [
        "de", "del", "della", "der", "di", "da", "das", "do", "dos", "du", "van", "von", "vom",
        "zu", "la", "le", "ten", "ter", "bin", "ibn", "al", "el", "y", "e"
    ]
)
_NAME_SEPARATOR = regexes.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b|\bi\b)\s*"
)
# Where the names stop: a separator that introduces the date, the role, or the rest of the line.
_NAME_END = regexes.compile(
    r"\s+(?:[|·•/—–-]|\bon\b|\bam\b|\ble\b|\bel\b|\bil\b|\bupdated\b|\bpublished\b)\s+|\s*[|·•(\[]", re.I
)
_LEADING_SYMBOLS = regexes.compile(r"^[^\w(]+")
# A date that opens a byline ("on March 10, 2015 by ...") starts within this many characters.
MAX_BEFORE_DATE = 12
# A clock time ("13h36", "8:02 pm") in a header line.
_CLOCK = regexes.compile(r"\b\d{1,2}(?::|h)\d{2}(?:\s*[ap]\.?m\.?)?(?!\w)", re.IGNORECASE)
# A number run into the word before it, as text nodes are when a scraper joins them.
_GLUED_NUMBER = regexes.compile(r"(?<=[^\W\d_])(?=\d)")
_TRAILING_JUNK = regexes.compile(r"[\s,;:|·•–—-]+$")
_EMAIL_OR_URL = regexes.compile(r"\S+@\S+|https?://\S+|\bwww\.\S+")
# Parts of a header line: "Site | date | By Jane Doe".
_PART_SEPARATOR = regexes.compile(r"\s[|•·]\s")
# A word with a dot inside followed by a few letters: a domain ("Example.com"), not an initial ("M.").
_DOMAIN = regexes.compile(r"\w\.[^\W\d_]{2,}")


@functools.cache
def _prefix() -> re.Pattern[str]:
    words = alternation(phrases("byline-prefix"))
    return regexes.compile(rf"^(?:{words})(?:\s*[:：]\s*|\s+)(?=\S)", re.IGNORECASE)


@functools.cache
def _prefix_words() -> frozenset[str]:
    """The words a byline prefix opens with ("by", "written", "von", "作者")."""
    return first_words(phrases("byline-prefix"))


def _prefix_match(text: str) -> re.Match[str] | None:
    """The byline prefix at the start of ``text``; a line that opens with none of the prefixes' words
    is not tried (the pattern is compiled only for a page that has one: a millisecond at start-up)."""
    if opening_word(text) not in _prefix_words():
        return None
    return _prefix().match(text)


@functools.cache
def _roles() -> re.Pattern[str]:
    words = alternation(list(phrases("byline-role")) + list(phrases("picture-agency")))
    return regexes.compile(rf"^(?:{words})\b", re.IGNORECASE)


@functools.cache
def _role_openings() -> frozenset[str]:
    """The words a byline role or a picture agency opens with ("staff", "reuters")."""
    return first_words([*phrases("byline-role"), *phrases("picture-agency")])


def _role_match(text: str) -> bool:
    """Whether ``text`` opens with a byline role or a picture agency; a line whose first word opens
    none is not tried (the pattern is compiled only for a page that has one)."""
    return opening_word(text) in _role_openings() and _roles().match(text) is not None


@functools.cache
def _role_words() -> frozenset[str]:
    """Single words of the byline roles ("staff", "editor", "correspondent"): no part of a name."""
    return frozenset(word for entry in phrases("byline-role") for word in entry.split() if len(word) > 3)


def _is_name_word(word: str) -> bool:
    if word.casefold() in _PARTICLES:
        return True
    core = word.strip(".'’()")
    # "From:" is a label, "LWN.net" a site and "Jane Doe/AFP" a photo credit, not parts of a name
    if not core or any(char.isdigit() for char in core) or word.endswith(":") or _DOMAIN.search(core):
        return False
    if "/" in core or _is_date_marker(core):  # "Published Thu 27 Jul 2017": no name before the date
        return False
    first = core[0]
    # Scripts without case (CJK, Arabic, ...) cannot show a capital; accept their letters.
    return first.isupper() or (first.isalpha() and not first.islower())


def _is_date_marker(word: str) -> bool:
    return word.casefold() in _date_markers()


@functools.cache
def _date_markers() -> frozenset[str]:
    """One-word publication and update markers ("Published", "Aktualisiert")."""
    return frozenset(entry for entry in (*phrases("published"), *phrases("updated")) if " " not in entry)


def clean_name(text: str) -> str | None:
    """A person's name, or None when the text does not look like one."""
    text = _TRAILING_JUNK.sub("", text.strip(" \t.:,"))
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or _role_match(text):
        return None
    if not all(_is_name_word(word) for word in words):
        return None
    if any(word.casefold() in _role_words() for word in words):  # "Our Foreign Staff", "Web Editor"
        return None
    if len(words) == 1 and (len(text) < 2 or text.casefold() in _PARTICLES):
        return None
    if words[-1].casefold() in _PARTICLES:  # "Notizen der Woche vom": a name ends with a name
        return None
    return text


def leading_name(text: str) -> str | None:
    """The name a piece starts with: "Lucy Akins eHow Contributor" -> "Lucy Akins"."""
    words = text.split()[: MAX_NAME_WORDS + 1]
    for position, word in enumerate(words):
        if position >= 1 and word.casefold().strip(".,") in phrases("weekday"):  # "Jane Doe Monday, …"
            words = words[:position]
            break
        following = words[position + 1] if position + 1 < len(words) else ""
        if position >= 1 and word.casefold().strip(".,") in months() and following[:1].isdigit():
            # "Jane Doe March 18 at 3pm": a date without its year
            words = words[:position]
            break
    for size in range(len(words), 0, -1):
        name = clean_name(" ".join(words[:size]))
        if name and (size == len(text.split()) or size >= 2):
            return name
    return None


def _names(rest: str) -> list[str]:
    """The names at the start of what follows a byline word."""
    rest = _GLUED_NUMBER.sub(" ", rest)  # "Lucas Nolan22 Dec 2016": text nodes run together
    date = find_date(rest)
    if date is not None:
        rest = rest[: date.start]
    rest = _EMAIL_OR_URL.sub(" ", rest)
    end = _NAME_END.search(rest)
    if end:
        rest = rest[: end.start()]
    pieces = [piece for piece in _NAME_SEPARATOR.split(rest) if piece.strip()]
    has_conjunction = bool(re.search(r"&|\b(?:and|und|et|y|e|en|og|och|i)\b", rest))
    if not has_conjunction or len(pieces) > MAX_AUTHORS or any(len(p.split()) < 2 for p in pieces):
        # "Jane Doe, Reuters" or "Jane Doe, Staff Writer, Privacy and Technology": after a comma
        # comes an affiliation, not a second author.
        pieces = pieces[:1]
    names = [name for name in (leading_name(piece) for piece in pieces) if name]
    if len(names) < len(pieces) and has_conjunction:
        names = names[:1] if names and pieces and clean_name(pieces[0]) else names
    return names


def is_prefix_only(text: str) -> bool:
    """Whether the line is only a byline word ("By", "Von", "Par :")."""
    word = " ".join(text.strip(" \t:：").casefold().split())
    return word in phrases("byline-prefix")


def byline_start(text: str) -> bool:
    """Whether a short line starts with a byline word followed by a capital ("By Jane ...")."""
    match = _prefix_match(text.strip()) if len(text.split()) <= MAX_BYLINE_WORDS else None
    if not match:
        return False
    rest = text.strip()[match.end() :]
    return bool(rest) and (rest[0].isupper() or not rest[0].isascii())


def byline_prefix(text: str) -> bool:
    """Whether a line starts with a byline word ("By", "Posted by", "Von") and a space or colon."""
    return bool(_prefix_match(text.strip()))


def prefixed_byline(text: str, max_words: int = MAX_BYLINE_WORDS) -> list[str]:
    """Names of a "By …" line in any language of the phrase file; [] when it is not one.

    The byline word may follow a date ("March 10, 2015 by Jane Doe") or a symbol ("// By ...").
    """
    if len(text.split()) > max_words:
        return []
    text = _LEADING_SYMBOLS.sub("", text.strip())
    match = _prefix_match(text)
    if match:
        return _names(text[match.end() :])
    date = find_date(text)
    if date is not None and date.start <= MAX_BEFORE_DATE:
        rest = _LEADING_SYMBOLS.sub("", text[date.end :].strip())
        match = _prefix_match(rest)
        if match:
            return _names(rest[match.end() :])
    # "Le Monde | 04.05.2015 | Par Martin Untersinger": the byline is one part of a header line
    for part in _PART_SEPARATOR.split(text)[1:]:
        match = _prefix_match(part.strip())
        if match:
            return _names(part.strip()[match.end() :])
    return _byline_after_time(text) if date is not None else []


def _byline_after_time(text: str) -> list[str]:
    """ "Le Monde 04.05.2015 à 13h36 Par Martin Untersinger": a capitalised byline word right after
    the time of a dated header line whose separators a scraper dropped."""
    for clock in _CLOCK.finditer(text):
        rest = text[clock.end() :].strip()
        match = _prefix_match(rest)
        if match and rest[0].isupper():
            return _names(rest[match.end() :])
    return []


def dated_name(text: str) -> list[str]:
    """Names of a "Jane Doe - Apr 16, 2015" line (a name, a separator, a date); [] otherwise."""
    date = find_date(text)
    if date is None or date.start == 0 or len(text.split()) > MAX_BYLINE_WORDS:
        return []
    head = _TRAILING_JUNK.sub("", text[: date.start])
    head = re.sub(r"\s+(?:on|am|le|el|il|op|den|dnia)$", "", head, flags=re.IGNORECASE)
    name = leading_name(head)
    extra = head.split()[len(name.split()) :] if name else []
    if any(word.casefold().strip(".,") not in phrases("weekday") for word in extra):
        return []  # more than a weekday after the name: a sentence or a title, not a byline
    return [name] if name and len(name.split()) >= 2 else []


# An age: "8h", "1 day ago", "2 ore fa", "vor 2 Stunden", "il y a 2 heures", "hace 2 horas".
AGE = (
    r"\d+\s*(?:h|m|d|min|mins|hrs?|hours?|days?|weeks?|months?)\b(?:\s+ago)?"
    r"|\d+\s+\w+\s+(?:ago|fa|geleden|temu|назад)|(?:vor|il\s+y\s+a|hace|há)\s+\d+\s+\w+"
)
# What follows a name on a byline line: "• 8h", "1 day ago", ", @handle", "| Follow".
_NAME_TAIL = regexes.compile(
    rf"\s*(?:[•·|,–—-]\s*)?(@\w+|{AGE})?\s*(?:[•·|]\s*)?(?:follow)?\s*$",
    re.IGNORECASE,
)
MAX_BARE_LINE_CHARS = 120
# "Jane Doe, Senior Staff Writer": a role word among the first words after the comma.
MAX_ROLE_LEAD_WORDS = 3
# A bare name is two to four words: one word is a label ("Opinion"), more is a headline.
MIN_BARE_NAME_WORDS, MAX_BARE_NAME_WORDS = 2, 4


@per_document  # the title, header and teaser readers ask about the same lines
def bare_name(text: str, common_words: frozenset[str] = frozenset()) -> tuple[str, bool] | None:
    """(name, dated) of a line that is only a person's name: "Sarah Archer", "James Akinaka • 8h".

    ``dated`` is true when the line itself ends with an age or a handle ("• 8h", ", @jane") or a
    role ("Jane Doe, Senior Staff Writer"), which makes it a byline on its own. ``common_words``
    are words the page writes in lowercase: "Consumer Electronics" is made of them, names are not.
    """
    text = text.strip()
    if len(text) > MAX_BARE_LINE_CHARS or " ".join(text.casefold().split()).startswith(interface_phrases()):
        return None
    head, comma, rest = text.partition(",")
    role = rest.split()[:MAX_ROLE_LEAD_WORDS]
    if comma and (_role_match(rest.strip()) or any(word.casefold() in _role_words() for word in role)):
        text, dated = head, True
    else:
        tail = _NAME_TAIL.search(text)
        dated = bool(tail and tail.group(1))
        text = text[: tail.start()] if tail else text
    name = clean_name(text)
    if name is None or not MIN_BARE_NAME_WORDS <= len(name.split()) <= MAX_BARE_NAME_WORDS:
        return None
    if any(word.casefold() in phrases("section") or word.casefold() in common_words for word in name.split()):
        return None
    return name, dated


def without_dates(authors: str | None) -> str | None:
    """A page's author list without the date run into it ("Joe Wee Monday; February" -> "Joe Wee"):
    HTML author fields sometimes hold a whole "name, weekday, month day" line."""
    if not authors:
        return authors
    names = []
    for part in authors.split(";"):
        words = part.split()
        weekday = next((at for at, word in enumerate(words) if at and _is_weekday(word)), None)
        words = words[:weekday]
        lone_date_word = len(words) == 1 and (_is_weekday(words[0]) or _folded(words[0]) in months())
        if not lone_date_word and not any(char.isdigit() for char in part):
            names.append(" ".join(words))
    return join_authors(names)


def _folded(word: str) -> str:
    return word.casefold().strip(".,")


def _is_weekday(word: str) -> bool:
    return _folded(word) in phrases("weekday")


def join_authors(names: list[str]) -> str | None:
    unique: list[str] = []
    for name in filter(None, names):
        if name.casefold() not in (seen.casefold() for seen in unique):
            unique.append(name)
    return "; ".join(unique) or None

"""Dates written in a line of text -> ISO 8601, in the formats and languages pages print them.

Only regular expressions: a line must first hold a year (``19xx``/``20xx``) before the slower
patterns run, so a whole dump is scanned at regex speed. Month names come from the phrase file.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from articlean import regexes
from articlean.doccache import per_document
from articlean.metaphrases import alternation, months, phrases

_YEAR = regexes.compile(r"(?<!\d)(?:19[7-9]\d|20\d\d)(?!\d)")
_ISO = regexes.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_CJK = regexes.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})")
# "12.06.2024", "12/06/2024", and "12. 6. 2024" as Czech and Slovak print it
_DAY_MONTH_YEAR = regexes.compile(r"(?<![\d.])(\d{1,2})([./-]|\. )(\d{1,2})\2(\d{4})(?!\.?\d)")
_YEAR_SLASH = regexes.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
# "2024.06.12" and "2024. 6. 12." as Korean, Hungarian and Chinese pages print it; not a version
# number ("2024.1.2")
_YEAR_DOTTED = (
    regexes.compile(r"(?<![\d.])(\d{4})\.(\d{2})\.(\d{2})(?!\.?\d)"),
    regexes.compile(r"(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})(?!\d)"),
)
# A time: "8:02 pm", "5:30am", "14:30", "14h30"; an optional zone after it.
_TIME = regexes.compile(
    r"(?<![\d:])(\d{1,2})(?::|h(?=\d\d))(\d{2})(?::(\d{2}))?\s*([ap])?\.?(?:m\.?)?(?![\w])"
    r"\s*(UTC|GMT|Z\b|[+-]\d{2}:?\d{2}\b)?(?:\s*([+-]\d{1,2})(?::?(\d{2}))?\b)?",
    re.IGNORECASE,
)
_LETTERS = regexes.compile(r"[^\W\d_]{2,}")
# "11.03.17": a date with a two-digit year is only believed alone on a line of a few words.
_SHORT_NUMERIC = regexes.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d.])")
SHORT_DATE_LINE_WORDS = 4
# A citation's marker ("Archived from the original on") ends this close before its date.
MAX_CITED_CHARS = 40
# Month-first order is American; a numeric date is read that way only for English text.
MONTH_FIRST_LANGUAGES = frozenset({"en"})


class FoundDate(NamedTuple):
    """A date found in a line: ISO text, where it was, and what the line says the date is."""

    iso: str
    start: int
    end: int
    kind: str  # "published", "updated" or "" (not said)


@functools.cache
def _named() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = alternation([name for name in months() if len(name) >= 3])
    day_first = regexes.compile(
        rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|-)?({names})\.?(?:\s*de)?[\s,/-]*(\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    # "FinanceOctober 13, 2016": text nodes run together, a capital still starts the month.
    run_together = r"(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))"
    month_first = regexes.compile(
        rf"(?:(?<!\w)|{run_together})({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    return day_first, month_first


# What :func:`_named`'s month-first pattern holds after the month's name, and a line needs for it to
# match: a blank, the day, the year after blanks ("... 13, 2016"). Searched first: the name's
# alternation, tried at every position of the line, cost ten times as much, and most dated lines
# have no such tail (tests/test_dates.py checks the two agree).
_MONTH_FIRST_TAIL = regexes.compile(r"\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?!\d)", re.IGNORECASE)


@functools.cache
def _cited() -> re.Pattern[str]:
    """A citation's access or archive marker right before a date ("Retrieved", "Abgerufen am")."""
    words = alternation(phrases("cited"))
    return regexes.compile(rf"(?<!\w)(?:{words})\s*(?:on|am|le|el|em|il|op|dnia)?\s*[:,]?\s*$", re.IGNORECASE)


def _is_cited(text: str, date_start: int) -> bool:
    return bool(_cited().search(text, max(0, date_start - MAX_CITED_CHARS), date_start))


@functools.cache
def _kind_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    published = regexes.compile(rf"(?<!\w)(?:{alternation(phrases('published'))})(?!\w)", re.IGNORECASE)
    updated = regexes.compile(rf"(?<!\w)(?:{alternation(phrases('updated'))})(?!\w)", re.IGNORECASE)
    return published, updated


def _valid(year: int, month: int, day: int) -> bool:
    return 1970 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31


def _date_parts(text: str, language: str | None) -> tuple[int, int, int, re.Match[str]] | None:
    """(year, month, day, match) of the first date in the text, or None."""
    day_first, month_first = _named()
    iso = _ISO.search(text)
    if iso:
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), iso
    for pattern in (month_first, day_first):
        if pattern is month_first and _MONTH_FIRST_TAIL.search(text) is None:
            continue  # it cannot match (see _MONTH_FIRST_TAIL)
        match = pattern.search(text)
        if match:
            if pattern is month_first:
                month_name, day, year = match.group(1), match.group(2), match.group(3)
            else:
                day, month_name, year = match.group(1), match.group(2), match.group(3)
            month = months().get(month_name.casefold().replace(".", ""), 0)
            return int(year), month, int(day), match
    year_first = (pattern.search(text) for pattern in (_CJK, _YEAR_SLASH, *_YEAR_DOTTED))
    cjk = next((match for match in year_first if match), None)
    if cjk:
        return int(cjk.group(1)), int(cjk.group(2)), int(cjk.group(3)), cjk
    numeric = _DAY_MONTH_YEAR.search(text)
    if numeric:
        first, second, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        month_first_order = numeric.group(2) == "/" and language in MONTH_FIRST_LANGUAGES
        if (month_first_order and first <= 12) or second > 12:
            first, second = second, first
        return year, second, first, numeric
    return None


def _offset(zone: str | None, hours: str | None, minutes: str | None) -> str:
    if zone:
        upper = zone.upper()
        if upper in ("UTC", "GMT", "Z"):
            return "+00:00"
        digits = zone[1:].replace(":", "")
        return f"{zone[0]}{digits[:2]}:{digits[2:4] or '00'}"
    if hours:
        sign, value = hours[0], int(hours[1:])
        return f"{sign}{value:02d}:{minutes or '00'}"
    return ""


def _time(text: str) -> str:
    """'THH:MM[:SS][offset]' of the first time in the text, or ''."""
    match = _TIME.search(text)
    if not match:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2))
    meridiem = (match.group(4) or "").casefold()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return ""
    seconds = f":{match.group(3)}" if match.group(3) else ""
    return f"T{hour:02d}:{minute:02d}{seconds}{_offset(match.group(5), match.group(6), match.group(7))}"


def _iso_match_time(match: re.Match[str]) -> str:
    if match.re is not _ISO or not match.group(4):
        return ""
    seconds = f":{match.group(6)}" if match.group(6) else ""
    return f"T{int(match.group(4)):02d}:{match.group(5)}{seconds}{_offset(match.group(7), None, None)}"


# The title, header, teaser and dateline readers ask about the same lines, and the re-check again.
@per_document
def find_date(text: str, language: str | None = None) -> FoundDate | None:
    """The first date written in ``text``, with the time next to it when there is one."""
    if not _YEAR.search(text):
        return None
    parts = _date_parts(text, language)
    if parts is None:
        return None
    year, month, day, match = parts
    if not _valid(year, month, day) or _is_cited(text, match.start()):
        return None
    clock = _iso_match_time(match) or _time(text[: match.start()] + " " + text[match.end() :])
    published, updated = _kind_patterns()
    before = text[: match.start()]
    kind = "updated" if updated.search(before) else "published" if published.search(before) else ""
    return FoundDate(f"{year:04d}-{month:02d}-{day:02d}{clock}", match.start(), match.end(), kind)


def is_date_line(text: str, found: FoundDate, max_extra_words: int = 6) -> bool:
    """Whether a line is mostly its date (plus a marker like 'Published:' and a time).

    Weekdays, month names, time zones ("EST") and update markers are part of a dateline:
    "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST" is one.
    """
    rest = text[: found.start] + " " + text[found.end :]
    rest = _TIME.sub(" ", rest)
    words = [word for word in _LETTERS.findall(rest) if not _is_date_word(word)]
    return len(words) <= max_extra_words


def _is_date_word(word: str) -> bool:
    folded = word.casefold()
    return (
        folded in months()
        or folded in _weekdays()
        or (word.isupper() and len(word) <= 4)
        or bool(_kind_patterns()[0].fullmatch(word) or _kind_patterns()[1].fullmatch(word))
    )


@functools.cache
def _weekdays() -> frozenset[str]:
    """Weekday names and their three-letter abbreviations."""
    names = phrases("weekday")
    return frozenset([*names, *(name[:3] for name in names)])


def short_numeric_date(text: str, language: str | None) -> FoundDate | None:
    """A two-digit-year date alone on a short line ("11.03.17 in Gadgetry", "10.15.15")."""
    match = _SHORT_NUMERIC.match(text.strip())
    if not match or len(text.split()) > SHORT_DATE_LINE_WORDS:
        return None
    first, second, year = int(match.group(1)), int(match.group(3)), 2000 + int(match.group(4))
    if (language in MONTH_FIRST_LANGUAGES and first <= 12) or second > 12:
        first, second = second, first
    if not _valid(year, second, first):
        return None
    return FoundDate(f"{year:04d}-{second:02d}-{first:02d}", match.start(), match.end(), "")

"""The headline: which short line before the article is its title, and what to cut off it.

Candidates are short lines shortly before the article start, markdown headings, and the first line
of the dump (scrapers often print the page's ``<title>`` first). Each gets a score from its shape,
its heading level, its distance to the article and whether the ``<title>`` line repeats it with a
site suffix. The headline loses its site suffix (" | Site") and its section kicker ("Opinion | ").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from articlean.bylines import byline_start
from articlean.captions import split_credit
from articlean.dates import find_date, is_date_line
from articlean.metaphrases import phrases
from articlean.model import Block

# Separators between a headline and its site or section in a <title> (" | ", " - ", " — ", ...).
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:»«/·•]\s+")
# How far before the article start a headline is looked for, in blocks.
TITLE_WINDOW = 30
# Headlines are 2..30 words; CJK headlines have no spaces and are counted in characters.
MIN_TITLE_WORDS, MAX_TITLE_WORDS, MAX_TITLE_CHARS = 2, 30, 200
# A headline must score at least this to be believed.
MIN_TITLE_SCORE = 0.5
# Each block between a candidate and the article start makes it less likely the headline.
DISTANCE_PENALTY = 0.03
# A byline or dateline within this many blocks after a line marks it as the headline.
SIGNAL_REACH, SIGNAL_BONUS = 6, 2.0
# The <title> line repeating a line (with a site suffix) is the strongest sign of a headline.
TAG_BONUS = 4.0
# Scrapers often print the page's <title> first; a first line is a fair guess when nothing is better.
FIRST_LINE_BONUS = 1.0
# A site name in a title suffix is at most this many words.
MAX_SITE_WORDS = 6
# A kicker ("Opinion", "Biz & IT") is at most this many words.
MAX_KICKER_WORDS = 4


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    index: int | None  # the block holding the headline
    tag_index: int | None  # the block holding the <title> line, when it is another one
    kicker: str | None
    site: str | None


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
    pieces = re.split(f"({TITLE_SEPARATOR.pattern})", text)
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
    headline = parts[head]
    for number in range(head + 1, tail):
        joiner = ": " if separators[number - 1] == ":" else f" {separators[number - 1]} "
        headline += joiner + parts[number]
    return headline.strip(), kicker, site


def _words(text: str) -> int:
    return len(text.split())


def _is_header_signal(text: str) -> bool:
    """A byline or a dateline: what pages print right under a headline."""
    if len(text.split()) > MAX_TITLE_WORDS:
        return False
    found = find_date(text)
    return (found is not None and is_date_line(text, found)) or bool(byline_start(text))


def _shape_ok(block: Block) -> bool:
    words = _words(block.text)
    if len(block.text) > MAX_TITLE_CHARS or block.list_item or block.text.startswith(("(", "[", "©")):
        return False
    if words < MIN_TITLE_WORDS and not (len(block.text) >= 4 and not block.text.isascii()):
        return False
    if words > MAX_TITLE_WORDS:
        return False
    return not _is_header_signal(block.text) and split_credit(block.text) is None


@functools.cache
def _interface_phrases() -> tuple[str, ...]:
    """Navigation and sharing phrases (the body classifier's list, read here too when present)."""
    path = resources.files("articlean") / "data" / "ui-phrases.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return ()
    return tuple(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def _shape_score(block: Block) -> float:
    text = block.text
    if normalise(text).startswith(_interface_phrases()):
        return -2.0
    score = {1: 3.0, 2: 1.5, 3: 0.5}.get(block.heading_level, 0.0)
    words = _words(text)
    score += 1.0 if 4 <= words <= 20 else 0.0
    if text.endswith((".", ",", ";")) and not text.endswith("..."):
        score -= 1.0
    if text.endswith(":"):
        score -= 2.0
    if text[0].islower() or text[0].isdigit():
        score -= 1.0
    if block.link_chars > 0.5 * len(text):
        score -= 0.5
    return score


def _tag_prefixes(text: str) -> set[str]:
    """Normalised headline forms a <title> line stands for: each run of leading parts."""
    parts = TITLE_SEPARATOR.split(text.strip())
    separators = TITLE_SEPARATOR.findall(text.strip())
    forms = set()
    for start in range(min(2, len(parts))):
        joined = parts[start]
        forms.add(normalise(joined))
        for number in range(start + 1, len(parts)):
            joined += separators[number - 1] + parts[number]
            forms.add(normalise(joined))
    return forms


def _candidates(blocks: Sequence[Block], start: int, end: int) -> list[int]:
    # The article's own opening paragraph is never its headline: otherwise cleaning the body
    # again would take its first line for a title, and cleaning would not be idempotent.
    chosen = set(range(max(0, start - TITLE_WINDOW), min(len(blocks), start)))
    chosen.update(number for number in range(0, end + 1) if blocks[number].heading_level == 1)
    return sorted(number for number in chosen if blocks[number].text and _shape_ok(blocks[number]))


def _signals(blocks: Sequence[Block], numbers: list[int]) -> set[int]:
    lowest = min(numbers, default=0)
    highest = max(numbers, default=0) + SIGNAL_REACH
    return {n for n in range(lowest, min(highest, len(blocks))) if _is_header_signal(blocks[n].text)}


def _score(blocks: Sequence[Block], number: int, start: int, signals: set[int]) -> float:
    score = _shape_score(blocks[number])
    score -= DISTANCE_PENALTY * (start - number) if number < start else 1.0
    if any(number < signal <= number + SIGNAL_REACH for signal in signals):
        score += SIGNAL_BONUS
    return score


def find_title(blocks: Sequence[Block], start: int, end: int, hint: str | None) -> Title | None:
    """The headline of an article whose first body block is ``start`` and last is ``end``."""
    if not blocks:
        return None
    first = next((number for number in range(len(blocks)) if blocks[number].text), 0)
    tag_text = hint or blocks[first].text
    tag_forms = _tag_prefixes(tag_text)
    candidates = _candidates(blocks, start, end)
    signals = _signals(blocks, candidates)
    best: tuple[float, int] | None = None
    for number in candidates:
        score = _score(blocks, number, start, signals)
        if number != first and normalise(blocks[number].text) in tag_forms:
            score += TAG_BONUS
        if number == first and hint is None:
            score += FIRST_LINE_BONUS
        if best is None or score > best[0]:
            best = (score, number)
    if best is None or best[0] < MIN_TITLE_SCORE:
        if hint:
            text, kicker, site = split_title(hint, tag=True)
            return Title(text, None, None, kicker, site)
        return None
    index = best[1]
    is_tag = index == first and hint is None and bool(TITLE_SEPARATOR.search(blocks[index].text))
    text, kicker, site = split_title(blocks[index].text, tag=is_tag)
    tag_index = (
        first if index != first and normalise(blocks[index].text) in tag_forms and hint is None else None
    )
    if tag_index is not None and site is None:
        site = split_title(blocks[first].text, tag=True)[2]
    return Title(text, index, tag_index, kicker, site)

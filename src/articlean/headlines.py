"""What a headline line looks like, whatever page it is on: its shape, the byline or dateline under
it, the breadcrumb that ends with it, and the topic words it shares with the article.

:mod:`articlean.titles` weighs these signals to choose the headline of one page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from articlean import regexes
from articlean.bylines import bare_name, byline_prefix, byline_start
from articlean.captions import split_credit
from articlean.dates import find_date, is_date_line
from articlean.doccache import per_document
from articlean.metaphrases import interface_phrases
from articlean.model import Block
from articlean.titleparts import TAG_SEPARATOR, normalise

_WORD = regexes.compile(r"\w+")
# A name line dated by a handle, an age ("8h", "2 hours ago") or a role (", Staff Writer") has one.
_DATED_NAME_HINT = regexes.compile(r"[@,]|\d\s*[^\W\d_]")

# A breadcrumb: "Home > News > Headline"; its last part is a form of the headline.
_BREADCRUMB_SEPARATOR = regexes.compile(r"\s[>»/›]\s")
# "11.03.17 in Gadgetry", "2 comments": a line opening with a number, not "1Password ..."
# A web address with a path ("pic.twitter.com/x", "https://…"): an embedded post's tail or a link
# printed as text, never a headline's words ("Amazon.com posts record sales" has no path, nor has a
# <title> line's host suffix, "Headline — www.example.com").
_WEB_ADDRESS = regexes.compile(r"https?://|\b\w[\w-]*(?:\.[\w-]+)*\.[a-z]{2,}/\S", re.IGNORECASE)
_NUMBER_START = regexes.compile(r"\d+(?![^\W\d_])")
# Headlines are not sentences: a line ending like one ("... called 911.") is a paragraph, a quote or
# a caption; but "N.Y.C." and "U.S." end abbreviations.
SENTENCE_PENALTY = 2.5
SENTENCE_ENDS = (".", ",", ";", "。", "、")
_ABBREVIATION_END = regexes.compile(r"(?:\b\w\.){2,}$")
# Lines whose separated parts all have at most this many words are menus.
MAX_MENU_ITEM_WORDS = 2
# Headlines are 2..30 words; CJK headlines have no spaces and are counted in characters.
MIN_TITLE_WORDS, MAX_TITLE_WORDS, MAX_TITLE_CHARS = 2, 30, 200
# ... and a one-word line of fewer characters is no headline at all.
MIN_ONE_WORD_CHARS = 3
# Characters from here on (CJK punctuation, kana, ideographs, hangul) belong to unspaced scripts.
UNSPACED_START = 0x3000
# A numbered item of a series ("5a etapa: 20 de maio", "6a etapa: ...", "Step 2: ...") whose
# neighbouring line opens with the same words around another number is a list's item, not a
# headline: the first item of a list kept at the top of the body was the title of the cleaned output,
# and the stability re-check dropped the list one item per round. This many opening words compared:
SERIES_LEAD_WORDS = 2
_DIGITS = regexes.compile(r"\d+")


def word_count(text: str) -> int:
    return len(text.split())


@per_document  # asked of the same lines by every pass over a document
def is_header_signal(text: str) -> bool:
    """A byline or a dateline: what pages print right under a headline."""
    if len(text.split()) > MAX_TITLE_WORDS:
        return False
    found = find_date(text)
    if found is not None and (is_date_line(text, found) or byline_prefix(text)):
        return True
    if byline_start(text):
        return True
    # "Jane Doe, @jane", "Jane Doe • 8h", "Jane Doe, Staff Writer": only such lines can be dated names
    name = bare_name(text) if _DATED_NAME_HINT.search(text) else None
    return name is not None and name[1]


def shape_ok(block: Block) -> bool:
    words = word_count(block.text)
    if len(block.text) > MAX_TITLE_CHARS or block.list_item or block.text.startswith(("(", "[", "©")):
        return False
    if words < MIN_TITLE_WORDS and len(block.text) < MIN_ONE_WORD_CHARS:
        return False
    if words > MAX_TITLE_WORDS:
        return False
    if "/" in block.text and _WEB_ADDRESS.search(block.text):
        return False
    return not is_header_signal(block.text) and split_credit(block.text) is None


def shape_score(block: Block) -> float:
    text = block.text
    if normalise(text).startswith(interface_phrases()):
        return -2.0
    score = {1: 3.0, 2: 1.5, 3: 0.5}.get(block.heading_level, 0.0)
    words = word_count(text)
    score += 1.0 if 4 <= words <= 20 else 0.0
    if text.endswith(SENTENCE_ENDS) and not text.endswith("...") and not _ABBREVIATION_END.search(text):
        score -= SENTENCE_PENALTY
    if text.endswith(":"):
        score -= 2.0
    if text[0].islower() or _NUMBER_START.match(text):
        score -= 1.0
    parts = TAG_SEPARATOR.split(text)
    if len(parts) >= 2 and all(len(part.split()) <= MAX_MENU_ITEM_WORDS for part in parts):
        score -= 2.0  # "Sign in | Register", "« Previous | Next »": a menu
    elif len(_BREADCRUMB_SEPARATOR.findall(text)) >= 2:
        score -= 2.0  # "News > World > Headline": a breadcrumb, whose last part may be the headline
    if block.link_chars > 0.5 * len(text):
        score -= 0.5
    return score


def breadcrumb_ends(blocks: Sequence[Block], first: int, last: int) -> set[str]:
    """The last parts of breadcrumb lines ("News > World > Headline")."""
    ends = set()
    for number in range(max(0, first), min(last, len(blocks))):
        text = blocks[number].text
        if len(_BREADCRUMB_SEPARATOR.findall(text)) >= 2:
            ends.add(normalise(_BREADCRUMB_SEPARATOR.split(text)[-1]))
    return ends


def header_signals(blocks: Sequence[Block], last: int) -> set[int]:
    """Bylines and datelines up to block ``last``: the lines under a headline."""
    numbers = range(0, min(last, len(blocks)))
    return {number for number in numbers if blocks[number].text and is_header_signal(blocks[number].text)}


@per_document  # the re-check mostly reads the same article sample again
def content_counts(text: str, stoplist: frozenset[str]) -> Mapping[str, int]:
    """How often each topic word occurs in a text (read-only: the counts are shared)."""
    return Counter(topic_words(text, stoplist))


@per_document  # each pass over a page scores the same candidate lines
def content_words(text: str, stoplist: frozenset[str]) -> frozenset[str]:
    return frozenset(topic_words(text, stoplist))


def unspaced(word: str) -> bool:
    """Whether a word holds a character of an unspaced script (a character class this wide takes
    milliseconds to compile, and words are short)."""
    return any(UNSPACED_START <= ord(char) <= 0xFFFF for char in word)


def topic_words(text: str, stoplist: frozenset[str]) -> list[str]:
    """The words of a text that carry its topic: not stopwords, not one or two letters.

    Scripts written without spaces give their character pairs instead.
    """
    words = _WORD.findall(text.casefold())
    found = [
        word
        for word in words
        if len(word) > 2 and word not in stoplist and (word.isascii() or not unspaced(word))
    ]
    for word in words:
        if not word.isascii() and unspaced(word):
            found.extend(word[position : position + 2] for position in range(len(word) - 1))
    return found


def _series_lead(text: str) -> str | None:
    """A numbered line's opening words with their numbers masked ("0a etapa:"), or None."""
    lead = text.split()[:SERIES_LEAD_WORDS]
    if len(lead) < SERIES_LEAD_WORDS or not any(_DIGITS.search(word) for word in lead):
        return None
    return _DIGITS.sub("0", " ".join(lead)).casefold()


def series_item(blocks: Sequence[Block], number: int) -> bool:
    """Whether a line is one numbered item of a series: the text line before or after it opens with
    the same words around another number."""
    text = blocks[number].text
    lead = _series_lead(text)
    if lead is None:
        return False
    before = (other for other in range(number - 1, -1, -1) if blocks[other].text)
    after = (other for other in range(number + 1, len(blocks)) if blocks[other].text)
    opening = text.split()[:SERIES_LEAD_WORDS]
    return any(
        other is not None
        and blocks[other].text.split()[:SERIES_LEAD_WORDS] != opening
        and _series_lead(blocks[other].text) == lead
        for other in (next(before, None), next(after, None))
    )

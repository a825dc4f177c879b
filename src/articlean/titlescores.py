"""A candidate headline's score: its shape, its distance to the article, the byline or dateline under
it, how much it is about the article's topic, whether the page's ``<title>`` or its other lines repeat
it, and the clues of the raw lines (a permalink, a centred line), for :mod:`articlean.titles`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from articlean.bylines import MAX_BARE_NAME_WORDS, bare_name, byline_prefix, byline_start
from articlean.doccache import per_document
from articlean.headlines import (
    MAX_TITLE_CHARS,
    MIN_TITLE_WORDS,
    SENTENCE_ENDS,
    UNSPACED_START,
    content_words,
    shape_score,
    word_count,
)
from articlean.metaphrases import interface_phrases
from articlean.model import Block
from articlean.titleparts import (
    normalise,
)

# A one-word line ("Mozilla", "remoteStorage": an encyclopedia entry, a specification) is the
# headline only when the article keeps naming it: in this many of its opening paragraphs. Otherwise
# it is a menu label or a site name, and scores this much less.
DOMINANT_WORD_LINES, ONE_WORD_PENALTY = 4, 3.0
# A line that is only a person's name is a byline or an author box more often than a headline,
# unless the article keeps naming that person (a biography, an encyclopedia entry).
NAME_PENALTY = 1.0
# Each block between a candidate and the article start makes it less likely the headline, up to a
# cap: share bars and galleries can put many lines between a headline and its first paragraph.
DISTANCE_PENALTY, MAX_DISTANCE_PENALTY = 0.03, 1.5
# A heading inside the article is a subheading more often than the headline.
AFTER_START_PENALTY = 1.0
# A byline or dateline within this many non-blank blocks (scanning at most SIGNAL_SCAN) after a
# line marks it as the headline.
SIGNAL_REACH, SIGNAL_SCAN, SIGNAL_BONUS = 6, 20, 2.0
# A heading between the headline's byline and the article is the first section's title (a date
# may stand above the headline, as blogs print it).
AFTER_BYLINE_PENALTY = 2.0
# A paragraph the classifier kept is the headline only when the <title> line repeats it, or when
# everything else about it is convincing: moving body text out costs more than a missed title.
BODY_PENALTY = 2.0
# A headline shares its topic words with the article; weight of the share of its words the body has.
OVERLAP_BONUS = 2.5
# A line of fewer topic words than this gets a share of that weight: one word matches by chance.
FULL_OVERLAP_WORDS = 3
# A topic word of the article occurs this many times in its opening; a word seen once is chance.
TOPIC_WORD_COUNT = 2
# A headline is often printed twice (breadcrumb, share text, page top); a menu label too, so only
# lines of a few words count, and only when they share a topic word with the article (a related
# story's headline is printed twice as well).
REPEAT_BONUS, MIN_REPEATED_TITLE_WORDS = 1.0, 3
# The <title> line repeating a line (with a site suffix) is the strongest sign of a headline.
TAG_BONUS = 4.0
# A <title> of this many parts names its headline first ("Headline - Chapter - Author | Site").
MANY_TAG_PARTS = 3
# Scrapers often print the page's <title> first; a first line is a fair guess when nothing is better.
FIRST_LINE_BONUS = 1.0
# A first line with a site suffix ("Headline | Site") about the article's topic is the page's
# <title>: when no line of the page prints its headline alone, it is the title the page declares,
# as on HTML input, and wins over the headings below it.
TITLE_TAG_BONUS = 4.0
# A heading linked to its own permalink is a post's headline (:mod:`articlean.titleclues`): enough
# to beat a blog's name set as the page's h1 above it. Only when one headline is so linked.
PERMALINK_BONUS = 2.5
# A line centred in a fixed-width text is set apart as its title, however short: it is spared the
# one-word penalty (a menu label is not centred) and gains this much.
CENTRED_BONUS = 2.0
# A line between two related-stories headings ("You may also like" ... "More from Site") before the
# article is an item of the first box, another story's headline, unless a byline or dateline under
# it says it heads this page. The page's own headline stands above the boxes or below them.
RELATED_PENALTY = 2.0


def _lines_to_signal(blocks: Sequence[Block], number: int, signals: set[int]) -> int | None:
    """How many lines (not counting interface prompts) stand between a line and the byline or
    dateline after it; None when there is none within reach."""
    passed = 0
    for after in range(number + 1, min(len(blocks), number + 1 + SIGNAL_SCAN)):
        if after in signals:
            return passed
        if blocks[after].text and not normalise(blocks[after].text).startswith(interface_phrases()):
            passed += 1
            if passed >= SIGNAL_REACH:
                return None
    return None


def _under_dateline(blocks: Sequence[Block], number: int, context: TitleContext) -> bool:
    """Whether a line stands between a lone dateline and the article, as blogs print a post's
    title under its date ("Blog Name" / "Sunday, May 8, 2016" / "Headline" / first paragraph).

    The date then belongs to the line under it as much as to the headline-shaped line over it;
    a date under a name or a "Follow" button is the byline block of the headline above.
    """
    date = _previous_text(blocks, number)
    if date is None or date not in context.signals or next_text(blocks, number) != context.start:
        return False
    if byline_prefix(blocks[date].text) or byline_start(blocks[date].text):
        return False
    over = _previous_text(blocks, date)
    return over in context.candidates and shape_score(blocks[over]) >= 0


def _previous_text(blocks: Sequence[Block], number: int | None) -> int | None:
    return next((n for n in range(number - 1, -1, -1) if blocks[n].text), None) if number else None


def next_text(blocks: Sequence[Block], number: int) -> int | None:
    return next((n for n in range(number + 1, len(blocks)) if blocks[n].text), None)


class TitleContext(NamedTuple):
    """What a candidate headline is compared with: the article's words and the lines of the page."""

    candidates: list[int]
    body_words: Mapping[str, int]
    stoplist: frozenset[str]
    line_counts: Counter[str]
    tag_forms: set[str]
    tag_longest: int
    tag_parts: int
    signals: set[int]
    first: int
    start: int
    hint: bool
    body: frozenset[int]
    first_is_tag: bool = False
    header_signal: int | None = None
    lowercase_words: frozenset[str] = frozenset()
    tag_head: str = ""
    permalinks: frozenset[int] = frozenset()
    centred: frozenset[int] = frozenset()
    related: range = range(0)


def title_score(blocks: Sequence[Block], number: int, context: TitleContext) -> float:
    block = blocks[number]
    score = shape_score(block)
    distance = context.start - number
    between = _lines_to_signal(blocks, number, context.signals)
    # the classifier kept the headline and the article span starts at it: its byline says so
    over_byline = distance == 0 and between == 0 and not block.text.endswith(SENTENCE_ENDS)
    if number == context.first and distance > 0:
        pass  # the page's first line (often its <title>) is far from the article by nature
    elif distance > 0:
        score -= min(MAX_DISTANCE_PENALTY, DISTANCE_PENALTY * distance)
    elif not over_byline:
        score -= AFTER_START_PENALTY
    score += _signal_score(blocks, number, context, between)
    overlap = topic_overlap(block.text, context)
    score += OVERLAP_BONUS * overlap
    key = normalise(block.text)
    if (
        number != context.first
        and key in context.tag_forms
        and _tag_headline(block.text, key, overlap, context)
        and (context.hint or context.tag_parts > 1)
    ):
        score += TAG_BONUS
    repeated = context.line_counts.get(_line_key(block.text), 0) > 1
    if repeated and word_count(block.text) >= MIN_REPEATED_TITLE_WORDS and overlap > 0:
        score += REPEAT_BONUS
    score += _clue_bonus(number, context)
    if number == context.first and not context.hint:
        score += FIRST_LINE_BONUS * overlap + (TITLE_TAG_BONUS if context.first_is_tag else 0.0)
    if number in context.body and key not in context.tag_forms and not over_byline:
        score -= BODY_PENALTY
    one_word = word_count(block.text) < MIN_TITLE_WORDS and number not in context.centred
    if one_word and not dominant_line(block.text, context):
        score -= ONE_WORD_PENALTY
    elif _is_name(block.text, context):
        score -= NAME_PENALTY
    return score


def _signal_score(blocks: Sequence[Block], number: int, context: TitleContext, between: int | None) -> float:
    """What the lines around a line tell: a byline or dateline under it marks the headline; a box
    of other stories around it, or the headline's byline over it, marks another line."""
    if between is not None or _under_dateline(blocks, number, context):
        return SIGNAL_BONUS
    if number in context.related:
        return -RELATED_PENALTY
    if context.header_signal is not None and context.header_signal < number < context.start:
        return -AFTER_BYLINE_PENALTY
    return 0.0


def _clue_bonus(number: int, context: TitleContext) -> float:
    """What the raw lines tell of a line: a permalink's text, a centred title."""
    permalink = PERMALINK_BONUS if number in context.permalinks else 0.0
    return permalink + (CENTRED_BONUS if number in context.centred else 0.0)


def _tag_headline(text: str, key: str, overlap: float, context: TitleContext) -> bool:
    """Whether a form of the <title> is its headline rather than its site: its longest part, a name
    the article keeps repeating, or the first part of a long <title>."""
    return len(key) >= context.tag_longest or dominant_line(text, context) or _tag_head(key, overlap, context)


def _tag_head(key: str, overlap: float, context: TitleContext) -> bool:
    """Whether a line is the first part of a <title> of many parts ("Headline - Chapter 1 - Author
    | Site"): the headline, even when a later part is longer. It must be about the article: in
    "Site - Section - Headline" the first part is the site's name."""
    return context.tag_parts >= MANY_TAG_PARTS and key == context.tag_head and overlap > 0


def _is_name(text: str, context: TitleContext) -> bool:
    """Whether a line is only a person's name ("Jane Doe"), not a title-case headline ("On Recent
    Events": names have no stopwords) nor a name the article is about."""
    if word_count(text) > MAX_BARE_NAME_WORDS:
        return False
    name = bare_name(text, context.lowercase_words)
    if name is None or any(word.casefold() in context.stoplist for word in name[0].split()):
        return False
    return not dominant_line(text, context)


def dominant_line(text: str, context: TitleContext) -> bool:
    """Whether a line is a word of a script without spaces, or a name the article keeps repeating."""
    if any(ord(char) >= UNSPACED_START for char in text):
        return True
    words = content_words(text, context.stoplist)
    return bool(words) and all(context.body_words.get(word, 0) >= DOMINANT_WORD_LINES for word in words)


def topic_overlap(text: str, context: TitleContext) -> float:
    """How much a line is about what the article is about: its words' frequency in the body."""
    words = content_words(text, context.stoplist)
    if not words or not context.body_words:
        return 0.0
    counts = context.body_words
    dominant = all(counts.get(word, 0) >= DOMINANT_WORD_LINES for word in words)
    weight = 1.0 if dominant else min(1.0, len(words) / FULL_OVERLAP_WORDS)
    return weight * sum(min(1.0, counts.get(word, 0) / TOPIC_WORD_COUNT) for word in words) / len(words)


@per_document
def _line_key(text: str) -> str:
    """A cheap form of a line for counting repeats (casefolded, spaces collapsed)."""
    return " ".join(text.casefold().split())


def line_counts(blocks: Sequence[Block]) -> Counter[str]:
    short = (block.text for block in blocks if block.text and len(block.text) <= MAX_TITLE_CHARS)
    return Counter(_line_key(text) for text in short)

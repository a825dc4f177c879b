"""The headline: which short line before the article is its title, and what to cut off it.

Candidates are short lines shortly before the article start, markdown headings, and the first line
of the dump (scrapers often print the page's ``<title>`` first). Each gets a score from its shape,
its heading level, its distance to the article and whether the ``<title>`` line repeats it with a
site suffix (:mod:`articlean.titlescores`). The headline loses its site suffix (" | Site") and its
section kicker ("Opinion | ").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from articlean import regexes
from articlean.bylines import byline_prefix
from articlean.headlines import (
    MAX_TITLE_CHARS,
    MIN_TITLE_WORDS,
    breadcrumb_ends,
    content_counts,
    header_signals,
    series_item,
    shape_ok,
    shape_score,
    word_count,
)
from articlean.metapage import lowercase_words
from articlean.model import Block
from articlean.segment import count_words
from articlean.titleclues import between_boxes, centred, permalinked, straight_form, wrapped_pieces
from articlean.titleparts import (
    TAG_SEPARATOR,
    TITLE_SEPARATOR,
    longest_part,
    normalise,
    site_after,
    split_title,
    tag_prefixes,
)
from articlean.titlescores import (
    MIN_REPEATED_TITLE_WORDS,
    SIGNAL_REACH,
    SIGNAL_SCAN,
    TitleContext,
    dominant_line,
    line_counts,
    next_text,
    title_score,
    topic_overlap,
)

_WORD = regexes.compile(r"\w+")
# An ATX heading's marks ("# Headline", "## Headline ##") on a line of a dump read as plain text
# (one heading is too little to call a dump markdown): the headline is the text between them.
_HEADING_MARKS = regexes.compile(r"^#{1,6}[ \t]+(?=\S)|[ \t]+#+[ \t]*$")
# Documentation generators (Sphinx, MkDocs) end each heading with a permalink printed as a pilcrow.
_PERMALINK_MARK = "¶"
# A headline sits this few blocks above a byline or dateline however far that is from the article.
HEADLINE_BEFORE_SIGNAL = 3
# Headings right after the article start count until a paragraph of this many words, in these
# many blocks: a headline the classifier kept as a heading.
ARTICLE_PARAGRAPH_WORDS, HEADER_AFTER_START = 25, 4
# How far before the article start a headline is looked for, in blocks.
TITLE_WINDOW = 50
# A headline must score at least this to be believed.
MIN_TITLE_SCORE = 1.0
# A line inside the article needs more: taking one of its paragraphs or subheadings for the title
# moves body text out, and cleaning the body again would take the next one.
MIN_ARTICLE_TITLE_SCORE = 2.0


class Title(NamedTuple):
    text: str
    block: int | None  # the block holding the headline
    tag_index: int | None  # the block holding the <title> line, when it is another one
    kicker: str | None
    site: str | None


def _candidates(
    blocks: Sequence[Block],
    start: int,
    end: int,
    signals: set[int],
    body: frozenset[int],
    tag_forms: set[str],
    wrapped: frozenset[int] = frozenset(),
) -> list[int]:
    # The article's own opening paragraph is never its headline: otherwise cleaning the body
    # again would take its first line for a title, and cleaning would not be idempotent. Short
    # headings (not paragraphs) after the article start, before its first full paragraph, may be.
    chosen = set(range(max(0, start - TITLE_WINDOW), min(len(blocks), start)))
    chosen.update(number for number in range(0, end + 1) if blocks[number].heading_level == 1)
    first = next((number for number in range(len(blocks)) if blocks[number].text), None)
    if first is not None and first < start:
        chosen.add(first)
    for signal in signals:
        chosen.update(range(max(0, signal - HEADLINE_BEFORE_SIGNAL), signal))
    # a line printing the <title>'s headline may stand far above the article (an infobox between)
    chosen.update(
        number
        for number in range(start)
        if len(blocks[number].text) <= MAX_TITLE_CHARS and normalise(blocks[number].text) in tag_forms
    )
    for number in range(start, min(len(blocks), start + HEADER_AFTER_START)):
        if count_words(blocks[number].text) >= ARTICLE_PARAGRAPH_WORDS:
            break
        if number not in body:
            chosen.add(number)
    return sorted(
        number
        for number in chosen
        if blocks[number].text
        and shape_ok(blocks[number])
        and not series_item(blocks, number)
        and number not in wrapped
    )


def _own_permalink(blocks: Sequence[Block], linked: frozenset[int], candidates: list[int]) -> frozenset[int]:
    """The permalinked candidates when they all print one headline: a list of teasers links each
    of its stories, and none of them is the page's own."""
    chosen = frozenset(number for number in candidates if number in linked)
    return chosen if len({normalise(blocks[number].text) for number in chosen}) == 1 else frozenset()


def _starts_next(blocks: Sequence[Block], first: int) -> bool:
    """Whether the first line is the start of the paragraph after it: a <title> cut from the text
    of a page without a headline (a post, a note), printed first by the scraper."""
    text, after = blocks[first].text, next_text(blocks, first)
    if after is None or word_count(text) < MIN_TITLE_WORDS or len(text) > MAX_TITLE_CHARS:
        return False
    following = blocks[after].text
    return len(following) > len(text) and following.startswith(text) and following[len(text)] == " "


def find_title(
    blocks: Sequence[Block],
    start: int,
    end: int,
    hint: str | None,
    body_text: str = "",
    stoplist: frozenset[str] = frozenset(),
    body: frozenset[int] = frozenset(),
    lines: Sequence[str] = (),
) -> Title | None:
    """The headline of an article whose first body block is ``start`` and last is ``end``.

    ``body_text`` is the article's text: a headline shares its topic words; ``stoplist`` holds
    the words of its language that do not count; ``body`` numbers the blocks the classifier
    kept as paragraphs, which are taken for the headline only on strong evidence; ``lines`` are
    the raw lines the blocks were cut from (links, indents: :mod:`articlean.titleclues`).
    """
    if not blocks:
        return None
    first, tag, tag_forms = _tag(blocks, start, hint)
    if hint is not None and not _prints_form(blocks, tag_forms):
        # No line is a form of the page's own title, so no candidate is: it wins, without the
        # header's reading (its bylines and datelines, each line's shape) that picks the candidates.
        return Title(hint, None, None, None, None) if hint else None
    head = _head(blocks, start, end, body, lines, first, tag, tag_forms)
    if hint is not None and not any(
        normalise(blocks[number].text) in head.tag_forms for number in head.candidates
    ):
        # no candidate is a form of the page's own title: it wins without the scores' context
        return Title(hint, None, None, None, None) if hint else None
    context = _context(blocks, start, hint, body_text, stoplist, head, body, lines)
    best: tuple[float, int] | None = None
    for number in context.candidates:
        if hint is not None and normalise(blocks[number].text) not in context.tag_forms:
            continue  # the page's own title (from HTML) wins over any line that is not a form of it
        score = title_score(blocks, number, context)
        needed = MIN_TITLE_SCORE if number < start else MIN_ARTICLE_TITLE_SCORE
        if score >= needed and (best is None or score > best[0]):
            best = (score, number)
    first = context.first
    nothing_better = best is None
    usable_first = first in context.candidates and first < start and first not in body
    if nothing_better and hint is None and usable_first:
        # scrapers often print the <title> first
        plausible = shape_score(blocks[first]) >= 0 and (
            word_count(blocks[first].text) >= MIN_TITLE_WORDS or dominant_line(blocks[first].text, context)
        )
        best = (MIN_TITLE_SCORE, first) if plausible else best
    if best is None and hint is None and _starts_next(blocks, first):
        best = (MIN_TITLE_SCORE, first)
    if best is None:
        # the page's own title (HTML input), already without its site suffix
        return Title(hint, None, None, None, None) if hint else None
    return _title_of(blocks, best[1], context.first, hint, context.tag_forms)


class _Head(NamedTuple):
    """What :func:`find_title` reads before scoring: the first line, the header's signals, the
    page's title (``tag``) and its forms, and the candidates."""

    first: int
    signals: set[int]
    tag: str
    tag_forms: set[str]
    candidates: list[int]


def _tag(blocks: Sequence[Block], start: int, hint: str | None) -> tuple[int, str, set[str]]:
    """The first line with text, the page's title (``hint``, else that line) and the title's forms."""
    first = next((number for number in range(len(blocks)) if blocks[number].text), 0)
    tag = hint or blocks[first].text
    return first, tag, tag_prefixes(tag) | breadcrumb_ends(blocks, start - TITLE_WINDOW, start)


def _prints_form(blocks: Sequence[Block], tag_forms: set[str]) -> bool:
    """Whether a line short enough to be a candidate (:func:`shape_ok`) is a form of the title."""
    return any(
        block.text and len(block.text) <= MAX_TITLE_CHARS and normalise(block.text) in tag_forms
        for block in blocks
    )


def _head(
    blocks: Sequence[Block],
    start: int,
    end: int,
    body: frozenset[int],
    lines: Sequence[str],
    first: int,
    tag: str,
    tag_forms: set[str],
) -> _Head:
    signals = header_signals(blocks, start + SIGNAL_SCAN)
    candidates = _candidates(blocks, start, end, signals, body, tag_forms, wrapped_pieces(blocks, lines))
    return _Head(first, signals, tag, tag_forms, candidates)


def _context(
    blocks: Sequence[Block],
    start: int,
    hint: str | None,
    body_text: str,
    stoplist: frozenset[str],
    head: _Head,
    body: frozenset[int] = frozenset(),
    lines: Sequence[str] = (),
) -> TitleContext:
    first, signals, tag, tag_forms, candidates = head
    context = TitleContext(
        candidates,
        content_counts(body_text, stoplist),
        stoplist,
        line_counts(blocks),
        tag_forms,
        longest_part(tag),
        len(TAG_SEPARATOR.split(tag.strip())),
        signals,
        first,
        start,
        hint is not None,
        body,
        lowercase_words=lowercase_words(body_text),
        tag_head=normalise(TAG_SEPARATOR.split(tag.strip())[0]),
        permalinks=_own_permalink(blocks, permalinked(blocks, lines, candidates), candidates),
        centred=centred(blocks, lines, candidates),
        related=between_boxes(blocks, range(max(0, start - TITLE_WINDOW), start)),
    )
    headed = (
        signal
        for signal in sorted(context.signals)
        if byline_prefix(blocks[signal].text)
        and any(signal - SIGNAL_REACH <= number < signal for number in candidates)
    )
    context = context._replace(header_signal=next(headed, None))
    if hint is None and first in candidates and _echoed(blocks, context) is None:
        headline, _, site = split_title(blocks[first].text, tag=True)
        if site is not None and topic_overlap(headline, context) > 0:
            context = context._replace(first_is_tag=True)
    return context


def _echoed(blocks: Sequence[Block], context: TitleContext) -> int | None:
    """The line that prints the headline of the first line (the page's <title>) alone, if any.

    That is a form of the first line ("Headline" of "Headline | Site"), or its start when the
    <title> adds to the headline ("How to Build a Terrarium" of "How to ... (with Pictures) | eHow").
    """
    tag_words = _WORD.findall(blocks[context.first].text.casefold())
    for number in context.candidates:
        key = normalise(blocks[number].text)
        if number == context.first:
            continue
        if key in context.tag_forms and len(key) >= context.tag_longest:
            return number
        words = _WORD.findall(key)
        if len(words) >= MIN_REPEATED_TITLE_WORDS and tag_words[: len(words)] == words:
            return number
    return None


def _title_of(
    blocks: Sequence[Block], index: int, first: int, hint: str | None, tag_forms: set[str]
) -> Title:
    line = blocks[index].text
    if line.startswith("#"):
        line = _HEADING_MARKS.sub("", line)
    if line.endswith(_PERMALINK_MARK):
        line = line.rstrip(_PERMALINK_MARK).rstrip()
    is_tag = index == first and hint is None and bool(TITLE_SEPARATOR.search(line))
    text, kicker, site = split_title(line, tag=is_tag)
    text = straight_form(text, blocks, first if hint is None else None)
    tag_index = (
        first if index != first and normalise(blocks[index].text) in tag_forms and hint is None else None
    )
    if tag_index is not None and site is None:
        site = split_title(blocks[first].text, tag=True)[2]
    if site is None and index != first and hint is None and TITLE_SEPARATOR.search(blocks[first].text):
        site = site_after(blocks[first].text, text)  # the headline printed alone, the <title> first
    return Title(text, index, tag_index, kicker, site)

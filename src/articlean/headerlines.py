"""The lines around the headline that name the author, the date, the reading time or the site.

Pages print a byline ("By Jane Doe", a bare name next to a date), a dateline, a reading time ("4 min
read") and a trust line between the headline and the first paragraph, or under the post on blogs.
Each line read here is relabelled with the field it fed. Other stories' teasers (a headline, a name
and a time) sit there too, and their names are no byline.
"""

from __future__ import annotations

import functools
import re

from articlean import bylines, regexes, sitenames
from articlean.bylines import MAX_BARE_NAME_WORDS
from articlean.dates import find_date, is_date_line, short_numeric_date
from articlean.metapage import NEIGHBOUR_REACH, Page, next_text, opens_article, previous_text
from articlean.metaphrases import alternation, phrases
from articlean.model import Block, Label
from articlean.segment import count_words
from articlean.standfirsts import headline_case, read_standfirst
from articlean.titles import Title

# How far around the article start header lines (byline, date, standfirst) are looked for: some
# blocks before the headline, and after the article start until its second body block.
HEADER_BEFORE, HEADER_AFTER_MAX, HEADER_BODY_BLOCKS = 16, 15, 2
# Names under this many other headlines are a teaser list's bylines; one may be the article's own.
MIN_TEASERS = 2
# A byline line outside the body may carry a biography of up to this many words.
MAX_BIO_BYLINE_WORDS = 60
# Metadata lines that are longer than this are paragraphs that mention a date or a name.
MAX_HEADER_LINE_WORDS = 30
# A post's byline may follow it, within this many blocks after its last paragraph.
FOOTER_BLOCKS = 12
MAX_TIME_LINE_CHARS = 80
# The separators a name and a date are printed with when each is a line of its own.
_DASHES = frozenset({"—", "–", "-", "|", "·", "•"})
# A label over a field's value ("From:", "Photo source:") is a word or two and a colon.
MAX_LABEL_WORDS = 2
# Next to a name, a line with a date is a dateline even with a few other words ("Reuters, May 2").
TIME_LINE_EXTRA_WORDS = 8
_RELATIVE_TIME = regexes.compile(
    rf"(?:^|\s)(?:{bylines.AGE}|\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)\s*$",
    re.IGNORECASE,
)


@functools.cache
def _reading_time_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = alternation(phrases("reading-time"))
    minutes = r"(?:minutes?|mins?\.?|minuten|minutos|minuti|minut|minuty|минут[аы]?|мин\.?|分钟|分)"
    before = regexes.compile(rf"(?:^|\b)(?:{words})\s*[:：]?\s*(\d{{1,3}})\s*{minutes}?", re.IGNORECASE)
    after = regexes.compile(
        rf"(\d{{1,3}})\s*-?\s*{minutes}\s*(?:de\s+|di\s+|of\s+)?(?:{words})\b", re.IGNORECASE
    )
    return before, after


def stated_reading_time(text: str) -> int | None:
    """Minutes of a "4 min read" / "Reading Time: 3 minutes" / "Lesezeit: 5 Min." line."""
    # Both patterns need a digit (\d: a Unicode decimal): most lines are passed without compiling them.
    if count_words(text) > 8 or not any(map(str.isdecimal, text)):
        return None
    for pattern in _reading_time_patterns():
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def _header_end(page: Page) -> int:
    """The block after the header: past the article's second body block, or a few blocks on."""
    seen = 0
    for number in range(page.start, min(len(page.blocks), page.start + HEADER_AFTER_MAX)):
        if opens_article(page.blocks[number], page.verdicts[number]):
            seen += 1
            if seen > HEADER_BODY_BLOCKS:
                return number
    return min(len(page.blocks), page.start + HEADER_AFTER_MAX)


def read_header(page: Page, first: int, title: Title | None) -> None:
    """The byline, dateline, reading time and trust line among blocks ``first`` to the header's end
    (:func:`_header_end`), other stories' teasers aside; then the standfirst under the headline."""
    last = _header_end(page)
    teasers = _teasers(page, first, last, title.block if title else None)
    for number in range(first, last):
        block = page.blocks[number]
        if block.text and not page.verdicts[number].label.is_metadata and number not in teasers:
            _read_header_line(page, number, block)
    if title is None or title.block is None:
        return
    read_standfirst(page, title.text, title.block, last, HEADER_BEFORE, teasers)


def _teasers(page: Page, first: int, last: int, title: int | None) -> set[int]:
    """The lines of other stories' teasers, when the page has several: a Capitalised Headline, a
    name under it and the time under that ("You may also like": "Headline / Jane Doe / 2h ago").
    Their names are not the article's byline, nor their headlines its standfirst."""
    lines: set[int] = set()
    names = 0
    for number in range(first, last):
        text = page.blocks[number].text
        if not text or not text[0].isupper() or count_words(text) > MAX_BARE_NAME_WORDS:
            continue
        if bylines.bare_name(text, page.common_words) is None:
            continue
        above, below = previous_text(page, number), next_text(page, number)
        if above is not None and above != title and headline_case(page.blocks[above].text):
            names += 1
            lines.update((above, number))
            if below is not None and _is_time_line(page.blocks[below].text, page.language):
                lines.add(below)
    return lines if names >= MIN_TEASERS else set()


def _read_header_line(page: Page, number: int, block: Block) -> bool:
    text = block.text
    if count_words(text) > MAX_HEADER_LINE_WORDS:
        if page.verdicts[number].label.is_body:
            return False
        # "By Jane Doe, a deputy editor who has covered ... since 2010": a byline with a biography
        names = bylines.prefixed_byline(text, MAX_BIO_BYLINE_WORDS)
        if names:
            page.authors.extend(names)
            page.relabel(number, Label.BYLINE, "byline")
        return bool(names)
    minutes = stated_reading_time(text)
    if minutes is not None:
        page.reading_time = page.reading_time or minutes
        page.relabel(number, Label.READING_TIME, "reading-time", strong=True)
        return True
    trust = sitenames.from_trust_line(text)
    if trust:
        page.sitename = page.sitename or trust
        page.relabel(number, Label.SITENAME, "trust-line", strong=True)
        return True
    # A byline outside the body may carry a biography ("By Jane Doe, a deputy editor who ...").
    longest = bylines.MAX_BYLINE_WORDS if page.verdicts[number].label.is_body else MAX_BIO_BYLINE_WORDS
    names = (
        bylines.prefixed_byline(text, longest)
        or bylines.dated_name(text)
        or _split_byline(page, number)
        or _bare_name(page, number)
    )
    found = find_date(text, page.language) or short_numeric_date(text, page.language)
    if names:
        page.authors.extend(names)
        if found is not None:
            page.dates.append(found)
        page.relabel(number, Label.BYLINE, "byline", strong=True)
        return True
    if found is not None and is_date_line(text, found):
        page.dates.append(found)
        page.relabel(number, Label.DATE, "dateline", strong=True)
        return True
    return False


def _split_byline(page: Page, number: int) -> list[str]:
    """ "By" alone on a line and the name on the next (scrapers print each text node on a line)."""
    if not bylines.is_prefix_only(page.blocks[number].text):
        return []
    following = next_text(page, number)
    if following is None:
        return []
    # the name, perhaps with a biography ("Alex Heath, a deputy editor who ...")
    joined = f"{page.blocks[number].text.strip()} {page.blocks[following].text}"
    names = [name for name in bylines.prefixed_byline(joined, MAX_BIO_BYLINE_WORDS) if len(name.split()) >= 2]
    if names:
        page.relabel(following, Label.BYLINE, "byline", strong=True)
    return names


def _is_time_line(text: str, language: str | None) -> bool:
    """A line that dates the page: a date, a reading time, a clock time or an age ("8h", "1 day ago")."""
    if len(text) > MAX_TIME_LINE_CHARS:
        return False
    found = find_date(text, language)
    if found is not None and is_date_line(text, found, max_extra_words=TIME_LINE_EXTRA_WORDS):
        return True
    return stated_reading_time(text) is not None or bool(_RELATIVE_TIME.search(text))


def _bare_name(page: Page, number: int) -> list[str]:
    """A line that is only a name, next to a date, reading time or the headline: the byline."""
    block = page.blocks[number]
    if page.verdicts[number].label is Label.BODY:
        return []
    found = bylines.bare_name(block.text, page.common_words)
    if found is None:
        return []
    name, dated = found
    if name.casefold() in page.tag_line:  # "Site Name: Headline" printed first: the site, not a person
        return []
    if _labelled(page, number):  # "From:" over "Herald Sun": the value of another field
        return []
    if dated:
        return [name]
    neighbours = [
        other
        for other in range(number + 1, min(len(page.blocks), number + 1 + NEIGHBOUR_REACH))
        if page.blocks[other].text
    ]
    if any(_is_time_line(page.blocks[other].text, page.language) for other in neighbours):
        return [name]
    return []


def _split_dated_name(page: Page, number: int) -> list[str]:
    """ "Jane Doe — 2013-09-29" under a post, its name, dash and date a line each (each text node
    printed on a line): the name, when the three lines read as one dated byline."""
    dash = next_text(page, number)
    if dash is None or page.blocks[dash].text.strip() not in _DASHES:
        return []
    dated = next_text(page, dash)
    if dated is None:
        return []
    pieces = (page.blocks[number].text, page.blocks[dash].text, page.blocks[dated].text)
    names = bylines.dated_name(" ".join(piece.strip() for piece in pieces))
    if names:
        found = find_date(page.blocks[dated].text, page.language)
        if found is not None and is_date_line(page.blocks[dated].text, found):
            page.dates.append(found)
            page.relabel(dated, Label.DATE, "dateline", strong=True)
        else:
            return []
    return names


def _labelled(page: Page, number: int) -> bool:
    """Whether the line above is a label of another field than the byline ("From:", "Source:")."""
    above = previous_text(page, number)
    if above is None:
        return False
    text = page.blocks[above].text.strip()
    if not text.endswith((":", "：")) or count_words(text) > MAX_LABEL_WORDS:
        return False
    return not bylines.is_prefix_only(text)


def read_footer(page: Page) -> None:
    """No byline by the headline: blogs print "Posted by Jane Doe" or "Jane Doe — 2013-09-29" under
    the post, and scrapers split "by" and the name over two lines."""
    for number in range(page.end + 1, min(len(page.blocks), page.end + 1 + FOOTER_BLOCKS)):
        text = page.blocks[number].text
        if not text or page.verdicts[number].label.is_metadata or count_words(text) > MAX_HEADER_LINE_WORDS:
            continue
        names = (
            bylines.prefixed_byline(text)
            or bylines.dated_name(text)
            or _split_byline(page, number)
            or _split_dated_name(page, number)
        )
        if names:
            page.authors.extend(names)
            found = find_date(text, page.language)
            if found is not None:
                page.dates.append(found)
            page.relabel(number, Label.BYLINE, "byline", strong=True)
            return

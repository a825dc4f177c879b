"""The metadata stage: title, standfirst, byline, date, section, site, reading time, captions, language.

It runs after the body classifier and reads the lines around the article: the headline and what
pages print between it and the first paragraph (kicker, standfirst, byline, date, reading time,
trust line: :mod:`articlean.headerlines`), captions inside the article, and the copyright line
anywhere. Lines it uses are relabelled with the metadata field they fed, so the ledger shows where
every value came from. Body paragraphs are relabelled only on a strong pattern (a caption credit,
a "By" line, a bullet standfirst), so the body classifier's decisions stand. Hints from HTML
(trafilatura) win.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from articlean import bylines, doccache, sitenames
from articlean.altcaptions import read_alt_text_captions
from articlean.captions import is_credit_marker, split_credit
from articlean.creditcaptions import read_captions_above_credits, read_credit_labels
from articlean.dates import FoundDate, find_date, is_date_line
from articlean.headerlines import HEADER_BEFORE, MAX_HEADER_LINE_WORDS, read_footer, read_header
from articlean.language import detect_language as guess_language
from articlean.lexicon import stopwords
from articlean.markedcaptions import read_marked_captions
from articlean.metapage import (
    Page,
    article_span,
    letter_words,
    lowercase_words,
    next_text,
    previous_text,
)
from articlean.model import Block, Caption, Document, InputFormat, Label, Metadata, Options, Verdict
from articlean.pageurls import page_day
from articlean.segment import count_words
from articlean.standfirsts import MAX_STANDFIRST_WORDS, first_paragraph
from articlean.titleparts import MAX_KICKER_WORDS, normalise, section_names
from articlean.titles import Title, find_title

# Adult silent reading speed in words per minute (Brysbaert 2019, non-fiction: 238 wpm).
WORDS_PER_MINUTE = 238
# Languages written without spaces are read by characters (about 500 per minute for Chinese/Japanese).
CHARACTERS_PER_MINUTE = 500
_UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th"})
# About 600 words: past that a stoplist vote rarely changes, and voting costs time.
LANGUAGE_SAMPLE_CHARS = 4_000
# A credit on a line of its own ("AFP", "John Doe/Reuters") is a few words.
MAX_CREDIT_WORDS = 8


def extract_metadata(
    document: Document, blocks: Sequence[Block], verdicts: Sequence[Verdict], options: Options
) -> tuple[Metadata, list[Verdict]]:
    """Metadata of the page, and the verdicts with the lines that fed it relabelled."""
    page, title = relabel_metadata(document, blocks, verdicts, options)
    return _read_page(page, title, options), page.verdicts


def relabel_metadata(
    document: Document, blocks: Sequence[Block], verdicts: Sequence[Verdict], options: Options
) -> tuple[Page, Title | None]:
    """The page read for metadata as far as that relabels lines; its ``verdicts`` are the relabelled
    ones. The pipeline's stability re-check needs only those: it skips :func:`_read_page`'s
    fields (the site's name, the description, the reading time), which relabel nothing."""
    start, end = article_span(blocks, verdicts)
    language = _language(blocks, verdicts)
    pairs = zip(blocks[start:], verdicts[start:], strict=True)
    body_text = _sample(block.text for block, verdict in pairs if verdict.label.is_body)
    page = Page(blocks, list(verdicts), document, start, end, language)
    page.common_words = lowercase_words(body_text)
    page.body_words = letter_words(body_text)
    page.tag_line = (document.hints.title or next((b.text for b in blocks if b.text), "")).casefold()
    paragraphs = frozenset(number for number, verdict in enumerate(verdicts) if verdict.label is Label.BODY)
    title = find_title(
        blocks, start, end, document.hints.title, body_text, stopwords(language), paragraphs, document.lines
    )
    _mark_title(page, title)
    header_from = min(start, title.block if title and title.block is not None else start)
    read_alt_text_captions(page)
    _read_split_captions(page, max(0, header_from - HEADER_BEFORE), end)
    read_header(page, max(0, header_from - HEADER_BEFORE), title)
    read_captions_above_credits(page, header_from, end)
    read_marked_captions(page, header_from, end)
    _read_captions(page, header_from, end)
    read_credit_labels(page, header_from, end)
    if not page.authors:
        read_footer(page)
    if all(found.kind == "updated" for found in page.dates):  # no date, or only an update's
        page.dates.extend(filter(None, [page_day(document.lines, options.source)]))
    if not page.dates:
        _read_any_date(page)
    return page, title


def _read_page(page: Page, title: Title | None, options: Options) -> Metadata:
    """The metadata of a page that :func:`relabel_metadata` has read.

    A site's name the page declares (an HTML page's hints: trafilatura's, its meta tags or its
    address's host) is the one :func:`_metadata` gives, so the readers of the lines are not asked:
    walking the page's first lines for its home link and its blocks for interface phrases was a
    sixth of the metadata stage on the HTML path."""
    if page.document.hints.sitename:
        return _metadata(page, title, None, options)
    holder = sitenames.from_copyright(page.blocks)
    named = (
        (title.site if title else None)
        or page.sitename
        or sitenames.from_home_link(page.document.lines)
        or sitenames.from_interface(page.blocks, page.authors, section_names(), page.common_words)
    )
    return _metadata(page, title, _holders_form(page, named, holder) if named else holder, options)


def _holders_form(page: Page, site: str, holder: str | None) -> str:
    """The site's name in the copyright line's form when one is the other cut short: "BuzzFeed"
    of the copyright line for "BuzzFeed News" of the title (a title adds a section); "Folha de
    S.Paulo" for "Folha" when the page prints it alone too (its logo), not a group's "Example
    Media Group" for "Example"."""
    if not holder:
        return site
    site_words, holder_words = site.casefold().split(), holder.casefold().split()
    if len(holder_words) < len(site_words) and site_words[: len(holder_words)] == holder_words:
        return holder
    if len(holder_words) > len(site_words) and holder_words[: len(site_words)] == site_words:
        return holder if any(block.text.strip() == holder for block in page.blocks) else site
    return site


# The page's language as the first pass over a document read it (see _language).
_page_language: list[str | None] = []


@doccache.register
def _forget_language() -> None:
    _page_language.clear()


def _language(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> str | None:
    """The body's language; the whole page's when the body is too short to tell. Inside a clean, the
    first pass's guess serves the stability re-checks, as the classifier's does
    (:func:`articlean.classify.document_language`): their sample is the same body less the lines the
    first pass moved to the metadata, so it missed the guess's cache and voted again, and on the dev
    split (230 pages, 690 dumps; 1,111 re-check guesses) it never named another language."""
    if _page_language and doccache.in_document():
        return _page_language[0]
    pairs = zip(blocks, verdicts, strict=True)
    body = _sample(block.text for block, verdict in pairs if verdict.label.is_body)
    language = guess_language(body) or guess_language(_sample(block.text for block in blocks))
    if doccache.in_document():
        _page_language.append(language)
    return language


def _sample(texts: Iterable[str]) -> str:
    """The first LANGUAGE_SAMPLE_CHARS characters of the texts: enough words to tell a language."""
    parts: list[str] = []
    size = 0
    for text in texts:
        parts.append(text)
        size += len(text) + 1
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return " ".join(parts)[:LANGUAGE_SAMPLE_CHARS]


def _mark_title(page: Page, title: Title | None) -> None:
    if title is None:
        return
    if title.block is not None:
        page.verdicts[title.block] = Verdict(Label.TITLE, 0.0, "title")
    if title.tag_index is not None:
        page.verdicts[title.tag_index] = Verdict(Label.TITLE, 0.0, "title-tag")
    if title.kicker:
        page.categories.append(title.kicker)
    if title.block is None:
        return
    before = title.block - 1
    while before >= 0 and not page.blocks[before].text:
        before -= 1
    if before >= 0 and _is_kicker(page.blocks[before], page.blocks[title.block]):
        page.categories.append(page.blocks[before].text.strip(" |—–-:·•"))
        page.relabel(before, Label.CATEGORY, "kicker")


def _is_kicker(block: Block, title: Block) -> bool:
    text = block.text.strip()
    if block.list_item or not text or len(text.split()) > MAX_KICKER_WORDS or text.endswith((".", ",")):
        return False
    if text.endswith(("|", "—", "–", "-", ":", "·", "•", "»", ">")):
        return True
    return normalise(text) in section_names() or (
        block.heading_level > title.heading_level > 0 and block.last_line + 1 >= title.first_line - 2
    )


def _read_captions(page: Page, first: int, last: int) -> None:
    for number in range(max(0, first), last + 1):
        block = page.blocks[number]
        if not block.text or page.verdicts[number].label.is_metadata:
            continue
        split = split_credit(block.text)
        if split is None:
            continue
        caption, credit = split
        if page.relabel(number, Label.CAPTION, "caption", strong=True):
            page.captions.append(Caption(caption or block.text, credit))


def _read_split_captions(page: Page, first: int, last: int) -> None:
    """A caption, "Credit:" and the credit on three lines (scrapers print each text node on a line)."""
    for number in range(first, min(last + 1, len(page.blocks))):
        if not is_credit_marker(page.blocks[number].text):
            continue
        before, after = previous_text(page, number), next_text(page, number)
        if before is None or after is None or count_words(page.blocks[after].text) > MAX_CREDIT_WORDS:
            continue
        if not page.relabel(after, Label.CAPTION, "caption", strong=True):
            continue
        page.relabel(number, Label.CAPTION, "caption", strong=True)
        caption = page.blocks[before].text
        if count_words(caption) <= MAX_STANDFIRST_WORDS and page.relabel(
            before, Label.CAPTION, "caption", strong=True
        ):
            page.captions.append(Caption(caption, page.blocks[after].text))


def _read_any_date(page: Page) -> None:
    """No date by the headline: the first short dated line before the article ends."""
    for number in range(0, min(len(page.blocks), page.end + 1)):
        text = page.blocks[number].text
        if not text or count_words(text) > MAX_HEADER_LINE_WORDS:
            continue
        found = find_date(text, page.language)
        if found is not None and is_date_line(text, found, max_extra_words=3):
            page.dates.append(found)
            page.relabel(number, Label.DATE, "dateline")
            return


def _choose_date(dates: list[FoundDate]) -> str | None:
    for kind in ("published", ""):
        for found in dates:
            if found.kind == kind:
                return found.iso
    return dates[0].iso if dates else None


def _reading_time(page: Page) -> int | None:
    if page.reading_time:
        return page.reading_time
    texts = [page.blocks[n].text for n, v in enumerate(page.verdicts) if v.label.is_body]
    if page.language in _UNSPACED_LANGUAGES:
        amount, rate = len("".join(" ".join(texts).split())), CHARACTERS_PER_MINUTE
    else:
        # Block by block, as counted (and remembered) for other stages: no word spans two blocks.
        amount, rate = sum(map(count_words, texts)), WORDS_PER_MINUTE
    return max(1, math.ceil(amount / rate)) if amount else None


def _metadata(page: Page, title: Title | None, sitename: str | None, options: Options) -> Metadata:
    hints = page.document.hints
    categories = tuple(dict.fromkeys([*hints.categories, *page.categories]))
    # An HTML page's declared title is its title: a heading that prints part of it ("Firefox" of
    # "Firefox — Customize and make it your own") leaves the body as the title, but does not shorten it.
    declared = hints.title if page.document.input_format is InputFormat.HTML else None
    return Metadata(
        title=declared or (title.text if title else hints.title),
        author=bylines.without_dates(hints.author) or bylines.join_authors(page.authors),
        date=hints.date or _choose_date(page.dates),
        sitename=hints.sitename or sitename,
        description=hints.description or page.description or first_paragraph(page, title and title.text),
        categories=categories,
        tags=hints.tags,
        language=hints.language or page.language,
        source=options.source or hints.source,
        reading_time=_reading_time(page),
        captions=(*hints.captions, *page.captions),
    )

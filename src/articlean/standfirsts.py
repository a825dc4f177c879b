"""The description: the standfirst under the headline, else the article's first paragraph.

A standfirst is a sentence or two between the headline and the article. A bullet, a "Summary:"
prefix, a heading or a byline right after it confirm it; without that, it must be a sentence about
the article's topic, and not the headline again, a prompt, a sponsor line or another story's headline.
"""

from __future__ import annotations

import functools
import re

from articlean import bylines, regexes
from articlean.captions import split_credit
from articlean.creditcaptions import credit_only
from articlean.lexicon import stopwords
from articlean.metapage import LETTERS, Page, letter_words, next_text, previous_text
from articlean.metaphrases import alternation, interface_phrases, phrases
from articlean.model import Label
from articlean.paragraphs import next_line_of_paragraph
from articlean.segment import count_words
from articlean.titleparts import normalise

# Headlines capitalise most words of four letters or more; standfirsts are written as sentences.
HEADLINE_CASE_LETTERS, HEADLINE_CASE_SHARE = 4, 0.8
# A standfirst is about the article: this share of its words at least are in the article's opening.
MIN_TOPIC_SHARE = 0.1
# A standfirst is followed by the byline or date within this many blocks.
STANDFIRST_SIGNAL_REACH = 3
# The first paragraph stands for the article when the page has no standfirst: a dozen words, or a
# sentence of a few words.
FIRST_PARAGRAPH_WORDS, MIN_SENTENCE_WORDS = 12, 4
# ... but a line ending no sentence may be a headline, unless it runs this long (a paragraph the dump
# cut; headlines run to about twenty words) ...
MIN_UNENDED_WORDS = 25
# ... as it is when this share of its words are the title's (the <h1> under a <title> worded otherwise).
TITLE_ECHO_SHARE = 0.5
# Paragraphs passed over as cut short or a headline: after this many the first of them is given.
MAX_PASSED_PARAGRAPHS = 3
# A paragraph the dump cut at its links is read on over at most this many lines.
MAX_PARAGRAPH_LINES = 30
# A standfirst is a sentence, not a label; a caption or standfirst in the body is short.
MIN_STANDFIRST_WORDS, MAX_STANDFIRST_WORDS = 6, 80
_BULLET_SOURCE = regexes.compile(r"^\s*[•·▪‣◦]\s")
# A dateline alone on its line: a place in capitals, then a region or country after a comma ("BAAR,
# SWITZERLAND", "AUSTIN, TEXAS"), each of at most three words, maybe a dash after it; a word in
# capitals alone is a label ("ADVERTISEMENT", "UPDATE").
_PLACE = r"(?-i:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ.'’-]+){0,2})"
_DATELINE_ALONE = regexes.compile(rf"^{_PLACE}, {_PLACE}\s*[—–-]?$")
# Kana, CJK ideographs and hangul: scripts written without spaces between words; the first
# character of the class, below which text (accents, curly quotes) never needs it.
_UNSPACED_FIRST = "\u3040"


@functools.cache  # compiled on first use: the wide class takes milliseconds to build
def _unspaced() -> re.Pattern[str]:
    return regexes.compile(r"[\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]")


_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", '"', "”", "»")
# How a paragraph ends: a sentence, or a colon or bracket before a list or a quotation.
_PARAGRAPH_END = (*_SENTENCE_END, ":", ";", ")", "’", "」", "：")
# How a text stopped mid-phrase ends (a line the dump cut before a link, or a sentence cut short).
_OPEN_END = (",", "(", "[", "“", "‘", "„", "«", "-", "–", "—", "/", "&")
# The last word of a line is looked for in this many characters at its end; a line breaks off on a
# stopword of at most this many letters (stoplists hold frequent nouns too: "river", "ville").
MAX_WORD_CHARS, MAX_FUNCTION_WORD_LETTERS = 40, 4
# A line the dump broke off before punctuation joins the line above without a space.
_CONTINUATION = (",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’", "»", "%", "…", "、", "。", "，")


@functools.cache
def _summary_prefix() -> re.Pattern[str]:
    return regexes.compile(rf"^(?:{alternation(phrases('summary-prefix'))})\s*[:：]\s*(?=\S)", re.IGNORECASE)


def read_standfirst(
    page: Page, headline_text: str, title_index: int, last: int, reach: int, skip: set[int]
) -> None:
    """The first standfirst between the headline (block ``title_index``) and the article, not
    among the blocks to ``skip``."""
    headline = normalise(headline_text)
    # a headline printed twice (a header over the main image, then the article's) may have its
    # standfirst under the first copy
    above = range(max(0, title_index - reach), title_index)
    after = next((n for n in above if normalise(page.blocks[n].text) == headline), title_index) + 1
    if not any(block.text for block in page.blocks[:title_index]):
        # a <title> printed first is far above the header: the standfirst is looked for near the article
        after = max(after, page.start - reach)
    for number in range(after, min(last, page.start + 1)):
        text = page.blocks[number].text
        if not text or page.verdicts[number].label.is_metadata or number in skip:
            continue
        if headline in normalise(text) or normalise(text) in headline:
            continue  # the headline printed again, or a piece of it, is no standfirst
        if _under_prompt(page, number):
            continue
        if _standfirst(page, number):
            return


def _under_prompt(page: Page, number: int) -> bool:
    """Whether a plain line follows an interface prompt: its blurb ("Subscribe to our newsletter" /
    "Your guide to gaming, daily"). A deck heading may follow a share or sign-up bar."""
    if page.blocks[number].heading_level:
        return False
    above = previous_text(page, number)
    return above is not None and normalise(page.blocks[above].text).startswith(interface_phrases())


def _standfirst(page: Page, number: int) -> bool:
    block = page.blocks[number]
    text = block.text
    summary = _summary_prefix().match(text)
    bullet = bool(_BULLET_SOURCE.match(page.document.lines[block.first_line]))
    words = count_words(text)
    if not MIN_STANDFIRST_WORDS <= words <= MAX_STANDFIRST_WORDS or split_credit(text):
        return False
    following = next_text(page, number)
    if following is not None and credit_only(page.blocks[following].text):
        return False  # a picture's caption over the line of its credit
    if bylines.is_prefix_only(text.split()[-1]):
        return False  # "... is supported by": a sponsor line cut before its logo
    signal = _signal_follows(page, number) or _dateline_follows(page, number)
    strong = bool(summary or bullet or block.heading_level >= 2 or signal)
    is_body = page.verdicts[number].label.is_body
    if is_body and (not strong or not _body_after(page, number)):
        return False  # the last kept paragraph is the article, whatever byline follows it
    if not strong and not (text.endswith(_SENTENCE_END) or words >= 10 or not text.isascii()):
        return False
    if not (summary or bullet) and headline_case(text):
        if strong:  # over the byline, or a heading: a headline (the article's own, or another story's)
            page.relabel(number, Label.BOILERPLATE, "header-headline", strong=True)
        return False
    if not strong and not _on_topic(page, text):
        return False
    if page.relabel(number, Label.DESCRIPTION, "standfirst", strong=strong):
        page.description = text[summary.end() :] if summary else text
        return True
    return False


def _body_after(page: Page, number: int) -> bool:
    """Whether a kept block follows block ``number``: a byline under the only paragraph left (a list
    of other stories after it, each headline dropped) is the next story's, not a standfirst's."""
    return any(verdict.label.is_body for verdict in page.verdicts[number + 1 :])


def _signal_follows(page: Page, number: int) -> bool:
    """Whether a byline, date or reading time comes next, before any other body block or another
    story's headline (dropped as ``related-headlines``: the byline under it is that story's)."""
    for after in range(number + 1, min(len(page.blocks), number + 1 + STANDFIRST_SIGNAL_REACH)):
        verdict = page.verdicts[after]
        if verdict.label in (Label.BYLINE, Label.DATE, Label.READING_TIME):
            return True
        if verdict.label.is_body or verdict.reason == "related-headlines":
            return False
    return False


def _dateline_follows(page: Page, number: int) -> bool:
    """Whether the next line with text is a dateline alone ("BAAR, SWITZERLAND"): the article opens
    there, and the paragraph over it is the standfirst."""
    following = next_text(page, number)
    return following is not None and bool(_DATELINE_ALONE.match(page.blocks[following].text.strip()))


def headline_case(text: str) -> bool:
    """Whether a line Capitalises Its Words as headlines do (a related story's), unlike a standfirst."""
    words: list[str] = [word for word in LETTERS.findall(text) if len(word) >= HEADLINE_CASE_LETTERS]
    if len(words) < MIN_STANDFIRST_WORDS // 2 or text.endswith((".", "!", "?", "…")):
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised >= HEADLINE_CASE_SHARE * len(words)


def _on_topic(page: Page, text: str) -> bool:
    """Whether a line shares the article's words ("Video not available in your region" does not)."""
    stoplist = stopwords(page.language)
    words = {word for word in LETTERS.findall(text.casefold()) if len(word) > 3 and word not in stoplist}
    if max(text, default="") >= _UNSPACED_FIRST and _unspaced().search(text):  # no words to compare
        return True
    shared = len(words & page.body_words)
    return shared >= max(1.0, MIN_TOPIC_SHARE * len(words))


def first_paragraph(page: Page, title: str | None = None) -> str | None:
    """The article's first paragraph: a dozen words, or a shorter whole sentence ("Lorem ipsum."),
    read whole where the dump cut it into lines. One that breaks off mid-phrase, or a headline the
    title reader passed over (a line ending no sentence, first on the page or repeating the title's
    words), is given only when the next few are no better."""
    first = page.start  # the span starts at a long paragraph; a short opening one may precede it
    while (before := previous_text(page, first)) is not None and page.verdicts[before].label is Label.BODY:
        first = before
    passed: list[str] = []
    number, end = first, min(len(page.blocks), page.end + 1)
    while number < end and len(passed) < MAX_PASSED_PARAGRAPHS:
        if page.verdicts[number].label is not Label.BODY:
            number += 1
            continue
        start = number
        text, number = _whole_paragraph(page, start)
        words = count_words(text)
        short_sentence = words >= MIN_SENTENCE_WORDS and text.endswith(_SENTENCE_END)
        if words < FIRST_PARAGRAPH_WORDS and not short_sentence:
            continue
        if _breaks_off(page, text) or _headline(page, start, text, title):
            passed.append(text)
            continue
        return text
    return passed[0] if passed else None


def _headline(page: Page, number: int, text: str, title: str | None) -> bool:
    """Whether a line ending no sentence is the page's headline: first on the page, or mostly the
    title's words (the ``<h1>`` under a ``<title>`` that reads differently)."""
    if text.endswith(_PARAGRAPH_END) or count_words(text) >= MIN_UNENDED_WORDS:
        return False
    if previous_text(page, number) is None:
        return True
    words = letter_words(text)
    return bool(title and words) and len(words & letter_words(title)) >= TITLE_ECHO_SHARE * len(words)


def _whole_paragraph(page: Page, number: int) -> tuple[str, int]:
    """The paragraph that starts at block ``number`` and the block after it: read on over the next
    lines while it breaks off mid-sentence (some dumps print each link on its own line)."""
    parts, last, words = [page.blocks[number].text], number, count_words(page.blocks[number].text)
    while not parts[-1].endswith(_PARAGRAPH_END) and last - number < MAX_PARAGRAPH_LINES:
        following = last + 1
        if following >= len(page.blocks) or page.verdicts[following].label is not Label.BODY:
            break
        block = page.blocks[following]
        if not next_line_of_paragraph(page.blocks[last], block) or block.list_item or block.heading_level:
            break
        joined = block.text.startswith(_CONTINUATION) or block.text[:1].islower()
        if not (joined or len(parts) > 1 or words >= FIRST_PARAGRAPH_WORDS or _breaks_off(page, parts[-1])):
            break  # short lines that each end a phrase: labels, not one paragraph
        parts.append(_separator(parts[-1], block.text) + block.text)
        last, words = following, words + count_words(block.text)
    return "".join(parts), last + 1


def _separator(tail: str, text: str) -> str:
    """No space before the punctuation a line broke off at, nor between two characters of a script
    written without spaces; else one."""
    if text.startswith(_CONTINUATION):
        return ""
    unspaced = all(char >= _UNSPACED_FIRST and _unspaced().match(char) for char in (tail[-1:], text[:1]))
    return "" if unspaced else " "


def _breaks_off(page: Page, text: str) -> bool:
    """Whether a text stops mid-phrase: on a comma, an open bracket or dash, or a stopword ("to")."""
    if text.endswith(_PARAGRAPH_END):
        return False
    if text.endswith(_OPEN_END):
        return True
    last = LETTERS.findall(text[-MAX_WORD_CHARS:].casefold())
    return bool(last) and len(last[-1]) <= MAX_FUNCTION_WORD_LETTERS and last[-1] in stopwords(page.language)

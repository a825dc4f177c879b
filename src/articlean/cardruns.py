"""Cards of other stories printed flat: a headline line, then its one-paragraph summary, again and again.

A teaser box lists other stories as cards, each a headline over a short summary:

    Council Approves Budget For The New Tram Line
    The city council voted on Tuesday to fund the first section of the tram line through the ...
    Schools To Stay Open Later During Exam Season
    Libraries in six secondary schools will stay open until nine in the evening from next month.

A dump that keeps the layout indents the summary under its headline (settle's cards rule); one that
prints every text node on its own line does not, and the model reads the summaries as the article's
paragraphs and the headlines as its subheadings. What gives the box away is its shape: a card is a
headline (:func:`articlean.boxheadlines.headline`, with its brackets and quotes closed and not
stopping on "the" or "of" as a sentence split at a link does; in Title Case, a question mark or a
full stop inside it joins its two parts) that opens a paragraph or follows a finished sentence,
then a summary that is a whole paragraph of a few sentences, opening with a capital; and the next
card's headline follows the summary with nothing between but lines without a letter (an empty
bullet, a rule).

An article's subheadings take that shape too when each of its sections is one short paragraph (a
wiki page's "Applications" / "Examples"), so the shape decides only where nothing else can stand:

* cards printed in one paragraph, line after line (an article's subheading and its paragraph are two
  paragraphs), that fill the paragraph: at least JOINED_MIN_RUN of them;
* at least CARDS_MIN_RUN cards in a row, all printed alike, at an edge of the article: no kept
  running text on one side of them; on the other, more of it than the cards hold, and a block that
  was not kept between it and the cards (the box's heading, a share bar, comments). A page that is
  all cards, or a list of short sections right under its introduction, is the article.

A run whose headlines nearly all ask a question is an interview's or a FAQ's, and one whose headlines
all open with one word is a series ("Q: ...", "Step 2: ..."): both stay. Each other run is dropped,
headlines and summaries, with the reason ``teasers`` (README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from articlean import regexes
from articlean.boxheadlines import headline
from articlean.doccache import per_document
from articlean.features import STATEMENT_END, TERMINAL
from articlean.linklines import RUNNING_TEXT_WORDS  # kept running text: the article's
from articlean.model import Block, Verdict
from articlean.paragraphs import next_line_of_paragraph
from articlean.segment import spaced_words

# A summary is a paragraph of this many words: shorter is a caption or a date line, longer an
# article's paragraph rather than a card's blurb (the indented cards' bounds).
SUMMARY_MIN_WORDS = 8
SUMMARY_MAX_WORDS = 60
# Cards set apart by blank lines: at least this many in a row, at an edge of the kept text (two
# subheadings with a paragraph each close many articles).
CARDS_MIN_RUN = 3
# Cards printed in one paragraph: at least this many, and nothing else in the paragraph.
JOINED_MIN_RUN = 2
# Cards whose headlines nearly all ask a question are an interview's or a FAQ's questions and
# answers; teaser headlines ask often, but not every time (a health site's box on dev: 3 of 5).
QUESTIONS_MAX_SHARE = 0.75
# Words a sentence split at a link stops on ("... in the networking internals of the" / "Minecraft
# protocol. It allows ..."), which no headline ends with.
_OPEN_ENDINGS = frozenset(
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "its", "of", "on",
        "or", "than", "that", "the", "their", "to", "with",
        "de", "del", "des", "du", "et", "el", "la", "le", "les", "los", "las", "y",
        "der", "die", "das", "und", "von", "mit", "zu",
    }
)  # fmt: skip
_QUESTION_MARKS = tuple(mark for mark in TERMINAL if mark not in STATEMENT_END)
# Words of this many letters or more are capitalised in a headline set in title case; shorter ones
# ("a", "at", "of", "the") may not be.
TITLE_CASE_LETTERS = 4
# A question or exclamation mark, or a full stop, inside a line, before the next word: where a
# title-case headline joins its two parts ("Say Cheese? Detroit's Top 3 Cheese Shops").
_INNER_BREAK = regexes.compile(r"(?<=\w)[.!?]+(?=\s+\S)")
_LETTERS = regexes.compile(r"[^\W\d_]+")
# Marks that come in pairs: a headline holds both or neither (a quotation cut at a link does not).
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))


def card_runs(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks of the runs of flat cards that can only be a teaser box."""
    cards = [index for index in range(len(blocks) - 1) if _card(blocks, index)]
    found: list[int] = []
    for run in _runs(blocks, cards):
        first, last = run[0], run[-1] + 1
        if _teaser_box(blocks, verdicts, run):
            found.extend(index for index in range(first, last + 1) if verdicts[index].label.is_body)
    return found


def _teaser_box(blocks: Sequence[Block], verdicts: Sequence[Verdict], run: Sequence[int]) -> bool:
    """Whether a run of cards stands where only a teaser box can: alone in its paragraph, or at an
    edge of the kept text."""
    if _questions(blocks, run) or _series(blocks, run):
        return False
    first, last = run[0], run[-1] + 1
    if len(run) >= JOINED_MIN_RUN and _fills_paragraph(blocks, first, last):
        return True
    return (
        len(run) >= CARDS_MIN_RUN and _printed_alike(blocks, run) and _at_edge(blocks, verdicts, first, last)
    )


def _questions(blocks: Sequence[Block], run: Sequence[int]) -> bool:
    """Whether more than QUESTIONS_MAX_SHARE of the run's headlines ask a question: an interview's
    or a FAQ's questions over their answers, which are the article's."""
    asked = sum(1 for index in run if blocks[index].text.rstrip().endswith(_QUESTION_MARKS))
    return asked > QUESTIONS_MAX_SHARE * len(run)


def _series(blocks: Sequence[Block], run: Sequence[int]) -> bool:
    """Whether all the run's headlines open with one word: the items of a series ("Q: ...", "Step
    2: ..."), where a box's headlines each begin their own way."""
    return len({blocks[index].text.split()[0].casefold() for index in run}) == 1


def _runs(blocks: Sequence[Block], cards: Sequence[int]) -> list[list[int]]:
    """Cards that follow each other directly: each headline right after the last card's summary, or
    after blocks without a letter or digit (an empty bullet, a separator)."""
    runs: list[list[int]] = []
    for index in cards:
        if runs and _only_marks(blocks, runs[-1][-1] + 2, index):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _only_marks(blocks: Sequence[Block], start: int, end: int) -> bool:
    """Whether the blocks from ``start`` to ``end`` hold no letter or digit (none at all: True)."""
    return start <= end and not any(
        character.isalnum() for block in blocks[start:end] for character in block.text
    )


def _fills_paragraph(blocks: Sequence[Block], first: int, last: int) -> bool:
    """Whether the cards from ``first`` to ``last`` are printed in one paragraph, line after line,
    and nothing else is."""
    if not all(
        next_line_of_paragraph(blocks[index - 1], blocks[index]) for index in range(first + 1, last + 1)
    ):
        return False
    opens = first == 0 or blocks[first - 1].group != blocks[first].group
    closes = last + 1 == len(blocks) or blocks[last + 1].group != blocks[last].group
    return opens and closes


def _printed_alike(blocks: Sequence[Block], run: Sequence[int]) -> bool:
    """Whether the run's cards are all printed alike: each summary a paragraph of its own, or each on
    the line after its headline. A box prints its cards one way; where one headline runs on into
    its summary and another stands apart, the first is a paragraph split at a link."""
    joined = {next_line_of_paragraph(blocks[index], blocks[index + 1]) for index in run}
    return len(joined) == 1


def _at_edge(blocks: Sequence[Block], verdicts: Sequence[Verdict], first: int, last: int) -> bool:
    """Whether the cards from ``first`` to ``last`` stand apart at one edge of the article: no kept
    running text on one side of them; on the other, more of it than the cards hold, with a block
    that was not kept between it and the cards (a box's heading, a share bar, comments). A page that
    is all cards, or a list of short sections right under its introduction, is the article."""
    running = [
        index
        for index, block in enumerate(blocks)
        if verdicts[index].label.is_body and len(block.text.split()) >= RUNNING_TEXT_WORDS
    ]
    before = [index for index in running if index < first]
    after = [index for index in running if index > last]
    if before and not after:
        article, gap = before, range(before[-1] + 1, first)
    elif after and not before:
        article, gap = after, range(last + 1, after[0])
    else:
        return False
    return _words(blocks, verdicts, article) > _words(blocks, verdicts, range(first, last + 1)) and not all(
        verdicts[index].label.is_body for index in gap
    )


def _words(blocks: Sequence[Block], verdicts: Sequence[Verdict], indices: Iterable[int]) -> int:
    """The words of the kept blocks among ``indices``."""
    return sum(spaced_words(blocks[index].text) for index in indices if verdicts[index].label.is_body)


def _card(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` is a headline that opens a paragraph (or follows a finished
    sentence) and the block after it the whole paragraph of its summary, up to the next headline."""
    head, below = blocks[index], blocks[index + 1]
    if head.heading_level or head.list_item or below.list_item or below.heading_level:
        return False  # a markdown heading over a paragraph is a section; items are settle's cards
    if not card_headline(head.text):
        return False
    before = index - 1
    if (
        before >= 0
        and next_line_of_paragraph(blocks[before], head)
        and not blocks[before].text.rstrip().endswith(TERMINAL)
    ):
        return False  # the headline goes on from an unfinished line: a fragment of its sentence
    after = index + 2
    closed = (
        after == len(blocks)
        or not next_line_of_paragraph(below, blocks[after])
        or card_headline(blocks[after].text)
    )
    return closed and summary(below.text)


@per_document
def card_headline(text: str) -> bool:
    """Another story's headline (:func:`articlean.boxheadlines.headline`) without a full stop, its
    brackets and quotes closed, not stopping on a word a sentence goes on from; a brand may open it
    in lower case ("iPhone 11 vs iPhone XR", "iOS 13: Hidden Features")."""
    text = text.strip()
    words = text.split()
    if not words or text.endswith(STATEMENT_END) or words[-1].casefold() in _OPEN_ENDINGS:
        return False
    if text.count('"') % 2 or any(text.count(opening) != text.count(closing) for opening, closing in _PAIRS):
        return False
    if words[0][:1].islower() and any(character.isupper() for character in words[0]):
        text = text[:1].upper() + text[1:]
    if title_case(text):  # its inner marks join the parts of one headline, not two sentences
        text = _INNER_BREAK.sub(",", text)
    return headline(text)


def title_case(text: str, min_words: int = 2) -> bool:
    """Whether every word of TITLE_CASE_LETTERS letters or more opens with a capital, as a headline
    set in title case does ("There's No Place Like A Cider Mill. Here's A Look At Some Favorites"),
    and there are at least ``min_words`` such words; two sentences of prose do not, nor a headline in
    sentence case."""
    long_words = [word for word in _LETTERS.findall(text) if len(word) >= TITLE_CASE_LETTERS]
    return len(long_words) >= min_words and all(word[0].isupper() for word in long_words)


def summary(text: str) -> bool:
    """A card's summary: a short paragraph of whole sentences, opening with a capital."""
    text = text.strip()
    first = next((character for character in text if character.isalnum()), "")
    return (
        SUMMARY_MIN_WORDS <= len(text.split()) <= SUMMARY_MAX_WORDS
        and text.endswith(TERMINAL)
        and first.isupper()
    )

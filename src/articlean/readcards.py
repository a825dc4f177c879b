"""A card of another story set between an article's paragraphs: headline, summary, "Read now".

Health and news templates promote one other story inside the article as a card: its headline, a
one-paragraph summary and a call to read it, all one link:

    ... as though it has gathered enough information.

    Scientists find new mechanism for memory formation
    How do we form memories? New research uncovers key brain area.
    Read now

    This process of making a decision once the brain has accumulated enough evidence ...

A dump that drops the link leaves three lines that read as the article's subheading, a short
paragraph and a stray line. The call gives the card away: a line that is only a call to read
(data/link-labels.txt, kind "call": "Read now", "Continue reading", "Weiterlesen"), right under a
summary (:func:`articlean.cardruns.summary`; not a quotation, which is the article's reporting
under a link to another story) that stands right under a card's headline
(:func:`articlean.cardruns.card_headline`) opening its paragraph. Only a card alone between the
article's running text is taken: the nearest kept block on each side is a paragraph of running
text, not another card, so a page that lists stories as such cards (a round-up, a blog's front
page) stays whole. Some templates print no summary: a headline right over its call is a card too
(a sentence over "Read more" is not: a headline ends no statement).

A dump that keeps the card's link prints it on one line, headline, summary and call run together
("Scientists find new mechanism for memory formation How do we form memories? ... Read now"): a
glued card, a line of GLUED_MIN_WORDS words or more before a call that closes it. Two or more glued
cards in a row are a box of them wherever they stand (an article's paragraph does not close with a
call to read), where the kept text that is no such card outweighs them (a blog's front page that
lists its posts as excerpts, each closed by "Read more", is the page's text); one alone is taken
where it is all one link (markdown) between the article's running text. The card's kept blocks are
dropped with the reason ``teasers`` (README: "Reason ids").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from articlean.cardruns import card_headline, summary
from articlean.doccache import per_document
from articlean.linklines import kept_around, running_text
from articlean.model import Block, Verdict
from articlean.paragraphs import next_line_of_paragraph
from articlean.phrases import normalise, phrase_kinds

# A call is a few words: a longer line that opens with "Read more" is a sentence.
CALL_MAX_WORDS = 4
# Marks that open a quotation: a paragraph that opens with one is someone's words, not a summary.
QUOTE_MARKS = "\"“”„«»‘’'「『"
# The blocks of a card: headline, summary, call; or headline and call, where the card has no summary.
CARD_SIZES = (3, 2)
# A glued card has at least this many words before its call (a headline alone before "Read more" is
# a link line's business) ...
GLUED_MIN_WORDS = 8
# ... and at most this many in all: a longer block is an article's paragraph.
GLUED_MAX_WORDS = 80
# ... and stands alone only where this share of its text is link text (the card is one link).
GLUED_LINK_SHARE = 0.9
# Glued cards in a row make a box of them.
GLUED_MIN_RUN = 2


@functools.cache
def _calls() -> frozenset[str]:
    return frozenset(phrase_kinds("link-labels.txt").get("call", ()))


@per_document  # asked of the blocks after each headline in every settle pass
def read_call(text: str) -> bool:
    """Whether a line is only a call to read another story ("Read now", "Continue reading »")."""
    return len(text.split(None, CALL_MAX_WORDS)) <= CALL_MAX_WORDS and normalise(text) in _calls()


@per_document
def glued_card(text: str) -> bool:
    """Whether a line is a card run together: GLUED_MIN_WORDS to GLUED_MAX_WORDS words that close with
    a call to read ("... uncovers key brain area. Read now")."""
    words = normalise(text).split(None, GLUED_MAX_WORDS)  # a longer paragraph is not split whole
    if not GLUED_MIN_WORDS < len(words) <= GLUED_MAX_WORDS:
        return False
    calls = _calls()
    return any(
        " ".join(words[-size:]) in calls and len(words) - size >= GLUED_MIN_WORDS
        for size in range(1, CALL_MAX_WORDS + 1)
    )


def read_cards(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks of each card (headline, summary, call) alone between the article's running
    text, and the glued cards (:func:`glued_cards`)."""
    found = glued_cards(blocks, verdicts)
    for call in range(1, len(blocks)):
        if not read_call(blocks[call].text):
            continue
        head = next((call - size + 1 for size in CARD_SIZES if _card(blocks, call - size + 1, call)), None)
        if head is not None and _between_paragraphs(blocks, verdicts, head, call):
            found.extend(index for index in range(head, call + 1) if verdicts[index].label.is_body)
    return found


def _card(blocks: Sequence[Block], head: int, call: int) -> bool:
    """Whether the blocks from ``head`` to ``call`` are a card: a headline opening its paragraph, a
    summary if the card has one, the call closing its paragraph."""
    if head < 0 or (head > 0 and next_line_of_paragraph(blocks[head - 1], blocks[head])):
        return False
    if call + 1 < len(blocks) and next_line_of_paragraph(blocks[call], blocks[call + 1]):
        return False
    if call - head == 1:
        return card_headline(blocks[head].text)
    text = blocks[head + 1].text.lstrip()
    if text.startswith(tuple(QUOTE_MARKS)):
        return False  # someone's words: the article's quotation after a link to another story
    return card_headline(blocks[head].text) and summary(text)


def _between_paragraphs(blocks: Sequence[Block], verdicts: Sequence[Verdict], head: int, call: int) -> bool:
    """Whether the nearest kept block before ``head`` and the nearest after ``call`` (within
    :data:`articlean.linklines.NEIGHBOUR_REACH` blocks: an ad label, a picture's line may stand between)
    are both paragraphs of running text, not another card's."""
    before, after = kept_around(verdicts, head, call)
    return (
        before is not None
        and after is not None
        and all(_running_text(blocks, index) for index in (before, after))
    )


def _running_text(blocks: Sequence[Block], index: int) -> bool:
    """A paragraph of running text: RUNNING_TEXT_WORDS words or more, ending a sentence, and not
    followed by a call (another card's summary)."""
    if not running_text(blocks[index].text):
        return False
    return index + 1 >= len(blocks) or not read_call(blocks[index + 1].text)


def glued_cards(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept glued cards: GLUED_MIN_RUN or more in a row, or one alone in its paragraph between
    the article's running text that is all one link."""
    glued = [glued_card(block.text) for block in blocks]
    other_words = _other_words(blocks, verdicts, glued) if any(glued) else 0
    found: list[int] = []
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and glued[end]:
            end += 1
        run = range(start, end)
        run_words = sum(len(blocks[index].text.split()) for index in run)
        if (len(run) >= GLUED_MIN_RUN and other_words > run_words) or (
            len(run) == 1 and _linked_alone(blocks, verdicts, start)
        ):
            found.extend(index for index in run if verdicts[index].label.is_body)
        start = end + 1
    return found


def _other_words(blocks: Sequence[Block], verdicts: Sequence[Verdict], glued: Sequence[bool]) -> int:
    """The words of the kept text that is no glued card, which must outweigh a run of them: a page
    that lists its stories as glued cards (a blog's front page of excerpts, each with its "Read more")
    is the page's text."""
    return sum(
        len(block.text.split())
        for block, verdict, card in zip(blocks, verdicts, glued, strict=True)
        if verdict.label.is_body and not card
    )


def _linked_alone(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether a glued card is one link, alone in its paragraph, between the article's running text."""
    block = blocks[index]
    if block.link_chars < GLUED_LINK_SHARE * len(block.text):
        return False
    if index > 0 and next_line_of_paragraph(blocks[index - 1], block):
        return False
    if index + 1 < len(blocks) and next_line_of_paragraph(block, blocks[index + 1]):
        return False
    return _between_paragraphs(blocks, verdicts, index, index)

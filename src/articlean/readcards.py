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
page) stays whole. The card's kept blocks are dropped with the reason ``teasers`` (README: "Reason
ids").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from articlean.cardruns import RUNNING_TEXT_WORDS, card_headline, summary
from articlean.features import TERMINAL
from articlean.model import Block, Verdict
from articlean.phrases import normalise, phrase_kinds
from articlean.segment import next_line_of_paragraph

# A call is a few words: a longer line that opens with "Read more" is a sentence.
CALL_MAX_WORDS = 4
# Marks that open a quotation: a paragraph that opens with one is someone's words, not a summary.
QUOTE_MARKS = "\"“”„«»‘’'「『"
# The blocks of a card: headline, summary, call.
CARD_BLOCKS = 3
# Blocks the model dropped that may stand between the card and the article's paragraph on either
# side (an ad label, a picture's line); the walk stops there, so it stays linear.
NEIGHBOUR_REACH = 4


@functools.cache
def _calls() -> frozenset[str]:
    return frozenset(phrase_kinds("link-labels.txt").get("call", ()))


def read_call(text: str) -> bool:
    """Whether a line is only a call to read another story ("Read now", "Continue reading »")."""
    return len(text.split(None, CALL_MAX_WORDS)) <= CALL_MAX_WORDS and normalise(text) in _calls()


def read_cards(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks of each card (headline, summary, call) alone between the article's running
    text."""
    found: list[int] = []
    for call in range(CARD_BLOCKS - 1, len(blocks)):
        if not read_call(blocks[call].text):
            continue
        head = call - CARD_BLOCKS + 1
        if _card(blocks, head, call) and _between_paragraphs(blocks, verdicts, head, call):
            found.extend(index for index in range(head, call + 1) if verdicts[index].label.is_body)
    return found


def _card(blocks: Sequence[Block], head: int, call: int) -> bool:
    """Whether the blocks from ``head`` to ``call`` are a card: a headline opening its paragraph, a
    summary, the call closing its paragraph."""
    if head > 0 and next_line_of_paragraph(blocks[head - 1], blocks[head]):
        return False
    if call + 1 < len(blocks) and next_line_of_paragraph(blocks[call], blocks[call + 1]):
        return False
    text = blocks[head + 1].text.lstrip()
    if text.startswith(tuple(QUOTE_MARKS)):
        return False  # someone's words: the article's quotation after a link to another story
    return card_headline(blocks[head].text) and summary(text)


def _between_paragraphs(blocks: Sequence[Block], verdicts: Sequence[Verdict], head: int, call: int) -> bool:
    """Whether the nearest kept block before ``head`` and the nearest after ``call`` (within
    NEIGHBOUR_REACH blocks) are both paragraphs of running text, not another card's."""
    earlier = range(head - 1, max(-1, head - 1 - NEIGHBOUR_REACH), -1)
    later = range(call + 1, min(len(blocks), call + 1 + NEIGHBOUR_REACH))
    before = next((index for index in earlier if verdicts[index].label.is_body), None)
    after = next((index for index in later if verdicts[index].label.is_body), None)
    return before is not None and after is not None and all(
        _running_text(blocks, index) for index in (before, after)
    )


def _running_text(blocks: Sequence[Block], index: int) -> bool:
    """A paragraph of running text: RUNNING_TEXT_WORDS words or more, ending a sentence, and not
    followed by a call (another card's summary)."""
    text = blocks[index].text.rstrip()
    if len(text.split()) < RUNNING_TEXT_WORDS or not text.endswith(TERMINAL):
        return False
    return index + 1 >= len(blocks) or not read_call(blocks[index + 1].text)

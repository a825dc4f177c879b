"""What ``--recall`` keeps that it need not, found against the text balanced mode keeps.

Recall keeps all that balanced keeps and, with its lower cut, more around it (:mod:`articlean.recallmode`).
Two kinds of what only recall keeps are no article's text whatever the cut: a list of other stories'
headlines (and the menus between them) at the edge of the text balanced is sure of
(:func:`edge_lists`), and a line printed again where its first copy is kept already
(:func:`repeated_copies`). Every change carries its reason id (README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.features import TERMINAL
from articlean.model import Block, Verdict

# Recall: what only recall keeps before the first block balanced keeps, or after its last, goes
# (``edge-list``) when it is EDGE_LIST_BLOCKS blocks or more, at most EDGE_LIST_SENTENCE_SHARE of them
# end a sentence, and it holds EDGE_LIST_MIN_WORDS words and EDGE_LIST_SHARE of the words balanced
# keeps: the lower cut keeps a page's boxes of other stories' headlines (and the menus between them)
# next to the article, as long as a good part of it, while the article's own text that balanced missed
# at its edges is prose (an intro, a last paragraph) or a few words (a heading, a dateline). On dev:
# F1 0.9459 -> 0.9514, P 0.9162 -> 0.9276, R 0.9776 -> 0.9765 (rd-nytimes-5, whose gold keeps a
# section page's teasers, -0.0008 of it). Simulated on the final verdicts: a sentence share of 0.4 or
# 0.5, F1 higher but R 0.0010 lower; a word share of 0.1: R 0.0035 lower; sparing the three blocks
# next to the article (as recall's edges keep): F1 0.9500; 40 words at least: F1 0.9510.
EDGE_LIST_BLOCKS = 3
EDGE_LIST_SENTENCE_SHARE = 0.3
EDGE_LIST_MIN_WORDS = 30
EDGE_LIST_SHARE = 0.2
# The edges are those of balanced's blocks scoring at least EDGE_LIST_ANCHOR_SCORE (of all it keeps
# when none does): balanced's own cut keeps a few headlines of a box that scored just over it (a video
# playlist over the article, a country picker in a sign-up form under it), and recall's lower cut
# fills the box in between them; the article itself is where the model is sure. What balanced keeps
# there stays (recall keeps what balanced keeps). Simulated on dev's final verdicts: F1 0.9617 ->
# 0.9626, R 0.9765 -> 0.9763 (5 dumps up, none down); at 0.6, R 0.9761; at 0.7, one down (-0.12).
EDGE_LIST_ANCHOR_SCORE = 0.5
# Recall: a block of REPEAT_MIN_WORDS words or more that only recall keeps goes (``repeated``) when a
# kept block before it prints the same text: a title printed over each slide of a gallery or each
# date of a listing, a teaser printed twice; an article says a sentence once. Shorter lines repeat in
# the article's own text (a figure's "Caption of the figure", a recipe's "Portion Fix Containers:").
# Captions have their own rule (recallmode.drop_repeated_captions: the last copy stays). Simulated on
# dev's final verdicts: F1 0.9617 -> 0.9626, R 0.9765 -> 0.9767 (16 dumps up, 3 down, -0.004 at most);
# from 3 words: R 0.9761 (rd-dev418, its repeated captions); from 8: the same F1.
REPEAT_MIN_WORDS = 5


def edge_lists(blocks: Sequence[Block], balanced: Sequence[Verdict], merged: Sequence[Verdict]) -> list[int]:
    """The blocks ``merged`` keeps and ``balanced`` does not before the first block ``balanced`` keeps
    scoring EDGE_LIST_ANCHOR_SCORE (:func:`_anchors`), and those after the last, where they are
    EDGE_LIST_BLOCKS or more, at most EDGE_LIST_SENTENCE_SHARE of them end a sentence and they hold
    EDGE_LIST_MIN_WORDS words and EDGE_LIST_SHARE of the words ``balanced`` keeps."""
    kept = [index for index, verdict in enumerate(balanced) if verdict.label.is_body]
    if not kept:
        return []
    article_words = sum(len(blocks[index].text.split()) for index in kept)
    first, last = _anchors(balanced, kept)
    found: list[int] = []
    for side in (range(first), range(last + 1, len(merged))):
        edge = [index for index in side if merged[index].label.is_body and not balanced[index].label.is_body]
        words = sum(len(blocks[index].text.split()) for index in edge)
        sentences = sum(blocks[index].text.rstrip().endswith(TERMINAL) for index in edge)
        if (
            len(edge) >= EDGE_LIST_BLOCKS
            and sentences <= EDGE_LIST_SENTENCE_SHARE * len(edge)
            and words >= max(EDGE_LIST_MIN_WORDS, EDGE_LIST_SHARE * article_words)
        ):
            found += edge
    return found


def _anchors(balanced: Sequence[Verdict], kept: Sequence[int]) -> tuple[int, int]:
    """The first and last of the ``kept`` blocks scoring EDGE_LIST_ANCHOR_SCORE, else of all."""
    sure = [index for index in kept if balanced[index].score >= EDGE_LIST_ANCHOR_SCORE] or kept
    return sure[0], sure[-1]


def repeated_copies(
    blocks: Sequence[Block], balanced: Sequence[Verdict], merged: Sequence[Verdict]
) -> list[int]:
    """The blocks of REPEAT_MIN_WORDS words or more that ``merged`` keeps and ``balanced`` does not
    whose text (its spacing aside) a block ``merged`` keeps before them prints."""
    seen: set[str] = set()
    found: list[int] = []
    for index, verdict in enumerate(merged):
        if not verdict.label.is_body:
            continue
        words = blocks[index].text.split()
        text = " ".join(words)
        if text in seen and len(words) >= REPEAT_MIN_WORDS and not balanced[index].label.is_body:
            found.append(index)
        seen.add(text)
    return found

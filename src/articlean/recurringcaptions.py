"""One caption printed under each picture of an article, and the paragraphs between the pictures.

A photo story sets a picture between every few paragraphs and prints the same caption under each
(the event's name, the show's title, a credit): the same line, or the same opening words with a
name added, three times or more, with paragraphs between the copies. The model reads the copies
as a run of repeats and may place the article's edge at one of them, so it keeps the paragraphs
between two copies and drops those between the next two as outside the article.
Such a caption says nothing the article says: every copy is dropped (``repeated``). The article
runs from the first copy to the last: the blocks between them the model dropped (its own reasons,
``outside-article``, ``short-fragment``, ``low-score``) are kept (``between-captions``), and so
is the run of such blocks right after the last copy, up to the first block another rule dropped
(a share button, a menu, a list of links), which closes the article.
Only copies of six words or more count (a shorter line is a label or a name, "Photo: AP"), and
only when the copies alternate with paragraphs close together (a run of copies with nothing between
them is a gallery's or a list's: half the gaps between copies hold a paragraph, two at least; the
copies stand 12 blocks apart at most) and the model kept half the paragraphs between them, and
only lines that end no sentence (an interview's recurring question is no caption).
The run after the last copy is at most 20 blocks with text.
settle() runs the rule last: a separator repeated in a box of other stories ("Share on Facebook
Share on X" under each teaser) is already that box's, and the teasers are no kept paragraphs.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from articlean import regexes
from articlean.doccache import per_document
from articlean.lexicon import first_words
from articlean.model import MODEL_DROP_REASONS, Block, Label, Verdict

# A caption is repeated at least this many times (twice is a title and its caption, or a quote).
MIN_COPIES = 3
# Copies share their first words; the line may go on (a name, a credit added under one picture).
KEY_WORDS = 6
# A paragraph between two copies has this many words at least.
PARAGRAPH_WORDS = 8
# Copies stand at most this many blocks apart (a picture every few paragraphs; a headline printed
# again in a box of other stories stands farther away).
MAX_GAP = 12
# The run kept after the last copy is at most this many blocks with text (the article's closing lines).
MAX_TAIL_BLOCKS = 20
# ... within this many blocks of any kind (lines without text between them), so that each run of
# copies costs a bounded scan however long the page.
MAX_TAIL_SCAN = 100

_WORD = regexes.compile(r"\w+")
# A line ending so is a sentence, not a caption.
SENTENCE_ENDS = (".", "!", "?", ":", ";", "。", "！", "？", "…")


def recurring_captions(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Drop the copies of a caption repeated between an article's paragraphs and keep the
    paragraphs between them (module docstring)."""
    copies: dict[tuple[str, ...], list[int]] = {}
    keys: list[tuple[str, ...]] = []
    long: list[bool] = []
    for index, block in enumerate(blocks):
        key, paragraph = _key(block.text)
        keys.append(key)
        long.append(paragraph)
        copies.setdefault(key, []).append(index)
    # A paragraph of the article is printed once: a key of fewer words is a short line's.
    unique = [long[index] and len(copies[key]) == 1 for index, key in enumerate(keys)]
    for key, positions in copies.items():
        if (
            key
            and len(positions) >= MIN_COPIES
            and all(_may_be_caption(blocks[index]) for index in positions)
            and _between_paragraphs(positions, unique, verdicts)
        ):
            _settle(positions, verdicts)


@per_document
def _key(text: str) -> tuple[tuple[str, ...], bool]:
    """A block's first KEY_WORDS words, casefolded (none for a shorter block), and whether it is
    long enough for a paragraph."""
    # Only as much of the text as the key and the bound need is read (a paragraph's first words;
    # casefolding and splitting whole paragraphs made this 1.5 % of the HTML path).
    words = first_words(text, KEY_WORDS, _WORD)
    paragraph = len(text.split(None, PARAGRAPH_WORDS - 1)) >= PARAGRAPH_WORDS
    return (tuple(words) if len(words) >= KEY_WORDS else ()), paragraph


def _may_be_caption(block: Block) -> bool:
    """A caption is no heading, no list item and no sentence (a question or a statement: an
    interview's recurring question, a recipe's recurring step)."""
    text = block.text.rstrip()
    return not block.heading_level and not block.list_item and not text.endswith(SENTENCE_ENDS)


def _between_paragraphs(
    positions: Sequence[int], unique: Sequence[bool], verdicts: Sequence[Verdict]
) -> bool:
    """Whether the copies stand close together (a picture every few paragraphs), half the gaps
    between them or more hold a paragraph printed once (at least two gaps), and the model kept half
    of those paragraphs or more (the copies are inside the article, not in a comment thread)."""
    filled = kept = paragraphs = 0
    for start, end in itertools.pairwise(positions):
        if end - start > MAX_GAP:
            return False
        inside = [index for index in range(start + 1, end) if unique[index]]
        filled += bool(inside)
        paragraphs += len(inside)
        kept += sum(verdicts[index].label.is_body for index in inside)
    return 2 * kept >= paragraphs > 0 and 2 * filled >= len(positions) - 1 and filled >= MIN_COPIES - 1


def _settle(positions: Sequence[int], verdicts: list[Verdict]) -> None:
    copies = set(positions)
    for index in positions:
        if verdicts[index].label.is_body or verdicts[index].reason in MODEL_DROP_REASONS:
            verdicts[index] = Verdict(Label.BOILERPLATE, verdicts[index].score, "repeated")
    for index in range(positions[0] + 1, positions[-1]):
        if index not in copies and verdicts[index].reason in MODEL_DROP_REASONS:
            verdicts[index] = Verdict(Label.BODY, verdicts[index].score, "between-captions")
    tail = 0
    for index in range(positions[-1] + 1, min(len(verdicts), positions[-1] + 1 + MAX_TAIL_SCAN)):
        reason = verdicts[index].reason
        if reason == "no-text":
            continue
        if reason not in MODEL_DROP_REASONS or tail == MAX_TAIL_BLOCKS:
            break
        verdicts[index] = Verdict(Label.BODY, verdicts[index].score, "between-captions")
        tail += 1

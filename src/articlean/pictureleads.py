"""The paragraph of running text over a picture's lines right above a kept paragraph, found for
:mod:`articlean.settle`.

A page often prints a picture between the article's lead and its second paragraph, and a dump
keeps the picture's short lines there: its alt text, its credit ("West Merica Police"), a link
to view it larger ("View this image ›"). The model scores the lead under the cut as often as not
(it stands apart from the rest, near the page's header), and the walk up from the kept text
(:func:`articlean.edgeparagraphs.opening_paragraphs`, :func:`~articlean.edgeparagraphs.inner_openings`)
stops at the first line that is no running text. Over a kept paragraph of running text that
follows dropped text, one or two such lines (at most :data:`PICTURE_LINE_WORDS` words each,
ending no sentence, each a paragraph of its own, all the model's drops) and, right over them, a
dropped paragraph of running text (:func:`~articlean.edgeparagraphs.opening_paragraph`): that
paragraph is the article's and is kept (``article-opening``), and so are the paragraphs of running
text right over it, as the walk up reads them; the picture's lines stay dropped.
A line of more words, or a third one, is as often a headline or a byline of what stands over
the article: on dev, seven words and three lines brought such text in (one dump 1.000 -> 0.950).
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.edgeparagraphs import REVIVABLE, opening_paragraph, run_openings
from articlean.model import Block, Verdict
from articlean.paragraphends import ends_paragraph
from articlean.paragraphgaps import next_to
from articlean.paragraphs import next_line_of_paragraph
from articlean.segment import count_words

# A picture's lines between the lead and the kept text: at most this many (alt text, credit), ...
PICTURE_LINES = 2
# ... of at most this many words each.
PICTURE_LINE_WORDS = 4


def leads_over_pictures(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of each dropped paragraph of running text over a picture's lines right above a
    kept paragraph of running text that follows dropped text."""
    found: list[int] = []
    for first in run_openings(blocks, verdicts):
        edge = picture_lines_above(blocks, verdicts, first)
        start = opening_paragraph(blocks, verdicts, edge) if edge < first else None
        while start is not None:  # and the paragraphs of running text right over it
            found.extend(range(start, edge))
            edge = start
            start = opening_paragraph(blocks, verdicts, edge) if edge else None
    return found


def picture_lines_above(blocks: Sequence[Block], verdicts: Sequence[Verdict], first: int) -> int:
    """The topmost of the picture's lines right over block ``first`` (at most PICTURE_LINES, each
    next to the one under it), or ``first`` if there are none."""
    edge = first
    while (
        edge > 0
        and first - edge < PICTURE_LINES
        and verdicts[edge - 1].reason in REVIVABLE
        and picture_line(blocks, edge - 1)
        and next_to(blocks[edge - 1], blocks[edge])
    ):
        edge -= 1
    return edge


def picture_line(blocks: Sequence[Block], index: int) -> bool:
    """Whether block ``index`` is a short line alone in its paragraph (no list item, no heading) of
    at most PICTURE_LINE_WORDS words that ends no sentence."""
    block = blocks[index]
    return (
        not block.list_item
        and not block.heading_level
        and 0 < count_words(block.text) <= PICTURE_LINE_WORDS
        and not ends_paragraph(block.text)
        and not (index + 1 < len(blocks) and next_line_of_paragraph(block, blocks[index + 1]))
        and not (index and next_line_of_paragraph(blocks[index - 1], block))
    )

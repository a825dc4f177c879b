"""A box of the article's key points over it, whose points the article says again below.

News templates print a summary under the headline: a label ("Key Points", "Highlights", "Das
Wichtigste in Kürze") over a few bullets, each a sentence of the article's own, nearly word for word:

    Key Points
      * Acme has finalized a deal to buy 30 jets, executives announced Wednesday at the air show.
    DUBAI — Acme finalized a deal to buy 30 jets, executives announced Wednesday at the air show.

The points read as the article's opening paragraphs to the model, and the copy below is the
article's. What gives the box away is its label and the copy: a label alone on its line, then the
points (a bulleted list of at most MAX_POINTS items, or the lines under the label, up to MAX_POINTS,
where a dump prints no bullets), each of which has at least COPY_SHARE of its word triples again in
the blocks after the box. A newsletter's
"Highlights" section lists news of its own, said once: it stays. The box's kept blocks (its label
too) are dropped with the reason ``summary-box`` (README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.doccache import per_document
from articlean.model import Block, Verdict
from articlean.paragraphs import list_end
from articlean.phrases import normalise

# A key-points box holds a few points; a longer list is a section of the article.
MAX_POINTS = 6
# A point repeats the article when at least this share of its word triples stands again after the
# box (a template shortens or rewords a little: "has finalized" over "finalized").
COPY_SHARE = 0.6
# A point is a sentence: a shorter line has too few triples to tell a copy.
POINT_MIN_WORDS = 6
# The labels of such boxes, normalised (phrases.normalise), in the languages scraped most often.
SUMMARY_LABELS = frozenset(
    {
        "key points", "highlights", "story highlights", "key takeaways", "takeaways", "at a glance",
        "das wichtigste in kürze", "auf einen blick", "en bref", "l essentiel", "points clés",
        "puntos clave", "lo más importante", "destaques", "pontos principais", "in breve", "punti chiave",
    }
)  # fmt: skip
# A label is a few words: the cheap test before normalising.
LABEL_MAX_CHARS = 40


@per_document
def summary_label(text: str) -> bool:
    """Whether a line is only a key-points box's label ("Key Points", "Highlights:")."""
    return len(text) <= LABEL_MAX_CHARS and normalise(text) in SUMMARY_LABELS


def summary_boxes(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks of each key-points box whose points the article says again below it."""
    labels = [index for index, block in enumerate(blocks) if block.text and summary_label(block.text)]
    if not labels:
        return []
    last_seen = _last_positions(blocks)
    found: list[int] = []
    for label in labels:
        points = _points(blocks, label, last_seen)
        found.extend(index for index in (label, *points) if points and verdicts[index].label.is_body)
    return found


def _points(blocks: Sequence[Block], label: int, last_seen: dict[tuple[str, ...], int]) -> list[int]:
    """The points under ``label`` that the article says again: its bulleted list (at most MAX_POINTS
    items, all said again), else the lines under it said again (at most MAX_POINTS; a dump without
    bullets prints each point as a line)."""
    start = label + 1
    if start >= len(blocks):
        return []
    if blocks[start].list_item:
        end = list_end(blocks, start)
        points = list(range(start, end))
        if len(points) > MAX_POINTS:
            return []
        return points if all(_said_again(blocks[index].text, end - 1, last_seen) for index in points) else []
    end = start
    while end < min(len(blocks), start + MAX_POINTS) and _said_again(blocks[end].text, end, last_seen):
        end += 1
    return list(range(start, end))


def _triples(text: str) -> list[tuple[str, ...]]:
    words = normalise(text).split()
    return [tuple(words[position : position + 3]) for position in range(len(words) - 2)]


def _last_positions(blocks: Sequence[Block]) -> dict[tuple[str, ...], int]:
    """Each word triple of the document and the last block it stands in."""
    last: dict[tuple[str, ...], int] = {}
    for index, block in enumerate(blocks):
        for triple in _triples(block.text):
            last[triple] = index
    return last


def _said_again(text: str, box_end: int, last_seen: dict[tuple[str, ...], int]) -> bool:
    """Whether a point of POINT_MIN_WORDS words or more has COPY_SHARE of its triples after the box."""
    triples = _triples(text)
    if len(triples) < POINT_MIN_WORDS - 2:
        return False
    again = sum(1 for triple in triples if last_seen.get(triple, -1) > box_end)
    return again >= COPY_SHARE * len(triples)

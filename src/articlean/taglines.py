"""The line of tags under an article: a label ("Tags", "Filed under", "Etiquetas") and a list.

Blog and news templates print the article's tags after it as one line ("Tags: stock car, Interlagos,
calendar 2019"); when the tags are many and long, the line reads like a sentence to the model. Only
its form tells it apart, and that form is fixed: a tag label, then short items separated by commas or
bars, with no sentence ending. Such a line after the article's first paragraph is dropped with the
reason ``tag-list`` (README: "Reason ids"), also when a dump printed each tag on a line of its own
under the label (``get_text("\\n")`` prints every link so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlean import regexes
from articlean.doccache import per_document
from articlean.model import Block, Verdict
from articlean.paragraphs import next_line_of_paragraph

# A list of at least TAG_MIN_ITEMS items, each of at most TAG_MAX_WORDS words (a tag is a name or a
# short phrase: "stock car santa cruz do sul").
TAG_MIN_ITEMS = 3
TAG_MAX_WORDS = 6
# A label alone on its line takes the tags from at most this many lines under it.
TAG_MAX_LINES = 60
_LABELS = (
    r"^\W{0,3}(?:tags?|tagged(?:\s+with)?|filed\s+under|topics|etiquetas|schlagw[öo]rter|schlagworte"
    r"|mots[- ]cl[ée]s|palavras[- ]chave|t[óo]picos|argomenti|теги|тэги|метки)\s*:?"
)
_LABEL = regexes.compile(_LABELS + r"\s+(?P<items>\S.*)$", re.IGNORECASE)
_LABEL_ALONE = regexes.compile(_LABELS + "$", re.IGNORECASE)
_SEPARATOR = regexes.compile(r"\s*[,|;]\s*")


def tag_lines(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The kept blocks that make tag lines, from ``opening`` (the article's first block of running
    text, which a long tag line may itself have been taken for) on."""
    found: list[int] = []
    for index in range(opening, len(blocks)):
        text = blocks[index].text
        if _label_alone(text):  # the tags on the lines under it, one a line
            last = index + 1
            while last < min(len(blocks), index + TAG_MAX_LINES) and next_line_of_paragraph(
                blocks[last - 1], blocks[last]
            ):
                last += 1
            text = " ".join(block.text for block in blocks[index:last])
            lines = range(index, last)
        else:
            lines = range(index, index + 1)
        if tag_line(text):
            found.extend(line for line in lines if verdicts[line].label.is_body)
    return found


@per_document
def _label_alone(text: str) -> bool:
    return _LABEL_ALONE.match(text) is not None


@per_document
def tag_line(text: str) -> bool:
    """Whether a block is a tag label followed by a list of short items ("Tags: a, b, c")."""
    match = _LABEL.match(text.strip())
    if match is None or match.group("items").rstrip().endswith((".", "!", "?")):
        return False
    items = [item for item in _SEPARATOR.split(match.group("items")) if item]
    return len(items) >= TAG_MIN_ITEMS and all(len(item.split()) <= TAG_MAX_WORDS for item in items)

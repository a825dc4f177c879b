"""Headlines of other stories under a box heading, set between an article's paragraphs.

News templates break an article with a box of links to other stories: a heading ("Related
articles", "DON'T MISS", "More from UK", "Artículos relacionados", a link label alone such as
"More:") and two or more headlines, each on a line of its own, with nothing else in the box:

    Related articles
    Plague outbreak: China hit by 'highly contagious' pneumonic plague
    Horror as plague of killer mosquitos are headed to Britain

A plain-text dump loses the links, so the model reads the headlines as the article's own short
lines. :mod:`articlean.relatedlists` finds boxes whose items are set apart by a recurring line; these
boxes have no such line, and what gives them away is the heading followed by a run of headlines: at
least two short lines that start with a capital, hold one sentence and end without its full stop.
An article's subheading under such a heading is not taken: it runs into its paragraph on the next
line, where a box's last headline stands apart from the text after it.

Headings come from data/related-headings.txt and link labels from data/link-labels.txt. Every kept
block from the heading to the box's last headline is dropped with the reason ``related-headlines``
(README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean import regexes
from articlean.doccache import per_document
from articlean.linklines import HEADLINE_MAX_WORDS, headline_like, link_line
from articlean.model import Block, Verdict
from articlean.paragraphs import next_line_of_paragraph
from articlean.relatedlists import related_heading

# A headline has at least this many words: one or two are a menu's items or a section's name.
HEADLINE_MIN_WORDS = 3
# A box holds at least this many headlines: one line under "Read more:" is linklines' business, and
# one short line after a heading may be the article's subheading.
MIN_HEADLINES = 2
# Lines of at most this many words between headlines are the box's markers ("[VIDEO]", "Read more").
MARKER_MAX_WORDS = 2
# A full stop, question or exclamation mark, then the capital of a next sentence: two sentences.
_SENTENCE_BREAK = regexes.compile(r"[.!?]\s+[\"'“‘«¿¡]?[A-Z]")
# A cut-off headline ends with an ellipsis, which is no sentence's full stop.
_ELLIPSIS = regexes.compile(r"\s*(?:\.\.\.|…)$")
# What a line may open with before its first word that a headline never does: a continuation.
_CONTINUATION_OPENERS = ("(", "-", "–", "—", ",", ";", ":")


@per_document
def box_heading(text: str) -> bool:
    """A box's heading: a related heading ("Related articles", "More from UK") or a link label
    alone on its line ("More:", "Lire aussi :")."""
    return related_heading(text) or link_line(text) == "label"


@per_document
def headline(text: str) -> bool:
    """A line that reads as another story's headline: HEADLINE_MIN_WORDS words or more, one
    sentence without its full stop (it may be cut off with an ellipsis), opening with a capital."""
    text = _ELLIPSIS.sub("", text.strip())
    words = text.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or not headline_like(text):
        return False
    if text.startswith(_CONTINUATION_OPENERS) or text.rstrip("*_])").endswith((":", ";", ",")):
        return False
    first = next((character for character in text if character.isalnum()), "")
    return not first.islower() and _SENTENCE_BREAK.search(text) is None


def box_headlines(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The blocks of each box of headlines after ``opening`` (the article's first block of running
    text): from its heading to its last headline."""
    found: list[int] = []
    index = opening + 1
    while index < len(blocks):
        if not box_heading(blocks[index].text):
            index += 1
            continue
        items = _headlines_after(blocks, index)
        # A link label's first headline is its own (linklines drops it); a box needs more after it.
        if len(items) < MIN_HEADLINES + (link_line(blocks[index].text) == "label"):
            index += 1
            continue
        found.extend(range(index, items[-1] + 1))
        index = items[-1] + 1
    return found


def _headlines_after(blocks: Sequence[Block], heading: int) -> list[int]:
    """The headlines that follow ``heading``, with only markers between them, up to the first line
    that is neither. A headline that runs into its paragraph is the article's subheading, and a box
    printed as a list ends with the list."""
    items: list[int] = []
    for index in range(heading + 1, len(blocks)):
        block = blocks[index]
        if items and not _same_box(blocks, items, block):
            break
        if headline(block.text) and not _runs_into_paragraph(blocks, index):
            items.append(index)
        elif not _marker(block.text) or box_heading(block.text):
            break
    return items


def _same_box(blocks: Sequence[Block], items: Sequence[int], block: Block) -> bool:
    """Whether ``block`` may belong to the box of ``items``: its items are all list items or none,
    and when its first two share a paragraph (a list printed without blank lines), all do."""
    first = blocks[items[0]]
    if block.list_item != first.list_item:
        return False
    return len(items) < 2 or blocks[items[1]].group != first.group or block.group == first.group


def _marker(text: str) -> bool:
    """A short line between a box's items ("[VIDEO]", a bullet); a label ("Main articles:") opens
    something else."""
    return len(text.split()) <= MARKER_MAX_WORDS and not text.rstrip().endswith((":", "："))


def _runs_into_paragraph(blocks: Sequence[Block], index: int) -> bool:
    """Whether the text after ``index`` goes on with its sentence (it opens in lower case, as the
    rest of a sentence split at a link does) or, on the next line of its paragraph, is text that is
    neither a headline nor a marker."""
    after = index + 1
    if after >= len(blocks):
        return False
    text = blocks[after].text
    first = next((character for character in text if character.isalnum()), "")
    if first.islower():
        return True
    return next_line_of_paragraph(blocks[index], blocks[after]) and not (_marker(text) or headline(text))

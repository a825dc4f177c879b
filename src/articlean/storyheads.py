"""Headlines of other stories after the article's last paragraph, each over its byline.

A list of other stories under an article prints each as a headline, a byline and a date:

    Liberman: Both parties are to blame for lack of unity government
    By STAFF WRITER
    11/20/2019 01:14 PM
    Russia: Israeli strikes on Syria wrong move
    By REUTERS

The model drops most of such a list, but some of its headlines read as the article's closing lines.
An article does not go on past its last paragraph with headline-shaped lines each followed by a
byline: after the last kept paragraph of running text, a kept headline
(:func:`articlean.boxheadlines.headline`, of HEADLINE_MIN_LETTERED words with a letter: not a date
line) with a "By ..." line right after it, or after a short line (a date, its own end wrapped onto
the next line), is another story's: it goes, with that short line, with the reason
``related-headlines`` (README: "Reason ids").
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.boxheadlines import headline
from articlean.bylines import byline_start, is_prefix_only
from articlean.features import TERMINAL
from articlean.model import Block, Verdict

# A story's byline stands right under its headline, or under a short line (a date, the headline's end
# wrapped onto the next line) of at most BETWEEN_MAX_WORDS words: a longer one is the rest of a
# sentence ("... thank Jane and Ben" / "Kelly for helping with the specification." / "Posted by").
BYLINE_MAX_GAP = 2
BETWEEN_MAX_WORDS = 4
# A headline has this many words with a letter ("11/20/2019 01:14 PM" has one).
HEADLINE_MIN_LETTERED = 3
# A paragraph of running text has this many words (recurring's ARTICLE_MIN_WORDS) and ends a sentence.
PARAGRAPH_MIN_WORDS = 12


def story_heads(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> list[int]:
    """The kept headlines over a byline after the article's last paragraph (from its ``opening``)."""
    last = next(
        (
            index
            for index in range(len(blocks) - 1, opening - 1, -1)
            if _paragraph(blocks[index], verdicts[index])
        ),
        None,
    )
    if last is None:
        return []
    found: list[int] = []
    for index in range(last + 1, len(blocks)):
        if verdicts[index].label.is_body and _headline(blocks[index]):
            found.extend(_story_head(blocks, index))
    return found


def _story_head(blocks: Sequence[Block], index: int) -> list[int]:
    """The headline at ``index`` and the short lines between it and the "By ..." line that follows it
    (the headline's end wrapped onto the next line, a date), or [] when no byline follows, or a
    longer line stands first."""
    for after in range(index + 1, min(len(blocks), index + 1 + BYLINE_MAX_GAP)):
        text = blocks[after].text
        if byline_start(text) or is_prefix_only(text):  # "By" alone: the name on the next line
            return list(range(index, after))
        if len(text.split()) > BETWEEN_MAX_WORDS:
            return []
    return []


def _paragraph(block: Block, verdict: Verdict) -> bool:
    text = block.text.rstrip()
    return verdict.label.is_body and len(text.split()) >= PARAGRAPH_MIN_WORDS and text.endswith(TERMINAL)


def _headline(block: Block) -> bool:
    lettered = sum(1 for word in block.text.split() if any(character.isalpha() for character in word))
    return not block.heading_level and lettered >= HEADLINE_MIN_LETTERED and headline(block.text)

"""What stands between two paragraphs, as the edge walks (:mod:`articlean.edgeparagraphs`) and the
rules that read the article's paragraphs in order see it: whether a block is next to the one before
(a blank line between them at most, or a dump's usual run of them), an ad slot under the last kept
paragraph, and a wordless line (an image without alt text, a blockquote's empty line) the walk reads
past, unlike a rule ("* * *") that sets the article off from what follows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.model import Block, Label, Verdict
from articlean.paragraphends import PARAGRAPH_END
from articlean.paragraphs import next_line_of_paragraph
from articlean.segment import count_words_upto

# From a paragraph's last line to the next paragraph's first: one blank line between them at most.
MAX_LINE_STEP = 2
# A dump whose paragraphs stand this many blank lines apart as a rule prints a line for every
# whitespace node (unstripped get_text("\n")): a run of blank lines there is one gap, however
# long. A list's heading two blank lines under the last paragraph was cut from the article
# (nodes shape 0.9530 -> 0.9562; dev's md, r1 and r2 byte-identical).
LONG_GAP = 2
# An ad slot's lines under its label, and their words, at the most.
AD_SLOT_BLOCKS = 2
AD_SLOT_WORDS = 8
# A thematic break: three or more of these characters alone on a line, spaces between them ("* * *",
# "___"); a dump that reads the first one as a list's bullet keeps the others ("* *", a list item).
_RULE_CHARS = frozenset("-*_=~•·")
RULE_MIN_CHARS = 3


def next_to(previous: Block, block: Block) -> bool:
    """Whether ``block`` starts at most one blank line after ``previous`` ends, or, in a dump whose
    paragraphs stand :data:`LONG_GAP` blank lines apart or more as a rule, whether it is the next
    block, whatever the run of blank lines between them (:mod:`articlean.blankruns`)."""
    if block.first_line - previous.last_line <= MAX_LINE_STEP:
        return True
    return previous.gap >= LONG_GAP and block.index == previous.index + 1


def last_kept(verdicts: Sequence[Verdict]) -> int | None:
    """The last block kept as body text, if any."""
    return next(
        (index for index in reversed(range(len(verdicts))) if verdicts[index].label is Label.BODY), None
    )


def past_ad_slot(blocks: Sequence[Block], verdicts: Sequence[Verdict], last: int) -> int:
    """The block after an ad slot right below block ``last``, or ``last + 1`` if there is none.

    An ad slot is an ad label ("Advertisement") and the few short lines of a video player under it
    ("Thanks for watching! Visit Website"): one to :data:`AD_SLOT_BLOCKS` lines of at most
    :data:`AD_SLOT_WORDS` words that end no sentence, each a paragraph of its own. A label right over
    a paragraph is no slot: that paragraph is the ad's own text ("Get the magazine delivered ...").
    The slot stays dropped."""
    after = last + 1
    if verdicts[after].reason != "ad-label" or not next_to(blocks[last], blocks[after]):
        return after
    index = after + 1
    while (
        index + 1 < len(blocks)
        and index - after <= AD_SLOT_BLOCKS
        and verdicts[index].label is not Label.BODY
        and next_to(blocks[index - 1], blocks[index])
        and not next_line_of_paragraph(blocks[index], blocks[index + 1])
        and count_words_upto(blocks[index].text, AD_SLOT_WORDS + 1) <= AD_SLOT_WORDS
        and not blocks[index].text.rstrip().endswith(PARAGRAPH_END)
    ):
        index += 1
    return index if index > after + 1 else after


def past_no_text(blocks: Sequence[Block], verdicts: Sequence[Verdict], edge: int, step: int) -> int:
    """``edge``, or the block beyond one wordless block next to it (an image without alt text, an
    empty quote or emphasis), on the side ``step`` (-1 above, 1 below): the walk goes on past it, and
    it stays dropped. A rule ("* * *", "___") is no such block: it sets off the article from the
    notes under it ("Originally published at ...", "... contributed to this report.")."""
    beyond = edge + 2 * step
    if not 0 <= beyond < len(blocks) or verdicts[edge + step].reason != "no-text":
        return edge
    wordless = blocks[edge + step]
    marks = "".join(wordless.text.split())
    rule = set(marks) <= _RULE_CHARS and len(marks) + wordless.list_item >= RULE_MIN_CHARS
    # an empty line inside a run of lines with no blank line around it is a quote's empty line (">"
    # between the paragraphs of a blockquote), not what a markdown rule leaves
    quoted = not marks and wordless.group == blocks[edge].group == blocks[beyond].group
    if not wordless.image and (not marks or rule) and not quoted:
        return edge  # a rule, or the empty line that a markdown rule leaves
    near, far = sorted((edge, beyond))
    if next_to(blocks[near], blocks[near + 1]) and next_to(blocks[near + 1], blocks[far]):
        return edge + step
    return edge

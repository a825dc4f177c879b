"""Where an article's sections begin, beyond the running text the edge walks read
(:mod:`articlean.edgeparagraphs`): a markdown subheading the model dropped between kept paragraphs,
a line the model doubted alone between two kept blocks, and a list that opens the article right
under its headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.bylines import byline_start
from articlean.edgeparagraphs import (
    REVIVABLE,
    SUBHEADING_MAX_WORDS,
    kept_subheading_levels,
    subheading,
)
from articlean.model import Block, Verdict, kept_as
from articlean.paragraphends import ends_paragraph
from articlean.paragraphgaps import next_to
from articlean.paragraphs import next_line_of_paragraph, paragraph_end
from articlean.segment import count_words

# A list that opens the article: at least this many items, each of at least this many words (a
# menu's items are single words: "Physics", "Running").
OPENING_LIST_MIN_ITEMS = 3
OPENING_ITEM_MIN_WORDS = 2
# From a list's last line to the next paragraph: html2text leaves three blank lines there at most.
LIST_LINE_STEP = 4
# A line alone between two kept blocks: at least this many words (a stray "Foo", a brand's name over
# its card are shorter), at most this many (a headline's length; longer is a paragraph the edge
# walks judge).
INNER_LINE_MIN_WORDS = 3
INNER_LINE_MAX_WORDS = 25
# ... with at most this many dropped blocks between it and the kept block above (a picture's credit
# over a product's heading: on dev three pages up, none down; allowing one under it too, one case
# went down, a line that opens a box under the article).
INNER_LINE_GAP = 1
# Plain lines (no markdown heading) are an article's subheadings once it keeps this many at one indent.
PLAIN_HEADINGS_MIN = 2
# A sentence that leads a list in under a section's heading: this many words at the least (a label,
# "Ingredients:", "Price:", is shorter).
LEAD_IN_MIN_WORDS = 4
# Drops an opening list's items may overrule: the model's, and the "menu" it calls short list items.
_LIST_REVIVABLE = REVIVABLE | {"menu"}
# How a teaser's headline cut short ends: another story's, as a box of related posts prints it.
_ELLIPSES = ("...", "…")


def opening_list(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of a list right above the article's first kept block, with the line that leads it.

    An article may open with a list under its headline ("What's new in 2.26?" over "* New tasks
    for the game!", "* Better Android support"; a line of codes a game accepts), which the model
    takes for a menu: a menu's items are links or single words, and it is set apart from the
    article. A list of at least :data:`OPENING_LIST_MIN_ITEMS` items, each of at least
    :data:`OPENING_ITEM_MIN_WORDS` words and mostly not link text, none cut short with an ellipsis,
    all dropped by the model (or called a menu), no byline among them (the headline's credits:
    "by: Jane Doe", "From: Herald Sun", a date), that ends right above the first kept block (at most
    :data:`LIST_LINE_STEP` lines) is the article's. So is the one line right above it, a short lead
    that ends no sentence or asks a question (at most :data:`SUBHEADING_MAX_WORDS` words). Only in a
    dump that prints links (markdown): where none is printed, "mostly not link text" says nothing,
    and on dev the menus above r1 dumps' articles passed (r1 0.9586 -> 0.9577). Not even a list that
    opens the text, nothing above it (a cleaned output read again): the re-check of a precision clean
    reads such a text, where a box of other stories' headlines kept over the article opened it
    (on dev an r1 page 1.000 -> 0.795)."""
    first = next((index for index, verdict in enumerate(verdicts) if verdict.label.is_body), None)
    if (
        not first
        or not blocks[first - 1].list_item
        or blocks[first].first_line - blocks[first - 1].last_line > LIST_LINE_STEP
        or not any(block.link_chars for block in blocks)
    ):
        return []
    start = first - 1
    while start > 0 and blocks[start - 1].list_item and blocks[start - 1].group == blocks[first - 1].group:
        start -= 1
    items = range(start, first)
    if (
        len(items) < OPENING_LIST_MIN_ITEMS
        or not all(_opening_item(blocks[index], verdicts[index]) for index in items)
        or any(byline_start(blocks[index].text) for index in items)  # the headline's credits
    ):
        return []
    lead = start - 1
    if lead >= 0 and next_to(blocks[lead], blocks[start]) and _list_lead(blocks, verdicts, lead):
        start = lead
    return list(range(start, first))


def _opening_item(block: Block, verdict: Verdict) -> bool:
    """Whether a list item may be an item of a list that opens the article (:func:`opening_list`)."""
    text = block.text.rstrip()
    return (
        verdict.reason in _LIST_REVIVABLE
        and count_words(text) >= OPENING_ITEM_MIN_WORDS
        and block.link_chars * 2 < len(text)
        and not text.endswith(_ELLIPSES)
    )


def _list_lead(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether block ``index`` is a short line alone in its paragraph that leads the list under it:
    no list item, dropped by the model, ending no sentence or asking a question."""
    block = blocks[index]
    text = block.text.rstrip()
    return (
        verdicts[index].reason in REVIVABLE
        and not block.list_item
        and paragraph_end(blocks, index) == index + 1
        and not (index and next_line_of_paragraph(blocks[index - 1], block))
        and 0 < count_words(text) <= SUBHEADING_MAX_WORDS
        and (text.endswith(("?", ":")) or not ends_paragraph(text))
    )


def keep_subheadings(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` with the headings of :func:`inner_subheadings` kept (reason ``subheading``)."""
    return kept_as(verdicts, inner_subheadings(blocks, verdicts), "subheading")


def inner_subheadings(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """Sections' headings the model alone dropped inside the article: a markdown heading alone in
    its paragraph (:func:`subheading`) of a level the article's kept headings have, right over a
    kept paragraph, with kept text somewhere above it ("#### Introductions/Shout-Outs" between a
    blog post's sections, which the model reads as a short fragment). The text right above it may be
    dropped: a section that opens under the menu of the one before ("### Themes" under "* Themes",
    "* Add-ons") or a box the model dropped (on dev, md: two pages up, none down; requiring kept
    text within five lines above found neither). Not a plain line:
    on dev the short lines between kept paragraphs of r1 and r2 dumps are as often a product's brand
    over its card or a test page's stray "Foo" (r1 and r2 level, md +0.0001). An indented plain
    line is one, where a text-mode browser sets the headings at an indent of their own, when the
    article keeps :data:`PLAIN_HEADINGS_MIN` plain subheadings or more at its indent and no running
    text ("Project Updates" among "Developer Tools", "Installer & Updater"; on dev r1 two cases up,
    none down; without the running text's test, eight up and two down: a shop's brand names over its
    product cards at its product names' indent, a caption in a dump indented as the page's source)."""
    levels = kept_subheading_levels(blocks, verdicts)
    indents = _plain_heading_indents(blocks, verdicts)
    plain = _kept_plain_subheadings(blocks, verdicts)
    first = next((index for index, verdict in enumerate(verdicts) if verdict.label.is_body), len(blocks))
    return [
        index
        for index in range(first + 1, len(blocks) - 1)
        if not verdicts[index].label.is_body
        and verdicts[index + 1].label.is_body
        and (
            (blocks[index].heading_level and blocks[index].heading_level in levels)
            or (
                not blocks[index].heading_level
                and (
                    (_own_indent(blocks, index) and blocks[index].indent in indents)
                    or (
                        plain.get(blocks[index].indent, 0) >= PLAIN_HEADINGS_MIN
                        and _between_running_text(blocks, verdicts, index)
                    )
                )
            )
        )
        and subheading(blocks, verdicts, index)
    ]


def _kept_plain_subheadings(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> dict[int, int]:
    """How many plain lines (no markdown heading) the article keeps as its sections' headings, per
    indent."""
    counts: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if verdicts[index].label.is_body and not block.heading_level and subheading(blocks, verdicts, index):
            counts[block.indent] = counts.get(block.indent, 0) + 1
    return counts


def _between_running_text(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether block ``index`` stands right between two kept paragraphs of running text: the one
    above ends a sentence, both are longer than a heading, or the one below is a sentence that leads
    a list in to it ("This post will discuss the following:", :data:`LEAD_IN_MIN_WORDS` words)."""
    if index < 1 or index + 1 >= len(blocks):
        return False
    above, below = blocks[index - 1], blocks[index + 1]
    return (
        verdicts[index - 1].label.is_body
        and verdicts[index + 1].label.is_body
        and next_to(above, blocks[index])
        and count_words(above.text) > SUBHEADING_MAX_WORDS
        and (
            count_words(below.text) > SUBHEADING_MAX_WORDS
            or (below.text.rstrip().endswith(":") and count_words(below.text) >= LEAD_IN_MIN_WORDS)
        )
        and ends_paragraph(above.text)
    )


def _plain_heading_indents(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> frozenset[int]:
    """The indents at which the article keeps PLAIN_HEADINGS_MIN plain subheadings or more, each at an
    indent of its own (:func:`_own_indent`), and no running text (a kept block of more than
    SUBHEADING_MAX_WORDS words); none unless every kept block is indented, as a text-mode browser
    sets all its text off the margin: a dump that indents lines as the page's source did sets
    headings and paragraphs alike, and some at no indent."""
    counts: dict[int, int] = {}
    running: set[int] = set()
    for index, block in enumerate(blocks):
        if not verdicts[index].label.is_body:
            continue
        if not block.indent:  # no margin: the dump indents its lines as the page's source did, or not at all
            return frozenset()
        if count_words(block.text) > SUBHEADING_MAX_WORDS:
            running.add(block.indent)
        elif not block.heading_level and _own_indent(blocks, index) and subheading(blocks, verdicts, index):
            counts[block.indent] = counts.get(block.indent, 0) + 1
    return frozenset(
        indent for indent, count in counts.items() if count >= PLAIN_HEADINGS_MIN and indent not in running
    )


def _own_indent(blocks: Sequence[Block], index: int) -> bool:
    """Whether block ``index`` stands at an indent of its own: indented, and otherwise than the block
    under it (a text-mode browser's heading over its section's paragraph)."""
    indent = blocks[index].indent
    return bool(indent) and index + 1 < len(blocks) and blocks[index + 1].indent != indent


def inner_lines(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """Lines the model dropped only for their low score (``low-score``, no rule's drop, not even the
    model's ``outside-article`` or ``short-fragment``) between two kept blocks: right over one, and
    at most :data:`INNER_LINE_GAP` dropped blocks under the other (a picture's credit). A section's
    heading, a video's title, a photo's credit inside the article, which the model doubts where it
    stands between paragraphs it is sure of. One line of :data:`INNER_LINE_MIN_WORDS` to
    :data:`INNER_LINE_MAX_WORDS` words with a lowercase letter (another story's headline in capitals
    is a teaser's), no list item (a list's items are judged as a list). On dev all 21 cases it
    changed went up (0.9687 -> 0.9690); allowing ``short-fragment`` too was a wash."""
    return [
        index
        for index in range(1, len(blocks) - 1)
        if verdicts[index].reason == "low-score"
        and verdicts[index + 1].label.is_body
        and any(verdict.label.is_body for verdict in verdicts[max(0, index - 1 - INNER_LINE_GAP) : index])
        and _inner_line(blocks[index])
    ]


def _inner_line(block: Block) -> bool:
    """Whether a block may be a line alone between kept blocks (:func:`inner_lines`)."""
    return (
        block.first_line == block.last_line
        and not block.list_item
        and any(char.islower() for char in block.text)
        and INNER_LINE_MIN_WORDS <= count_words(block.text) <= INNER_LINE_MAX_WORDS
    )

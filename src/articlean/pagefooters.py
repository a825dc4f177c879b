"""The page's footer kept as prose: its legal notes or its appeal, past the menus that close a page.

A page ends with its footer: a site's disclaimers, its copyright and trademark notes, a box that
asks for readers' support. They are written in sentences, and the model keeps them, although the
menus, link lists and boxes of other stories between the article and the footer were dropped:

    ... the article's last paragraph.
    (a dozen lines or more the model dropped: menus, links to other stories, share buttons)
    The information provided on this website is for informational purposes only ...
    © 2019 Example, LLC. All rights reserved. Example is the owner of the Example trademarks ...

What sets the footer apart from the article is where it stands and what it holds: a run of kept
blocks (an island) after at least FOOTER_MIN_GAP blocks with text that the model did not keep,
smaller than the kept text before it, that holds a copyright notice ("© 2019", "Copyright 2019",
"All rights reserved") or a template sentence (an appeal for support, a newsletter box:
data/boilerplate-sentences.txt) among its blocks or on the next block with text. An article that
goes on past a long gap (a gallery, an ad box between its halves) has neither.

Only where the kept text before the gap is mostly running text (paragraphs of finished sentences,
:func:`articlean.linklines.running_text`): an article of short lines (a meal plan's menus, on dev) is
kept whole only while prose follows it, and cleaning the output again without the footer (the check
that makes cleaning idempotent, :mod:`articlean.pipeline`) lost all but its introduction.
The island's kept blocks are dropped with the reason ``page-footer`` (README: "Reason ids").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from articlean import regexes
from articlean.blockmarks import Marks
from articlean.doccache import per_document
from articlean.linklines import running_text
from articlean.model import Block, Verdict
from articlean.segment import spaced_words

# Menus, link lists and boxes of other stories stand between an article and the page's footer: at
# least this many blocks with text that the model did not keep (on dev the footers stood 15 to 18
# blocks past the article, an article's own kept parts at most 8 apart, save behind a 30-line gallery,
# whose far side holds no footer's marks).
FOOTER_MIN_GAP = 12
# The footer is smaller than the kept text before it: at most this share of its words.
FOOTER_MAX_SHARE = 0.5
# ... and the kept text before it is prose: at least this share of its words in paragraphs of running
# text (an article of short lines stays whole only with prose after it: see the module's note).
FOOTER_MIN_PROSE_SHARE = 0.5
# A copyright notice: the sign or the word before a year, or the reservation of rights in the
# languages scraped most often (the sign before a name, "© Jane Doe", credits a picture).
_COPYRIGHT = regexes.compile(
    r"(?:©|\bcopyright\b)\s*(?:\(c\)|©)?\s*\d{4}|\ball rights reserved\b|\btous droits réservés\b"
    r"|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|\btodos os direitos reservados\b"
    r"|\btutti i diritti riservati\b",
    re.IGNORECASE,
)
_TEXT = regexes.compile(r"\w")


@per_document
def copyright_notice(text: str) -> bool:
    """Whether a block holds a copyright notice ("© 2019 Example", "All rights reserved")."""
    return bool(_COPYRIGHT.search(text))


def page_footer(blocks: Sequence[Block], verdicts: Sequence[Verdict], marks: Sequence[Marks]) -> list[int]:
    """The kept blocks of each island after a long gap that is the page's footer, where the kept text
    before the gap is mostly running text."""
    found: list[int] = []
    kept_before = prose_before = 0
    for island in _islands(blocks, verdicts):
        words = [spaced_words(blocks[index].text) for index in island]
        if (
            kept_before
            and sum(words) <= FOOTER_MAX_SHARE * kept_before
            and prose_before >= FOOTER_MIN_PROSE_SHARE * kept_before
            and _footer_marks(blocks, marks, island)
        ):
            found.extend(island)
        kept_before += sum(words)
        prose_before += sum(
            count for index, count in zip(island, words, strict=True) if running_text(blocks[index].text)
        )
    return found


def _islands(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> Iterator[list[int]]:
    """The runs of kept blocks with text, split where FOOTER_MIN_GAP blocks with text or more were not
    kept."""
    island: list[int] = []
    gap = 0
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if not _TEXT.search(block.text):
            continue
        if not verdict.label.is_body:
            gap += 1
            continue
        if island and gap >= FOOTER_MIN_GAP:
            yield island
            island = []
        island.append(index)
        gap = 0
    if island:
        yield island


def _footer_marks(blocks: Sequence[Block], marks: Sequence[Marks], island: list[int]) -> bool:
    """Whether the island holds a copyright notice, or a template sentence among its blocks or on the
    next block with text (dropped, a template's block parts the island's blocks or closes them)."""
    if any(copyright_notice(blocks[index].text) for index in island):
        return True
    end = next(
        (index for index in range(island[-1] + 1, len(blocks)) if _TEXT.search(blocks[index].text)),
        island[-1],
    )
    return any(marks[index].template for index in range(island[0], end + 1))

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
A dump that runs a page's text nodes together (``get_text()``) glues the footer's lines into one
block, its legal note after the others ("Contact editorial ... Copyright © Example Media Ltd ...
Privacy Policy | Terms"), and its menus into fewer blocks: the page's last island may then stand
closer (TAIL_FOOTER_MIN_GAP), weighed up to its last such block; what follows that block (a cookie
dialog's text, hidden on screen) goes with it.
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
# The page's last kept run may stand closer, this many blocks with text the model did not keep past
# the kept text before it, where one of its own blocks holds a copyright notice: a dump that runs a
# page's text nodes together (get_text()) glues the footer's lines into one block ("Contact editorial
# ... Copyright © Example Media Ltd ... Privacy Policy | Terms"), which the model keeps after a short
# article, its few boxes glued into fewer blocks still.
TAIL_FOOTER_MIN_GAP = 5
# ... where the note stands after at least this many words of its block: the footer's lines glued
# together. A notice on a block of its own (a wire story's "© 2019 Associated Press. All Rights
# Reserved.", which the article's text keeps) needs the long gap.
GLUED_NOTE_MIN_WORDS = 5
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
# A page's legal note rather than a picture's credit ("© 2019 Getty Images" between an article's
# paragraphs): the word and the sign together, or the reservation of rights.
_LEGAL_NOTE = regexes.compile(
    r"\bcopyright\s*(?:\(c\)|©)|\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b"
    r"|\btodos los derechos reservados\b|\btodos os direitos reservados\b|\btutti i diritti riservati\b",
    re.IGNORECASE,
)
_TEXT = regexes.compile(r"\w")


@per_document
def copyright_notice(text: str) -> bool:
    """Whether a block holds a copyright notice ("© 2019 Example", "All rights reserved")."""
    return bool(_COPYRIGHT.search(text))


def page_footer(blocks: Sequence[Block], verdicts: Sequence[Verdict], marks: Sequence[Marks]) -> list[int]:
    """The kept blocks of each island after a long gap that is the page's footer, where the kept text
    before the gap is mostly running text; and of the page's last island after a shorter gap
    (:data:`TAIL_FOOTER_MIN_GAP`) with a legal note glued after the footer's other lines."""
    return sorted(
        {
            index
            for gap in (FOOTER_MIN_GAP, TAIL_FOOTER_MIN_GAP)
            for island in _footers(blocks, verdicts, marks, gap)
            for index in island
        }
    )


def _footers(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], marks: Sequence[Marks], gap: int
) -> Iterator[list[int]]:
    """The islands parted by ``gap`` blocks or more that are footers; by a shorter gap than
    :data:`FOOTER_MIN_GAP`, only the page's last island, whose blocks up to its last legal note are
    weighed (what the page prints after that note goes with it: a cookie dialog)."""
    kept_before = prose_before = 0
    islands = list(_islands(blocks, verdicts, gap))
    tail = gap < FOOTER_MIN_GAP
    for position, island in enumerate(islands):
        # The island's own tests only where the text before it can have a footer after it, and by the
        # shorter gap only for the last island: its legal notes are not looked for in the others (a
        # search over every kept paragraph, 2.4 % of the HTML path).
        if (
            kept_before
            and prose_before >= FOOTER_MIN_PROSE_SHARE * kept_before
            and (position == len(islands) - 1 or not tail)
        ):
            weighed = _up_to_legal_note(blocks, island) if tail else island
            words = sum(spaced_words(blocks[index].text) for index in weighed)
            if (
                weighed
                and words <= FOOTER_MAX_SHARE * kept_before
                and (tail or _footer_marks(blocks, marks, island))
            ):
                yield island
        kept_before += sum(spaced_words(blocks[index].text) for index in island)
        prose_before += sum(
            spaced_words(blocks[index].text) for index in island if running_text(blocks[index].text)
        )


def _up_to_legal_note(blocks: Sequence[Block], island: list[int]) -> list[int]:
    """The island's blocks up to the last one that holds a page's legal note glued after the
    footer's other lines (:data:`GLUED_NOTE_MIN_WORDS`), or none."""
    notes = [position for position, index in enumerate(island) if _glued_legal_note(blocks[index].text)]
    return island[: notes[-1] + 1] if notes else []


# What a legal note cannot lack, as a lowercased text holds it: "copyr", "erv" (reserved, réservés,
# reservados, riservati) or "vorbehalten". None of these letters has a case form that lowercases to
# another letter (as "İ" and "ſ" match "i" and "s" under re.IGNORECASE), so a text without one cannot match.
_LEGAL_NOTE_NEEDS = ("copyr", "erv", "vorbehalten")


def _glued_legal_note(text: str) -> bool:
    lowered = text.lower()
    if not any(needed in lowered for needed in _LEGAL_NOTE_NEEDS):
        return False
    note = _LEGAL_NOTE.search(text)
    return note is not None and spaced_words(text[: note.start()]) >= GLUED_NOTE_MIN_WORDS


def _islands(blocks: Sequence[Block], verdicts: Sequence[Verdict], min_gap: int) -> Iterator[list[int]]:
    """The runs of kept blocks with text, split where ``min_gap`` blocks with text or more were not
    kept."""
    island: list[int] = []
    gap = 0
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if not _TEXT.search(block.text):
            continue
        if not verdict.label.is_body:
            gap += 1
            continue
        if island and gap >= min_gap:
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

"""The article's own table of contents: a numbered outline whose entries are its later headings.

Encyclopedias, manuals and long documentation pages open with a box that lists their sections
("Contents" over "1 History", "1.1 Early life", "2 Career" ...). The model reads its short lines
as a menu; but a menu's entries lead to other pages, while this box's entries are the headings of
the text below it, printed again there. A run of short lines (:data:`MAX_ENTRY_WORDS` words at the
most, no sentence's end) that hold outline numbers ("2", "3.1", "3.7.2") is such a box when it opens
with number 1, lists at least :data:`MIN_ENTRIES` entries, and at least :data:`MATCH_SHARE` of them
stand again, alone on a line, after it (a heading may carry a bracketed link after it, "History
[edit]", or its number, "1.1 Early life"). Dumps print the box in three shapes, all read alike:
number and entry on one line ("* 1.1 Early life", markdown and ``lynx -dump``), or on two, which a
dump that prints every text node on its own line may join to the next entry's number ("Early life
2"). A printed table of contents (a specification's, a manual's) sets each entry over a dot leader
to its page number ("1. Introduction..........2"); a dump that reads its "1." as a list's number
leaves no outline number there, and the leaders alone say what the lines are. The box's title, a
line of at most :data:`TITLE_MAX_WORDS` words right above it ("Contents", "Inhalt"), goes with it.
The lines the model or the menu rule dropped there are kept (reason
``contents`` in the verdicts), for :mod:`articlean.settle`.

The sections the box lists are the article's too, the closing ones included ("See also",
"References", "External links", which Readability keeps): from the first heading it names to the
last, and that last section's own run of lines, the blocks the model dropped are kept (reason
``outline-section``). Only the document's first outline is read: a page has one, and so the search
stays linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from articlean import regexes
from articlean.doccache import per_document
from articlean.features import TERMINAL
from articlean.model import MODEL_DROP_REASONS, Block, Verdict
from articlean.paragraphgaps import next_to
from articlean.phrases import normalise, phrase_prefix
from articlean.segment import count_words

# An outline's number: one or two digits a level, four levels at the most ("3.7.2"), as a word of
# its own; a year ("2019") or a count of three digits is none.
_NUMBER = regexes.compile(r"(?<!\S)\d{1,2}(?:\.\d{1,2}){0,3}\.?(?!\S)")
# A heading's link printed after it: "History[edit]", "History [ edit ]".
# (no leading \s*: a run of spaces would be scanned again from each of its positions)
_BRACKET_TAIL = regexes.compile(r"\[[^\[\]]{0,40}\]\s*$")
_WORD = regexes.compile(r"\w+")
# A printed contents' dot leader and the page number after it ("Introduction.........2", "Security
# Considerations . . . . 19"). It starts at the first dot of a run only (the lookbehinds), so that a
# run of dots is scanned once, not again from each of its dots.
_LEADER = regexes.compile(r"(?<!\.)(?<!\. )(?:\. ?){3,} *\d{1,4}(?!\d)")  # {1,4}: PAGE_NUMBER_DIGITS
_DIGIT = regexes.compile(r"\d")
# A section's title is short: a line of an outline holds it and the next entry's number at the most.
MAX_ENTRY_WORDS = 12
# An outline lists this many sections at the least: two numbered lines are as often a short list.
MIN_ENTRIES = 3
# This share of the entries at the least stands again below the box as a line of its own. The
# entries of the sections that close the page ("References", "External links") may have no heading
# the dump printed, so not all of them need to.
MATCH_SHARE = 0.6
# A printed contents' page number: this many digits at the most.
PAGE_NUMBER_DIGITS = 4
# The box's title: one line of this many words at the most ("Contents", "Table of contents").
TITLE_MAX_WORDS = 3
# Drops that the box overrules: the model's, the menu rule's, which took its entries for links, and
# the repeat rule's, which found them printed twice (the box, and the headings below it).
REVIVABLE = MODEL_DROP_REASONS | {"menu", "link-list", "repeated"}
# An entry, or a section's heading, that reads as an interface phrase ("See also") is the article's
# all the same; in the sections, such a line ("Main article: …") stays dropped.
HEADING_REVIVABLE = REVIVABLE | {"interface-phrase"}
# A line of the sections of at most this many words that opens with an interface phrase is a note
# over a section ("Main article: Gecko (layout engine)", "See also: …") and stays dropped whatever the
# model called it: where its link was printed, its link share made it a "link-list" before its phrase
# was read, and the box kept it; the same output read again as plain text dropped it.
SECTION_NOTE_MAX_WORDS = 8
# An entry's number printed on a line of its own reads as a lone number (``no-words``): in the box,
# it is the outline's.
BOX_REVIVABLE = HEADING_REVIVABLE | {"no-words"}
# The last section the outline lists ends with its run of lines: a list of links or notes, this
# many blocks at the most (a page's navigation boxes and footer follow it).
LAST_SECTION_MAX_BLOCKS = 40
# A run of outline lines is read this many blocks at the most: a table of contents of more entries
# than that is no article's (the longest found in a dev dump spans 59 blocks), and the bound keeps
# the search linear on a dump of thousands of numbered lines.
MAX_RUN_BLOCKS = 400


class Outline(NamedTuple):
    """A table of contents: its blocks ``start`` to ``end`` (title included), and the blocks below it
    that print its entries again, in its order: the article's section headings."""

    start: int
    end: int
    headings: list[int]


def find_outline(blocks: Sequence[Block]) -> Outline | None:
    """The first table of contents of the document, if it has one (a page has one outline: the
    first is the article's, and one is all that is read, which keeps the search linear). Inside a run
    of outline lines that is no outline, only a line that may open one numbered from 1
    (:func:`_may_open_at_one`) is tried again, and a run is read MAX_RUN_BLOCKS blocks at the most:
    a dump of numbered lines, each ending in a number, made the search quadratic."""
    places: dict[tuple[str, ...], list[int]] | None = None  # read when a run is an outline's: few are
    index = 0
    while index < len(blocks):
        if not _may_open_run(blocks[index]):
            index += 1
            continue
        run_end = end = _run_end(blocks, index)
        titles = _titles(blocks, index, end) if end > index else []
        if not titles:
            end, titles = _leader_run(blocks, index)
        if titles and places is None:
            places = _places(blocks)
        if titles and places is not None and _matched(titles, places, end):
            start = index - 1 if _box_title(blocks, index) else index
            return Outline(start, end, _headings(titles, places, end))
        index = max(end, index + 1) if titles else _next_opening(blocks, index + 1, run_end)
    return None


def _next_opening(blocks: Sequence[Block], start: int, stop: int) -> int:
    """The first block from ``start`` up to ``stop`` (the end of a run of outline lines that held no
    outline) that may open one (:func:`_may_open_at_one`), else ``stop``: from any other block in
    the run, the run's lines are numbered from another number and hold no printed contents' line."""
    for index in range(start, stop):
        if _may_open_at_one(blocks[index].text):
            return index
    return max(start, stop)


def _may_open_at_one(text: str) -> bool:
    """Whether an outline run read from this line may be numbered from 1 (:func:`_titles`) or be a
    run of printed contents' lines (:func:`_leader_run`): its first number is 1, it has none, or it
    may hold a dot leader."""
    pieces = _pieces(text.strip())
    return len(pieces) < 2 or pieces[1].rstrip(".") == "1" or _may_hold_leader(text)


def _may_open_run(block: Block) -> bool:
    """Whether a run of outline lines (:func:`_run_end`) or of printed contents' lines
    (:func:`_leader_run`) can start at the block: most blocks are neither, and are passed over without
    either walk. A page number joined to the block's text brings no leader (it is digits alone)."""
    return _entry_line(block) or _may_hold_leader(block.text)


def _may_hold_leader(text: str) -> bool:
    """Whether a line may hold a dot leader (:data:`_LEADER` needs three dots, spaced or not)."""
    return "..." in text or ". ." in text


def contents_box(outline: Outline | None, verdicts: Sequence[Verdict]) -> list[int]:
    """The blocks of the table of contents (with its title), kept or dropped by the model or the menu
    rule: all of them take its reason, which ``--precision`` trusts (a line it doubted would break
    the box when the output is read again)."""
    if outline is None:
        return []
    return [
        index
        for index in range(outline.start, outline.end)
        if verdicts[index].label.is_body or verdicts[index].reason in BOX_REVIVABLE
    ]


def outline_sections(
    outline: Outline | None, blocks: Sequence[Block], verdicts: Sequence[Verdict]
) -> list[int]:
    """The blocks of the sections the table of contents lists that the model or the menu rule dropped:
    from each heading to the next, and the last section's own run of lines (at most one blank line
    between two of them, :data:`LAST_SECTION_MAX_BLOCKS` blocks at the most). The headings
    themselves are kept even when they read as an interface phrase ("See also"), and take the
    reason when the model kept them."""
    if outline is None or not outline.headings:
        return []
    last = outline.headings[-1]
    stop = last + 1
    while (
        stop < len(blocks)
        and stop - last <= LAST_SECTION_MAX_BLOCKS
        and next_to(blocks[stop - 1], blocks[stop])
    ):
        stop += 1
    headings = frozenset(outline.headings)
    return [
        index
        for index in range(outline.headings[0], stop)
        if (verdicts[index].reason in REVIVABLE and not _section_note(blocks[index].text))
        or (
            index in headings
            and (verdicts[index].label.is_body or verdicts[index].reason in HEADING_REVIVABLE)
        )
    ]


def _section_note(text: str) -> bool:
    """Whether a line of a section is a short note that opens with an interface phrase
    (:data:`SECTION_NOTE_MAX_WORDS`)."""
    return count_words(text) <= SECTION_NOTE_MAX_WORDS and phrase_prefix(normalise(text))


def _key(text: str) -> tuple[str, ...]:
    """A heading's words in lower case, without its outline number and a bracketed link after it."""
    text = _BRACKET_TAIL.sub("", text).lstrip()
    number = _NUMBER.match(text)
    if number:
        text = text[number.end() :]
    return tuple(_WORD.findall(text.casefold()))


def _places(blocks: Sequence[Block]) -> dict[tuple[str, ...], list[int]]:
    """For each short line's :func:`_key`, the indexes of the blocks that print it, in order."""
    places: dict[tuple[str, ...], list[int]] = {}
    for index, block in enumerate(blocks):
        if count_words(block.text) <= MAX_ENTRY_WORDS:
            places.setdefault(_key(block.text), []).append(index)
    return places


def _leader_run(blocks: Sequence[Block], start: int) -> tuple[int, list[tuple[str, ...]]]:
    """The index after a run of printed contents' lines from ``start`` (:func:`_leader_entries`),
    and their entries' titles; or ``start`` and none when they hold fewer than MIN_ENTRIES. A dump
    that reads "1." as a list's number leaves the entry no outline number: the leader says what it
    is. A page number on a line of its own under its leader (:func:`_page_number`) is its entry's."""
    end, titles = start, []
    while end < len(blocks) and (end == start or next_to(blocks[end - 1], blocks[end])):
        text, after = blocks[end].text, end + 1
        if after < len(blocks) and _page_number(blocks[after].text) and next_to(blocks[end], blocks[after]):
            text, after = f"{text}{blocks[after].text.strip()}", after + 1  # the number on a line of its own
        entries = _leader_entries(text)
        if not entries:
            break
        titles += entries
        end = after
    if len(titles) < MIN_ENTRIES:
        return start, []
    return end, titles


def _page_number(text: str) -> bool:
    """Whether ``text`` is a page number alone ("12"), as a dump that prints a line per text node
    sets it apart from its entry's leader."""
    number = text.strip()
    return 0 < len(number) <= PAGE_NUMBER_DIGITS and number.isdigit()


def _leader_entries(text: str) -> list[tuple[str, ...]]:
    """The titles (:func:`_key`) of the printed contents' entries a line holds, each closed by its
    leader and page number (an entry's sub-entries may be joined to it, "Examples.....12 12.1.
    WebFinger.....12"); none unless the line is made of such entries alone, each a short title."""
    if not _may_hold_leader(text):  # most lines: no regular expression run
        return []
    titles, position = [], 0
    for leader in _LEADER.finditer(text):
        title = _key(text[position : leader.start()])
        if not 0 < len(title) <= MAX_ENTRY_WORDS:
            return []
        titles.append(title)
        position = leader.end()
    return titles if text[position:].strip() == "" else []


def _entry_line(block: Block) -> bool:
    """A line of an outline: short, no sentence's end, an outline number at its start or its end; or
    a whole outline run into one line (as an output prints the box whose lines it joined), each of
    its MIN_ENTRIES numbers or more followed by a short title."""
    return _entry_text(block.text)


@per_document  # asked of every block in each classify pass, which meet the same texts again
def _entry_text(text: str) -> bool:
    text = text.strip()
    if not text or _DIGIT.search(text) is None:  # every outline number has a digit: most lines none
        return False
    if count_words(text) <= MAX_ENTRY_WORDS:
        if _trailing_number(text):
            return True
        return not text.endswith(TERMINAL) and _NUMBER.fullmatch(text.partition(" ")[0]) is not None
    if text.endswith(TERMINAL):  # running text, as nearly every long line is: no split needed
        return False
    pieces = _NUMBER.split(text)
    return len(pieces) > MIN_ENTRIES and all(count_words(piece) <= MAX_ENTRY_WORDS for piece in pieces)


def _run_end(blocks: Sequence[Block], start: int) -> int:
    """The index after a run of outline lines from ``start`` (``start`` when there is none), with the
    last entry's title when the dump printed it on a line of its own, under its number; MAX_RUN_BLOCKS
    lines at the most."""
    end, stop = start, min(len(blocks), start + MAX_RUN_BLOCKS)
    while end < stop and (end == start or next_to(blocks[end - 1], blocks[end])):
        if not (_entry_line(blocks[end]) or (end > start and _title_line(blocks, end))):
            break
        end += 1
    if end > start and end < len(blocks) and _trailing_number(blocks[end - 1].text):
        tail = blocks[end]
        if next_to(blocks[end - 1], tail) and 0 < count_words(tail.text) <= MAX_ENTRY_WORDS:
            end += 1
    return end


def _title_line(blocks: Sequence[Block], index: int) -> bool:
    """Whether block ``index`` is an entry's title under its number, printed on a line of its own."""
    return _trailing_number(blocks[index - 1].text) and 0 < count_words(blocks[index].text) <= MAX_ENTRY_WORDS


def _trailing_number(text: str) -> bool:
    return _NUMBER.fullmatch(text.rstrip().rpartition(" ")[2]) is not None


def _titles(blocks: Sequence[Block], start: int, end: int) -> list[tuple[str, ...]]:
    """The entries (:func:`_key`) of the outline lines ``blocks[start:end]``: what follows each of its
    numbers. None when it is no outline: numbered from 1, MIN_ENTRIES entries, each a short title."""
    pieces = [""]  # titles and numbers in turn, a title first (the box's, or "") and last
    for index in range(start, end):
        line = _pieces(blocks[index].text.strip())
        pieces[-1] = f"{pieces[-1]} {line[0]}".strip()  # a title under its number, on a line of its own
        pieces.extend(line[1:])
        if len(pieces) % 2 == 0:
            pieces.append("")
    numbers, titles = pieces[1::2], [_key(piece) for piece in pieces[2::2]]
    if len(numbers) < MIN_ENTRIES or numbers[0].rstrip(".") != "1" or len(titles) < len(numbers):
        return []
    if any(not title or len(title) > MAX_ENTRY_WORDS for title in titles):
        return []
    return titles


def _pieces(text: str) -> list[str]:
    """An outline line as a title (or "") and then numbers and titles in turn (the last may be a
    number): a number within a
    title ("1.2 Apollo 11") is the title's, only the line's first word or last word is an entry's
    number, unless the line holds a whole outline (:func:`_entry_line`)."""
    if count_words(text) > MAX_ENTRY_WORDS:
        titles = _NUMBER.split(text)
        pieces = [titles[0]]
        for number, title in zip(_NUMBER.findall(text), titles[1:], strict=True):
            pieces += [number, title]
        return pieces
    first, _, rest = text.partition(" ")
    if _NUMBER.fullmatch(first):
        return ["", first, rest]
    before, _, last = text.rpartition(" ")
    if _NUMBER.fullmatch(last):
        return [before, last]
    return [text]


def _matched(titles: Sequence[tuple[str, ...]], places: dict[tuple[str, ...], list[int]], end: int) -> bool:
    """Whether MATCH_SHARE of the outline's entries stand again after it (block ``end`` on)."""
    matched = sum(1 for title in titles if places.get(title, [-1])[-1] >= end)
    return bool(titles) and matched >= MATCH_SHARE * len(titles)


def _headings(
    titles: Sequence[tuple[str, ...]], places: dict[tuple[str, ...], list[int]], end: int
) -> list[int]:
    """The blocks after the outline that print its entries again, each after the one before it."""
    found: list[int] = []
    after = end - 1
    for title in titles:
        indexes = places.get(title, [])
        position = bisect.bisect_right(indexes, after)
        if position < len(indexes):
            after = indexes[position]
            found.append(after)
    return found


def _box_title(blocks: Sequence[Block], start: int) -> bool:
    """Whether the line right above the outline at ``start`` is its title ("Contents")."""
    if start == 0:
        return False
    above = blocks[start - 1]
    text = above.text.strip()
    return (
        not above.list_item
        and 0 < count_words(text) <= TITLE_MAX_WORDS
        and not text.endswith((*TERMINAL, ":"))
        and next_to(above, blocks[start])
    )

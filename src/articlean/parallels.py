"""Lines of one pattern in a row, mostly kept: the rest of them are kept too.

A schedule, a list of results or of qualified teams printed without bullets is a run of short
lines written to one pattern ("Round 1: 12 May – Lisbon", "Round 2: 2 June – Porto"; "Norway
(Group C): 4th appearance"), often a blank line apart. The model judges each
line from its neighbours, and at the edge of the article the first lines of such a run may fall
under the cut while the rest are kept. In a run of at least :data:`MIN_RUN` blocks of one line
(or two, where a hard wrap cut a row) of at most :data:`articlean.paragraphs.ROW_MAX_WORDS` words,
each at most one blank line from the last and sharing their first punctuation marks
(:func:`articlean.paragraphs.row_pattern`), of which at least :data:`KEPT_SHARE` were kept, the lines
the model alone dropped are kept (reason ``parallel-lines``). Lines without punctuation (a menu's
"Home", "News") make no pattern.

Such a run that closes the article (a tour's dates, the teams that qualified) often goes whole: the
model puts the article's end at its last paragraph. A run of lines of one pattern that the model
alone dropped, starting at most one blank line after the last kept paragraph, under a heading if
there is one (at most :data:`HEADING_MAX_WORDS` words that end no sentence, or a line that ends with
a colon), is kept with the same reason. So is such a bulleted list, every item one line at one depth
of at least :data:`ITEM_MIN_WORDS` words and mostly not link text ("England (Group A): 10th
appearance"), though the model called its items a menu's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from articlean.edgeparagraphs import REVIVABLE
from articlean.features import TERMINAL
from articlean.model import Block, Verdict
from articlean.paragraphgaps import last_kept, next_to
from articlean.paragraphs import ROW_MAX_WORDS, WRAPPED_ROW_LINES, list_end, row_pattern
from articlean.segment import count_words

# The fewest lines that make a run, and the share of them that must be kept.
MIN_RUN = 3
KEPT_SHARE = 0.5
# Drops a closing list of one pattern may overrule: the model's, and the "menu" it calls any short
# list item it drops; not "link-list" (a menu's items are links).
LIST_REVIVABLE = REVIVABLE | {"menu"}
# An item of such a list: at least this many words (a menu's "Politics (12)" has fewer).
ITEM_MIN_WORDS = 4
# A heading over a run that closes the article: at most this many words.
HEADING_MAX_WORDS = 6
# Emphasis marks around a heading that markdown left as text: html2text writes a bold and italic
# "<b><i>Tour dates:</i></b>" as "** _Tour dates:_**", whose spaced "** " no parser reads as bold.
EMPHASIS_MARKS = "*_ \t"


def parallel_lines(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The dropped lines of mostly kept runs of lines of one pattern."""
    found: list[int] = []
    for run in row_runs(blocks):
        dropped = _model_drops(verdicts, run)
        if len(run) - len(dropped) >= KEPT_SHARE * len(run):
            found.extend(dropped)
    return found


def row_runs(blocks: Sequence[Block]) -> list[range]:
    """The runs of at least MIN_RUN lines of one pattern, each at most one blank line from the last."""
    patterns = [_pattern(block) for block in blocks]
    runs: list[range] = []
    start = 0
    while start < len(blocks):
        if not patterns[start]:  # most blocks: a paragraph, a heading, a line without punctuation
            start += 1
            continue
        end = _run_end(blocks, start, patterns.__getitem__)
        if end - start >= MIN_RUN:
            runs.append(range(start, end))
        start = end
    return runs


def closing_run(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The run of lines of one pattern (and its heading) just after the last kept paragraph, when the
    model alone dropped all of it; or such a list (:func:`_list_run_end`), which the model may also
    have dropped as a menu."""
    last = last_kept(verdicts)
    if last is None or last + 1 >= len(blocks) or not next_to(blocks[last], blocks[last + 1]):
        return []
    start = last + 1
    if _heading(blocks[start]) and start + 1 < len(blocks) and next_to(blocks[start], blocks[start + 1]):
        start += 1
    if blocks[start].list_item:
        end, revivable = _list_run_end(blocks, start), LIST_REVIVABLE
    else:
        end, revivable = _run_end(blocks, start, lambda index: _pattern(blocks[index])), REVIVABLE
    run = range(last + 1, end)
    return _model_drops(verdicts, run, revivable) if end - start >= MIN_RUN else []


def _list_run_end(blocks: Sequence[Block], start: int) -> int:
    """The end of the list that begins at ``start`` when all its items are written to one pattern:
    one line each, at one depth, of at least ITEM_MIN_WORDS words, mostly not link text ("England
    (Group A): 10th appearance"); ``start`` when they are not (a menu's items are short links)."""
    end = list_end(blocks, start)
    items = blocks[start:end]
    first = row_pattern(items[0])
    alike = all(
        row_pattern(item) == first
        and item.indent == items[0].indent
        and count_words(item.text) >= ITEM_MIN_WORDS
        and item.link_chars * 2 < len(item.text)
        for item in items
    )
    return end if first and alike else start


def _run_end(blocks: Sequence[Block], start: int, pattern: Callable[[int], str]) -> int:
    """The end of the run of lines of ``start``'s pattern, each at most one blank line from the last
    (``start + 1`` when its line has no pattern)."""
    first = pattern(start)
    end = start + 1
    if not first:
        return end
    while end < len(blocks) and pattern(end) == first and next_to(blocks[end - 1], blocks[end]):
        end += 1
    return end


def _heading(block: Block) -> bool:
    """Whether a block may head a run: a short line that ends no sentence, or a line that ends with
    a colon ("The band's 2020 tour dates:")."""
    text = block.text.strip(EMPHASIS_MARKS)
    if text.endswith(":"):
        return block.first_line == block.last_line and count_words(text) <= ROW_MAX_WORDS
    return not _pattern(block) and count_words(text) <= HEADING_MAX_WORDS and not text.endswith(TERMINAL)


def _model_drops(verdicts: Sequence[Verdict], run: range, revivable: frozenset[str] = REVIVABLE) -> list[int]:
    """The blocks of ``run`` that the model dropped; none when a rule dropped any of them."""
    dropped = [index for index in run if not verdicts[index].label.is_body]
    return dropped if all(verdicts[index].reason in revivable for index in dropped) else []


def _pattern(block: Block) -> str:
    """A row's first punctuation marks; empty for a block of more than WRAPPED_ROW_LINES lines, a heading
    or a list item (whose runs :func:`articlean.settle` judges as lists), or a long line."""
    return "" if block.list_item else row_pattern(block, WRAPPED_ROW_LINES)

"""Blocks -> numbers: what each block looks like, next to its neighbours and its whole document.

Two feature sets feed the two stages of :mod:`articlean.classify`:

* :func:`block_features` (stage 1): length, stopword/punctuation/case/digit ratios, link share,
  list/heading/indent, position, repeats, interface phrases, ±3 neighbours, windows, the best
  contiguous run of prose-like blocks, runs where a short pattern of block shapes repeats
  (comment threads, teaser lists), title case at a block's start, and sections headed by an
  interface phrase;
* :func:`context_features` (stage 2): the stage-1 scores of neighbours and the best contiguous runs of
  likely body (at fixed cuts and at a cut relative to the document's best score), where a block sits
  inside the main run, with a few stage-1 features carried over.

The names of both lists are part of the learned model's data file; changing them means retraining.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from articlean.doccache import per_document
from articlean.lexicon import guess_language, stopwords
from articlean.measures import SHAPE_NAMES, WORD, Basics, basics
from articlean.measures import STATEMENT_END as STATEMENT_END  # re-exported: the rules import them here
from articlean.measures import TERMINAL as TERMINAL
from articlean.model import Block
from articlean.phrases import is_ad_label as is_ad_label  # re-exported: tests and callers use it here
from articlean.region import (
    best_region,
    inside_columns,
    periodic_spans,
    prefix_sums,
    region_columns,
    shifted,
    window_means,
    window_ratios,
)

# What a non-prose block costs the prose region, per word-equivalent (plus one for the block itself).
NON_PROSE_COST = 0.5
# A table's rows printed as text: at least this many numbers (two rows' worth: a dateline such as
# "11/20/2019 01:14 PM" has five), this share of the words (_table_text).
TABLE_MIN_NUMBERS = 8
TABLE_NUMBER_SHARE = 0.4
# Neighbour offsets whose values are features: three blocks either side.
OFFSETS = (-3, -2, -1, 1, 2, 3)
# Window radii (in blocks) for the windowed densities.
RADII = (2, 5, 10)
# Repeats beyond this count say nothing more.
MAX_REPEATS = 5
# Word-equivalents up to which a block is a fragment (r2-style dumps are mostly fragments).
SHORT_SIZE = 3
# Lengths (in blocks) of the repeating shape patterns looked for: name/date/text/reply and the like.
PERIODS = (2, 3, 4)
# A block this short, alone in its group or marked as a heading, opens a section of the page: when it
# is an interface phrase ("Related stories", "Comments", "Share this"), what follows is that box's.
SECTION_HEADING_MAX_SIZE = 10
# Blocks before a block in which interface phrases count as "just before" it.
UI_BEFORE_RADIUS = 5
_DATE_COLUMN = SHAPE_NAMES.index("date_like")
_NEIGHBOUR_KEYS = ("log_size", "stop_ratio", "link_share", "terminal", "list_item", "heading")
_NEIGHBOUR_INDEXES = tuple(SHAPE_NAMES.index(name) for name in _NEIGHBOUR_KEYS)
BLOCK_NAMES = (
    *SHAPE_NAMES,
    *(f"{name}@{offset}" for name in _NEIGHBOUR_KEYS for offset in OFFSETS),
    *(f"prose@{offset}" for offset in OFFSETS),
    *(f"stop_density~{radius}" for radius in RADII),
    *(f"prose_share~{radius}" for radius in RADII),
    *(f"date_share~{radius}" for radius in RADII),
    *(f"short_share~{radius}" for radius in RADII),
    "rel_size", "position", "size_before", "prose_before", "prose_after", "repeats", "later_repeat",
    "adjacent_repeat", "after_open", "before_lower", "group_first", "group_last", "group_blocks",
    "in_prose_region", "to_prose_region", "from_prose_region", "prose_region_share",
    "doc_log_size", "doc_log_blocks", "doc_link_share", "doc_list_share", "doc_cjk", "doc_prose_share",
    "doc_short_share", "doc_grouped_share", "log_periodic", "under_ui_heading", "ui_before",
)  # fmt: skip


class _Document(NamedTuple):
    """Whole-document sums shared by every block's features."""

    blocks: Sequence[Block]
    sizes: list[float]
    shapes: list[tuple[float, ...]]
    size_sums: list[float]
    word_sums: list[float]
    stop_sums: list[float]
    prose: list[float]
    prose_sums: list[float]
    date_sums: list[float]
    short_sums: list[float]
    prose_size_sums: list[float]
    keys: list[str]
    groups: Counter[int]
    doc: list[float]


def _document(blocks: Sequence[Block], stats: Basics) -> _Document:
    shapes = stats.shapes
    total = sum(stats.size) or 1.0
    chars = sum(len(block.text) for block in blocks) or 1
    groups = Counter(block.group for block in blocks)
    doc = [
        math.log1p(total),
        math.log1p(len(blocks)),
        sum(block.link_chars for block in blocks) / chars,
        sum(1 for block in blocks if block.list_item) / max(len(blocks), 1),
        (total - sum(stats.words)) / total,
        sum(size for size, prose in zip(stats.size, stats.prose, strict=True) if prose) / total,
        sum(1 for size in stats.size if size <= SHORT_SIZE) / max(len(blocks), 1),
        sum(1 for block in blocks if groups[block.group] > 1) / max(len(blocks), 1),
    ]
    return _Document(
        blocks,
        stats.size,
        shapes,
        prefix_sums(stats.size),
        prefix_sums(stats.words),
        prefix_sums(stats.stops),
        stats.prose,
        prefix_sums(stats.prose),
        prefix_sums([shape[_DATE_COLUMN] for shape in shapes]),
        prefix_sums([1.0 if size <= SHORT_SIZE else 0.0 for size in stats.size]),
        prefix_sums([size * prose for size, prose in zip(stats.size, stats.prose, strict=True)]),
        stats.keys,
        groups,
        doc,
    )


Column = Sequence[float]


def block_features(blocks: Sequence[Block], language: str | None = None) -> list[tuple[float, ...]]:
    """Stage-1 feature rows, one per block, in the order of :data:`BLOCK_NAMES`."""
    return list(zip(*block_columns(blocks, language), strict=True)) if blocks else []


def block_columns(blocks: Sequence[Block], language: str | None = None) -> list[Column]:
    """The stage-1 features as columns, one per name of :data:`BLOCK_NAMES`, one entry per block.

    The classifier reads them column-wise: building a row per block and reading it back cost a
    third of a classify pass."""
    if not blocks:
        return [[] for _ in BLOCK_NAMES]
    if language is None:
        language = guess_language(" ".join(block.text for block in blocks[:400]))
    stats = basics(blocks, stopwords(language))
    state = _document(blocks, stats)
    count = len(blocks)
    measured = zip(blocks, stats.size, stats.prose, strict=True)
    gains = [_region_gain(block, size, prose) for block, size, prose in measured]
    region = best_region(gains)
    periodic = periodic_spans(stats.signatures, PERIODS)
    columns: list[Column] = list(zip(*state.shapes, strict=True))
    columns.extend(_window_columns(state, columns))
    columns.extend(_rest_columns(state, max(stats.size) or 1.0))
    columns.extend(region_columns(region, count, state.size_sums))
    columns.extend([value] * count for value in state.doc)
    columns.append([math.log1p(span) for span in periodic])
    columns.extend(_section_columns(state))
    return columns


def _region_gain(block: Block, size: float, prose: float) -> float:
    """What a block adds to the run of prose. A table's row or a formula (cells joined by
    articlean.cells, or rows laid out as one line of text, as the body prints a table) sits inside
    the prose it belongs to: it neither adds to the run nor breaks it."""
    if prose:
        return size
    if block.cells or _table_text(block.text, size):
        return 0.0
    return -NON_PROSE_COST * size - 1.0


def _table_text(text: str, size: float) -> bool:
    """Whether a block is a table's rows laid out as one line of text ("1 Ann Smith 5040 5 2 Bo
    Jones 5035 7 ..."): at least TABLE_MIN_NUMBERS numbers, TABLE_NUMBER_SHARE of its
    words. A browser prints a row so, and the output prints the rows of a table as one paragraph."""
    return size >= TABLE_MIN_NUMBERS and _numbers_text(text)


@per_document  # each classify pass asks again of every long block that is not prose
def _numbers_text(text: str) -> bool:
    words = WORD.findall(text)
    numbers = sum(map(str.isdigit, words))
    return numbers >= TABLE_MIN_NUMBERS and numbers >= TABLE_NUMBER_SHARE * len(words)


_UI_COLUMNS = (SHAPE_NAMES.index("ui_phrase"), SHAPE_NAMES.index("ui_prefix"))
_TERMINAL_COLUMN = SHAPE_NAMES.index("terminal")


def _section_columns(state: _Document) -> tuple[list[float], list[float]]:
    """Whether the section a block sits in is headed by an interface phrase (what follows "Related
    stories", "Comments" or "Share this" is that box's), and the share of the blocks just before it
    that are such phrases."""
    phrase, prefix = _UI_COLUMNS
    interface = [max(shape[phrase], shape[prefix]) for shape in state.shapes]
    sums = prefix_sums(interface)
    under_heading: list[float] = []
    before: list[float] = []
    under = 0.0
    for index, (block, shape, size) in enumerate(zip(state.blocks, state.shapes, state.sizes, strict=True)):
        start = max(0, index - UI_BEFORE_RADIUS)
        under_heading.append(under)
        before.append((sums[index] - sums[start]) / UI_BEFORE_RADIUS)
        alone = state.groups[block.group] == 1
        if block.heading_level or (
            alone and size <= SECTION_HEADING_MAX_SIZE and not shape[_TERMINAL_COLUMN] and not block.list_item
        ):
            under = interface[index]
    return under_heading, before


def _rest_columns(state: _Document, largest: float) -> list[list[float]]:
    """Position, repeats and group of every block, column by column (the names from ``rel_size`` to
    ``group_blocks`` in :data:`BLOCK_NAMES`)."""
    count = len(state.blocks)
    keys = state.keys
    total = state.size_sums[-1] or 1.0
    prose_total = state.prose_size_sums[-1] or 1.0
    counts = Counter(keys)
    seen: set[str] = set()
    later: list[float] = []
    for key in keys:
        later.append(1.0 if key in seen and key else 0.0)
        seen.add(key)
    previous_keys = ["", *keys[:-1]]
    next_keys = [*keys[1:], ""]
    last = max(count - 1, 1)
    return [
        [size / largest for size in state.sizes],
        [index / last for index in range(count)],
        [before / total for before in state.size_sums[:-1]],
        [before / prose_total for before in state.prose_size_sums[:-1]],
        [(prose_total - upto) / prose_total for upto in state.prose_size_sums[1:]],
        [float(min(counts[key] - 1, MAX_REPEATS)) if key else 0.0 for key in keys],
        later,
        [
            1.0 if key and key in (before, after) else 0.0
            for key, before, after in zip(keys, previous_keys, next_keys, strict=True)
        ],
        *_join_columns(state.blocks),
        [math.log1p(state.groups[block.group]) for block in state.blocks],
    ]



def _window_columns(state: _Document, shape_columns: Sequence[Column]) -> list[Column]:
    """Neighbour values and windowed densities, column by column for the whole document."""
    columns: list[Column] = [
        shifted(shape_columns[column], offset) for column in _NEIGHBOUR_INDEXES for offset in OFFSETS
    ]
    columns.extend(shifted(state.prose, offset) for offset in OFFSETS)
    columns.extend(window_ratios(state.stop_sums, state.word_sums, radius) for radius in RADII)
    for sums in (state.prose_sums, state.date_sums, state.short_sums):
        columns.extend(window_means(sums, radius) for radius in RADII)
    return columns


def _join_columns(blocks: Sequence[Block]) -> list[list[float]]:
    """How each block meets its neighbours in its blank-line group, as four columns: an unfinished
    sentence before it, a lowercase continuation after it, or a group edge (r2-style dumps split
    sentences at links)."""
    joined = [index > 0 and blocks[index - 1].group == block.group for index, block in enumerate(blocks)]
    open_end = [not block.text.rstrip().endswith(TERMINAL) for block in blocks]
    lower_start = [block.text[:1].islower() for block in blocks]
    joined_next = [*joined[1:], False]
    return [
        [1.0 if joined[index] and open_end[index - 1] else 0.0 for index in range(len(blocks))],
        [1.0 if joined_next[index] and lower_start[index + 1] else 0.0 for index in range(len(blocks))],
        [0.0 if same else 1.0 for same in joined],
        [0.0 if same else 1.0 for same in joined_next],
    ]


# Stage-1 features the second stage sees again next to the scores.
_CARRIED = (
    "log_size", "stop_ratio", "terminal", "link_share", "list_item", "heading", "ad_label", "ui_phrase",
    "ui_prefix", "repeats", "later_repeat", "rel_size", "position", "size_before", "doc_log_size",
    "doc_link_share", "doc_cjk", "digit_ratio", "capital_ratio", "no_letters", "adjacent_repeat",
    "doc_short_share", "group_blocks", "after_open", "before_lower", "group_first", "group_last",
    "log_periodic", "title_case_start", "under_ui_heading", "ui_before",
)  # fmt: skip
_CARRIED_INDEXES = tuple(BLOCK_NAMES.index(name) for name in _CARRIED)
_SIZE_COLUMN = BLOCK_NAMES.index("log_size")
CONTEXT_OFFSETS = (-4, -3, -2, -1, 1, 2, 3, 4)
CONTEXT_RADII = (1, 2, 5, 10)
# Blocks either side whose best score is a feature (max_before~5, max_after~5).
NEAR_OFFSETS = (1, 2, 3, 4, 5)
# Scores above which a block counts as body for the two regions of likely body.
REGION_CUTS = (0.5, 0.25)
# ... and a third region whose cut is this share of the document's best score: a fixed cut does not
# transfer between dump styles, a document-relative one does.
RELATIVE_CUT = 0.5
CONTEXT_NAMES = (
    "score",
    *(f"score@{offset}" for offset in CONTEXT_OFFSETS),
    *(f"score~{radius}" for radius in CONTEXT_RADII),
    *(f"weighted_score~{radius}" for radius in CONTEXT_RADII),
    "max_before~5", "max_after~5", "body_before", "body_after", "score_over_max", "doc_mean_score",
    "doc_body_share",
    *(f"{name}/{cut}" for cut in REGION_CUTS for name in ("in_region", "to_region", "from_region",
                                                             "region_share")),
    "in_region/rel", "to_region/rel", "from_region/rel", "region_share/rel",
    "inside_start/0.5", "inside_end/0.5", "inside_position/0.5",
    *_CARRIED,
)  # fmt: skip


def context_features(rows: Sequence[Sequence[float]], scores: Sequence[float]) -> list[tuple[float, ...]]:
    """Context-stage feature rows from stage-1 rows and the previous scores (:data:`CONTEXT_NAMES`)."""
    if not rows:
        return []
    return list(zip(*context_columns(list(zip(*rows, strict=True)), scores), strict=True))


def context_columns(block: Sequence[Column], scores: Sequence[float]) -> list[Column]:
    """:func:`context_features` as columns, from the stage-1 columns (:func:`block_columns`).

    Built column by column, each a single pass over the document."""
    count = len(scores)
    if not count:
        return [[] for _ in CONTEXT_NAMES]
    sizes = [math.expm1(log_size) for log_size in block[_SIZE_COLUMN]]
    size_sums = prefix_sums(sizes)
    score_sums = prefix_sums(scores)
    weighted_sums = prefix_sums([score * size for score, size in zip(scores, sizes, strict=True)])
    total = size_sums[-1] or 1.0
    body_total = weighted_sums[-1] or 1.0
    top = max(scores) or 1.0
    body_share = (
        sum(size for score, size in zip(scores, sizes, strict=True) if score > REGION_CUTS[0]) / total
    )
    columns: list[Column] = [scores]
    columns.extend(shifted(scores, offset) for offset in CONTEXT_OFFSETS)
    columns.extend(window_means(score_sums, radius) for radius in CONTEXT_RADII)
    columns.extend(window_ratios(weighted_sums, size_sums, radius) for radius in CONTEXT_RADII)
    # Scores are probabilities, above the padding of shifted(): it only wins where the window is empty.
    columns.append(list(map(max, *(shifted(scores, -offset) for offset in NEAR_OFFSETS))))
    columns.append(list(map(max, *(shifted(scores, offset) for offset in NEAR_OFFSETS))))
    columns.append([weighted / body_total for weighted in weighted_sums[:-1]])
    columns.append([(body_total - weighted) / body_total for weighted in weighted_sums[1:]])
    columns.append([score / top for score in scores])
    columns.append([score_sums[-1] / count] * count)
    columns.append([body_share] * count)
    regions = [
        best_region([(score - cut) * (1.0 + size) for score, size in zip(scores, sizes, strict=True)])
        for cut in (*REGION_CUTS, RELATIVE_CUT * top)
    ]
    for region in regions:
        columns.extend(region_columns(region, count, size_sums))
    columns.extend(inside_columns(regions[0], count))
    columns.extend(block[column] for column in _CARRIED_INDEXES)
    return columns

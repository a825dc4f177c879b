"""Body or boilerplate, block by block, in two passes over the whole document.

Pass 1 settles what needs no model: blocks without a word, and ad or loading labels (dropped even
inside the article). Every other block gets a stage-1 score from a small gradient-boosted tree
ensemble over :func:`articlean.features.block_features`; each context stage then rescores every
block from its neighbours' previous scores and the best contiguous run of likely body
(:func:`articlean.features.context_features`), which is how the edges of the article are settled.
A last pass (:func:`articlean.settle.settle`) judges what only makes sense from the document's
structure: lists as a whole, lone numbers, titles printed twice, comment threads, galleries, teasers;
once the rounds are done, what stands under a comment thread goes too
(:func:`articlean.recurring.drop_after_thread`), and the rows of a table (or sections) that go on
right after the kept text stay (:mod:`articlean.tablerows`).
The cut on the final score depends on :class:`articlean.model.Mode`, and so do the article's edges
(:mod:`articlean.modes`, :mod:`articlean.recallmode`); recall mode classifies as balanced mode too,
from the same scores, and keeps all that balanced keeps. Dropped blocks say why with a short reason
id, read from the block's features.

The trees live in ``data/classifier.json`` (written by ``benchmarks/train.py``) and are evaluated in
pure Python: each ensemble is one nested-conditional function (:mod:`articlean.ensembles`).
"""

from __future__ import annotations

import functools
import gc
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from importlib import resources
from typing import NamedTuple

from articlean import doccache, regexes
from articlean.blockmarks import REPEAT_MIN_WORDS
from articlean.ensembles import SOURCE_NAME, ColumnScorer, load_model
from articlean.ensembles import compile_ensemble as compile_ensemble  # re-exported: tests use it here
from articlean.features import (
    BLOCK_NAMES,
    CONTEXT_NAMES,
    block_columns,
    context_columns,
)
from articlean.language import detect_language
from articlean.model import Block, Label, Mode, Options, Verdict
from articlean.modes import favour_precision
from articlean.recallmode import favour_recall, keep_balanced
from articlean.recurring import drop_after_thread
from articlean.sectionedges import keep_subheadings
from articlean.settle import settle
from articlean.shortcodes import shortcode_line
from articlean.tableheads import keep_table_headers
from articlean.tablerows import keep_table_rows

MODEL_FILE = SOURCE_NAME
# A kept block this short, without closing punctuation, is a heading rather than a paragraph.
HEADING_MAX_WORDS = 12
# Word-equivalents under which a dropped block is reported as a mere fragment.
FRAGMENT_MAX_SIZE = 4
# Link share above which a dropped block is reported as links.
LINK_LIST_SHARE = 0.5
# Rounds of classifying the kept blocks again. One: the pipeline's stability re-check (which classifies
# the output again, rounds included, until nothing more drops) catches what later rounds would. On dev,
# 1, 2 and 3 rounds score alike (all 0.9315, 0.9312, 0.9311) and keep cleaning as idempotent (the same
# 10 of 690 dumps change when cleaned again; 0 of 1,500 hypothesis documents), and one round takes a
# 1 MB dump from 3.95 to 3.14 classify passes per block.
FIXED_POINT_ROUNDS = 1
# Characters of text read to guess the language; enough for a stable vote, cheap on huge dumps.
LANGUAGE_SAMPLE = 5_000


class Scored(NamedTuple):
    """A document's scores (:func:`scores`): per block, the features its verdict reads, and its body
    probability. They do not depend on the mode: only the cut does, so both of recall's
    classifications of a document read the same scores."""

    context: list[tuple[float, ...]]
    body: list[float]


class Classifier(NamedTuple):
    stage1: ColumnScorer
    context: tuple[ColumnScorer, ...]
    cuts: dict[str, float]


@functools.cache
def classifier() -> Classifier:
    """The learned model, loaded and compiled once per process."""
    text = (resources.files("articlean") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    return Classifier(*load_model(text, BLOCK_NAMES, CONTEXT_NAMES))


# The language the stopword features read (None: English's), guessed once per clean by the vote that
# favours widely published languages and ignores one-letter words: the plain vote named Sundanese or
# Marathi for English prose (their stoplists hold many English words), Polish or Basque for a menu
# bulleted with "o". Once, because the re-check's kept blocks alone can be too few to tell: two
# Portuguese sentences over a standings table of English names voted Finnish.
_document_language: list[str | None] = []


@doccache.register
def _forget_language() -> None:
    _document_language.clear()


def document_language(blocks: Sequence[Block]) -> str | None:
    """The language of the blocks' running text (:func:`language_sample`); inside a clean, the first
    pass's guess serves every later pass over the same document."""
    if _document_language and doccache.in_document():
        return _document_language[0]
    language = detect_language(language_sample(blocks))
    if doccache.in_document():
        _document_language.append(language)
    return language


# Log-odds below which a probability is 0.0 (math.exp would overflow far below it).
LOG_ODDS_FLOOR = -30


def probabilities(log_odds: Iterable[float]) -> list[float]:
    """The body probability of each log-odds, in one comprehension (no call per block)."""
    exp = math.exp
    return [0.0 if value < LOG_ODDS_FLOOR else 1.0 / (1.0 + exp(-value)) for value in log_odds]


def language_sample(blocks: Sequence[Block]) -> str:
    """The texts of the longest blocks, LANGUAGE_SAMPLE characters of them, joined by spaces in page
    order: a page's paragraphs rather than the menus at its top."""
    ranked = sorted(range(len(blocks)), key=lambda index: -len(blocks[index].text))
    chosen: list[int] = []
    size = 0
    for index in ranked:
        if size >= LANGUAGE_SAMPLE:
            break
        chosen.append(index)
        size += len(blocks[index].text) + 1
    return " ".join(blocks[index].text for index in sorted(chosen))[:LANGUAGE_SAMPLE]


def scores(blocks: Sequence[Block]) -> tuple[list[tuple[float, ...]], list[float]]:
    """Per block, the last context stage's features that the verdicts read (:data:`VERDICT_FEATURES`),
    and the body probabilities of all blocks."""
    model = classifier()
    columns = block_columns(blocks, document_language(blocks))
    count = len(blocks)
    body = probabilities(model.stage1(columns, count))
    context: list[Sequence[float]] = []
    for stage in model.context:
        context = context_columns(columns, body)
        body = probabilities(stage(context, count))
    return list(zip(*(context[column] for column in _VERDICT_COLUMNS), strict=True)), body


def classify(
    blocks: Sequence[Block],
    options: Options,
    *,
    rounds: int = FIXED_POINT_ROUNDS,
    lines: Sequence[str] = (),
) -> list[Verdict]:
    """One verdict per block: BODY or HEADING when kept, BOILERPLATE with a reason when dropped.

    HTML comes as a whole page written as a markdown dump (:mod:`articlean.pagerender`) and is
    judged as any dump is. The kept blocks are classified again on their own, ``rounds`` times at
    most or until nothing more drops, so that cleaning the output once more keeps it whole (the
    model judges each block against its whole document). ``lines``: the document's lines the blocks
    were cut from, where a table's header row is told by its columns (:mod:`articlean.tableheads`)."""
    return classify_with_balanced(blocks, options, rounds=rounds, lines=lines)[0]


def classify_with_balanced(
    blocks: Sequence[Block],
    options: Options,
    *,
    rounds: int = FIXED_POINT_ROUNDS,
    lines: Sequence[str] = (),
) -> tuple[list[Verdict], list[Verdict] | None]:
    """:func:`classify`'s verdicts and, in recall mode, balanced mode's that recall's read (the same
    as :func:`classify` gives in balanced mode: both start from one scoring); None in the others."""
    # The feature rows are short-lived lists of floats: the cyclic collector finds nothing in them but
    # would walk every live object again and again on a long dump (a fifth of the time, superlinear).
    collecting = gc.isenabled()
    gc.disable()
    try:
        if options.mode is Mode.RECALL:
            if not blocks:
                return [], []
            # Recall keeps what balanced keeps (recallmode.keep_balanced): both start from one scoring.
            scored = Scored(*scores(blocks))
            balanced = _final(blocks, replace(options, mode=Mode.BALANCED), rounds, lines, scored)
            return keep_balanced(blocks, balanced, _final(blocks, options, rounds, lines, scored)), balanced
        verdicts = _final(blocks, options, rounds, lines)
        if options.mode is Mode.PRECISION:  # the tail is read from the final verdicts
            verdicts = favour_precision(blocks, verdicts)
        return verdicts, None
    finally:
        if collecting:
            gc.enable()


def _final(
    blocks: Sequence[Block], options: Options, rounds: int, lines: Sequence[str], scored: Scored | None = None
) -> list[Verdict]:
    """The verdicts once the rounds and the rules that read them are done; ``scored``: the blocks'
    scores when they were computed already."""
    verdicts = _fixed_point(blocks, options, rounds, scored)
    verdicts = keep_table_rows(blocks, drop_after_thread(blocks, verdicts))
    verdicts = keep_table_headers(lines, blocks, verdicts)
    # Once the rounds are done: kept in a round, a heading changes what the next one reads.
    return keep_subheadings(blocks, verdicts)


def _fixed_point(
    blocks: Sequence[Block], options: Options, rounds: int, scored: Scored | None = None
) -> list[Verdict]:
    verdicts = _classify_once(blocks, options, scored)
    for _ in range(rounds):
        kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
        if len(kept) == len(blocks):
            break
        again = _classify_once([blocks[index] for index in kept], options)
        dropped = [
            (index, verdict) for index, verdict in zip(kept, again, strict=True) if not verdict.label.is_body
        ]
        for index, verdict in dropped:
            verdicts[index] = verdict
        if not dropped:
            break
    return verdicts


def _classify_once(
    blocks: Sequence[Block], options: Options, scored: Scored | None = None
) -> list[Verdict]:
    """``scored``: the blocks' scores, when the caller has them (recall's two classifications)."""
    if not blocks:
        return []
    context, body = scored if scored is not None else scores(blocks)
    # One cut for every input: HTML is a dump of the whole page too (articlean.pagerender).
    cut = classifier().cuts[_mode_key(options.mode)]
    verdicts = [
        _verdict(block, row, score, cut) for block, row, score in zip(blocks, context, body, strict=True)
    ]
    verdicts = settle(blocks, verdicts)
    if options.mode is not Mode.RECALL:
        return verdicts
    # Here, not after the rounds: a block recall keeps gets the label its features give it.
    kept_labels = [_kept_label(block, row) for block, row in zip(blocks, context, strict=True)]
    return favour_recall(blocks, verdicts, kept_labels)


def _mode_key(mode: Mode) -> str:
    return mode.value


# The context features a verdict is read from (whether a block is kept, the reason for a drop), and
# their positions in the rows that scores() returns.
VERDICT_FEATURES = (
    "ad_label", "in_region/0.5", "log_size", "before_lower", "terminal", "repeats", "link_share", "ui_phrase",
    "ui_prefix",
)  # fmt: skip
_VERDICT_COLUMNS = tuple(CONTEXT_NAMES.index(name) for name in VERDICT_FEATURES)
(_AD_LABEL, _IN_REGION, _LOG_SIZE, _BEFORE_LOWER, _TERMINAL, _REPEATS, _LINK_SHARE, _UI_PHRASE,
 _UI_PREFIX) = range(len(VERDICT_FEATURES))  # fmt: skip


# An HTML delimiter printed as an entity, escaped once or more ("&lt;", "&amp;lt;", "&amp;amp;gt;"): a
# CMS that escaped its own markup prints tags and entities as text. The capture is "lt" or "gt".
_ESCAPED_DELIMITER = regexes.compile(r"&(?:amp;)*(lt|gt);")
# A character entity left as text, escaped once or more ("&#65279;", "&amp;amp;#65279;", "&amp;nbsp;").
_ESCAPED_ENTITY = regexes.compile(r"&(?:amp;)*(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);")
# A TeX group opened by a command ("{\displaystyle", "{\textstyle"): the source of a formula.
_TEX_GROUP = regexes.compile(r"\{\\[A-Za-z]+(?![A-Za-z])")


def has_text(text: str) -> bool:
    """Whether ``text`` has a letter or digit outside tags printed as entities ("&lt;span
    class=...&gt;") and entities printed as text: a line of escaped markup alone has none to read.
    Nor has a formula's TeX source alone, a group opened by a command ("{\\displaystyle A}"), as
    wikis print a formula's alt text under its rendering."""
    if not any(char.isalnum() for char in text):
        return False
    stripped = text.strip()
    if stripped.endswith("}") and _TEX_GROUP.match(stripped):
        return False
    if "lt;" not in text:  # cheap: no escaped tag can open
        return True
    # Split at the escaped delimiters (linear: no backtracking across the line); a tag runs from an
    # opening "&lt;" followed by a letter, "/" or "!" to the next "&gt;".
    parts = _ESCAPED_DELIMITER.split(text)
    outside = [parts[0]]
    in_tag: list[str] = []  # the segments of the tag open now; a tag never closed stays text
    for delimiter, segment in zip(parts[1::2], parts[2::2], strict=True):
        if in_tag and delimiter == "gt":  # the segment after the closing "&gt;" is outside again
            in_tag = []
        elif in_tag or (delimiter == "lt" and (segment[:1].isalpha() or segment[:1] in ("/", "!"))):
            in_tag.append(segment)  # "a &lt; b" compares: only a letter, "/" or "!" opens a tag
            continue
        outside.append(segment)
    return any(char.isalnum() for char in _ESCAPED_ENTITY.sub("", "".join(outside + in_tag)))


@doccache.per_document  # each classify pass (the rounds, the re-check) asks it of every block again
def _text_checks(text: str) -> tuple[bool, bool]:
    """Whether a block's text has any to read (:func:`has_text`), and whether it is a shortcode."""
    return has_text(text), shortcode_line(text)


def _verdict(block: Block, row: Sequence[float], score: float, cut: float) -> Verdict:
    readable, shortcode = _text_checks(block.text)
    if not readable:
        return Verdict(Label.BOILERPLATE, 0.0, "no-text")
    if row[_AD_LABEL]:  # the carried ad_label feature: the normalised text is an ad label
        return Verdict(Label.BOILERPLATE, 0.0, "ad-label")
    if shortcode:  # markup a CMS printed as text, wherever it stands
        return Verdict(Label.BOILERPLATE, 0.0, "shortcode")
    score = round(score, 4)
    if score >= cut:
        return Verdict(_kept_label(block, row), score, "in-article" if row[_IN_REGION] else "context")
    return Verdict(Label.BOILERPLATE, score, _drop_reason(block, row))


def _kept_label(block: Block, row: Sequence[float]) -> Label:
    if block.heading_level:
        return Label.HEADING
    short = math.expm1(row[_LOG_SIZE]) <= HEADING_MAX_WORDS
    # A fragment of a sentence split at a link (r2-style dumps) is body, not a heading.
    fragment = row[_BEFORE_LOWER] or block.text[:1].islower()
    if short and not row[_TERMINAL] and not block.list_item and not fragment:
        return Label.HEADING
    return Label.BODY


def _drop_reason(block: Block, row: Sequence[float]) -> str:
    """Why a block was dropped, from what stands out in its features (most specific first)."""
    size = math.expm1(row[_LOG_SIZE])
    if row[_REPEATS] > 0 and size >= REPEAT_MIN_WORDS:
        return "repeated"
    if row[_LINK_SHARE] > LINK_LIST_SHARE:
        return "link-list"
    if block.list_item and size <= HEADING_MAX_WORDS:
        return "menu"
    if row[_UI_PHRASE] or row[_UI_PREFIX]:
        return "interface-phrase"
    if not row[_IN_REGION]:
        return "outside-article"
    if size <= FRAGMENT_MAX_SIZE:
        return "short-fragment"
    return "low-score"

"""Body or boilerplate, block by block, in two passes over the whole document.

Pass 1 settles what needs no model: blocks without a word, and ad or loading labels (dropped even
inside the article). Every other block gets a stage-1 score from a small gradient-boosted tree
ensemble over :func:`articlean.features.block_features`; each context stage then rescores every
block from its neighbours' previous scores and the best contiguous run of likely body
(:func:`articlean.features.context_features`), which is how the edges of the article are settled.
A last pass (:func:`settle`) judges lists as a whole and drops lone numbers and titles printed twice.
The cut on the final score depends on :class:`articlean.model.Mode`. Dropped blocks say why with a
short reason id, read from the block's features.

The trees live in ``data/classifier.json`` (written by ``benchmarks/train.py``) and are evaluated in
pure Python: each ensemble is one nested-conditional function (:mod:`articlean.ensembles`).
"""

from __future__ import annotations

import functools
import gc
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from articlean.ensembles import SOURCE_NAME, ColumnScorer, load_model
from articlean.ensembles import compile_ensemble as compile_ensemble  # re-exported: tests use it here
from articlean.features import (
    BLOCK_NAMES,
    CONTEXT_NAMES,
    TERMINAL,
    block_columns,
    context_columns,
)
from articlean.lexicon import guess_language
from articlean.model import Block, InputFormat, Label, Mode, Options, Verdict
from articlean.phrases import has_boilerplate_sentence, normalise

MODEL_FILE = SOURCE_NAME
# A kept block this short, without closing punctuation, is a heading rather than a paragraph.
HEADING_MAX_WORDS = 12
# Word-equivalents under which a dropped block is reported as a mere fragment.
FRAGMENT_MAX_SIZE = 4
# Link share above which a dropped block is reported as links.
LINK_LIST_SHARE = 0.5
# A kept block without a letter (a time, a count, a page number) needs this much confidence.
NO_LETTERS_CUT = 0.8
# Adjacent copies shorter than this are left alone: code, table cells and bullets repeat by nature.
REPEAT_MIN_WORDS = 3
# ... and longer ones are sentences rather than the titles that media widgets print twice.
REPEAT_MAX_WORDS = 20
# Blocks up to this long that contain a template sentence are the template's (longer ones quote it).
TEMPLATE_MAX_WORDS = 60
# A run of list items is a menu when less than this share of its words was kept.
LIST_KEPT_SHARE = 0.5
# Recurring markers (_drop_recurring): comment headers (a time stamp or a reply button) and slide
# counters are blocks of at most MARKER_MAX_WORDS words; at least MARKER_MIN_RUN of them, each within
# MARKER_MAX_GAP blocks of the last, make a comment thread or a gallery, which only counts after a kept
# block of at least ARTICLE_MIN_WORDS words (the article).
MARKER_MAX_WORDS = 16
MARKER_MIN_RUN = 3
MARKER_MAX_GAP = 8
ARTICLE_MIN_WORDS = 12
# Teaser summaries (_drop_teasers): blocks of at least this many words cut off mid-sentence, each
# within this many blocks of the last (a headline may stand between two summaries).
TEASER_MIN_WORDS = 15
TEASER_MAX_GAP = 2
_COMMENT_STAMP = re.compile(
    r"\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses|mes|años?)\b"
    r"|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bvor\s+\d+\s+(?:Sekunden|Minuten|Minute|Stunden|Stunde|Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)\b"
    r"|\bh[áa]\s+\d+\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|m[êe]s|anos?)\b"
    r"|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b"
    r"|\d.*\b(?:said|says|wrote|writes|dijo|escribió|a écrit|schrieb|disse|scrive)\s*:\s*$"
    r"|^\W*(?:reply|responder|répondre|antworten|rispondi|responda|ответить)\W*$",
    re.IGNORECASE,
)
_SLIDE_COUNTER = re.compile(
    r"^\W*(?:(?:image|photo|picture|slide|foto|imagen|bild|immagine|фото)\s+)?(\d{1,3})\s*"
    r"(?:/|of|de|von|di|sur|из)\s*(\d{1,3})(?![\d/.:-])",
    re.IGNORECASE,
)
# Rounds of classifying the kept blocks again. One: the pipeline's stability re-check (which classifies
# the output again, rounds included, until nothing more drops) catches what later rounds would. On dev,
# 1, 2 and 3 rounds score alike (all 0.9315, 0.9312, 0.9311) and keep cleaning as idempotent (the same
# 10 of 690 dumps change when cleaned again; 0 of 1,500 hypothesis documents), and one round takes a
# 1 MB dump from 3.95 to 3.14 classify passes per block.
FIXED_POINT_ROUNDS = 1
# Characters of text read to guess the language; enough for a stable vote, cheap on huge dumps.
LANGUAGE_SAMPLE = 5_000
# Drop reasons that describe a dump's page furniture (menus, the page around the article, widgets
# printed twice). Lines extracted from HTML by trafilatura have lost that furniture already, so on
# HTML input these reasons would mostly remove article text: the extractor's choice stands.
DUMP_ONLY_REASONS = frozenset({"outside-article", "repeated", "menu"})


@dataclass(frozen=True, slots=True)
class Classifier:
    stage1: ColumnScorer
    context: tuple[ColumnScorer, ...]
    cuts: dict[str, float]


@functools.cache
def classifier() -> Classifier:
    """The learned model, loaded and compiled once per process."""
    text = (resources.files("articlean") / "data" / MODEL_FILE).read_text(encoding="utf-8")
    return Classifier(*load_model(text, BLOCK_NAMES, CONTEXT_NAMES))


# The rounds and the pipeline's re-check often start with the same text: one vote serves them all.
_language = functools.lru_cache(maxsize=256)(guess_language)


def probability(log_odds: float) -> float:
    if log_odds < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-log_odds))


def scores(blocks: Sequence[Block]) -> tuple[list[tuple[float, ...]], list[float]]:
    """Per block, the last context stage's features that the verdicts read (:data:`VERDICT_FEATURES`),
    and the body probabilities of all blocks."""
    model = classifier()
    sample = " ".join(block.text for block in blocks)[:LANGUAGE_SAMPLE]
    columns = block_columns(blocks, _language(sample))
    count = len(blocks)
    body = [probability(log_odds) for log_odds in model.stage1(columns, count)]
    context: list[Sequence[float]] = []
    for stage in model.context:
        context = context_columns(columns, body)
        body = [probability(log_odds) for log_odds in stage(context, count)]
    return list(zip(*(context[column] for column in _VERDICT_COLUMNS), strict=True)), body


def classify(
    blocks: Sequence[Block], options: Options, *, input_format: InputFormat | None = None
) -> list[Verdict]:
    """One verdict per block: BODY or HEADING when kept, BOILERPLATE with a reason when dropped.

    ``input_format`` is the format the blocks were read from (``options.input_format`` when not
    given); on HTML the dump-only reasons (:data:`DUMP_ONLY_REASONS`) do not drop anything.
    The kept blocks are classified again on their own until nothing more drops, so that cleaning the
    output once more keeps it whole (the model judges each block against its whole document)."""
    extracted = (input_format or options.input_format) is InputFormat.HTML
    # The feature rows are short-lived lists of floats: the cyclic collector finds nothing in them but
    # would walk every live object again and again on a long dump (a fifth of the time, superlinear).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _fixed_point(blocks, options, extracted)
    finally:
        if collecting:
            gc.enable()


def _fixed_point(blocks: Sequence[Block], options: Options, extracted: bool) -> list[Verdict]:
    verdicts = _classify_once(blocks, options, extracted)
    for _ in range(FIXED_POINT_ROUNDS):
        kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
        if len(kept) == len(blocks):
            break
        again = _classify_once([blocks[index] for index in kept], options, extracted)
        dropped = [
            (index, verdict) for index, verdict in zip(kept, again, strict=True) if not verdict.label.is_body
        ]
        for index, verdict in dropped:
            verdicts[index] = verdict
        if not dropped:
            break
    return verdicts


def _classify_once(blocks: Sequence[Block], options: Options, extracted: bool) -> list[Verdict]:
    if not blocks:
        return []
    context, body = scores(blocks)
    # The same cut on trafilatura's lines: with the classifier trained on more dump shapes, the
    # recall cut those lines used to get scored lower on the HTML pages of dev (0.9485 vs 0.9493).
    cut = classifier().cuts[_mode_key(options.mode)]
    verdicts = [
        _verdict(block, row, score, cut) for block, row, score in zip(blocks, context, body, strict=True)
    ]
    if extracted:
        verdicts = [
            _keep_extracted(block, row, verdict)
            for block, row, verdict in zip(blocks, context, verdicts, strict=True)
        ]
    return settle(blocks, verdicts, extracted=extracted)


def _keep_extracted(block: Block, row: Sequence[float], verdict: Verdict) -> Verdict:
    if verdict.reason in DUMP_ONLY_REASONS:
        return Verdict(_kept_label(block, row), verdict.score, "extracted")
    return verdict


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


def _verdict(block: Block, row: Sequence[float], score: float, cut: float) -> Verdict:
    if not any(char.isalnum() for char in block.text):
        return Verdict(Label.BOILERPLATE, 0.0, "no-text")
    if row[_AD_LABEL]:  # the carried ad_label feature: the normalised text is an ad label
        return Verdict(Label.BOILERPLATE, 0.0, "ad-label")
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


def settle(blocks: Sequence[Block], verdicts: list[Verdict], *, extracted: bool = False) -> list[Verdict]:
    """Pass 2: decisions about blocks that only make sense next to their neighbours.

    ``extracted``: the blocks are trafilatura's lines of an HTML page, where repeats and menus are
    the extractor's business (its lists are the article's); the other rules hold on any input."""
    verdicts = list(verdicts)
    _drop_lone_numbers(blocks, verdicts)
    _drop_template_sentences(blocks, verdicts)
    if not extracted:
        _drop_adjacent_repeats(blocks, verdicts)
        _settle_lists(blocks, verdicts)
    _drop_comment_threads(blocks, verdicts)
    _drop_galleries(blocks, verdicts)
    _drop_teasers(blocks, verdicts)
    return verdicts


def _drop(verdicts: list[Verdict], index: int, reason: str) -> None:
    verdicts[index] = Verdict(Label.BOILERPLATE, verdicts[index].score, reason)


def _drop_lone_numbers(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Times, counters and page numbers: kept only when the model is sure (r2 splits sentences at them)."""
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if (
            verdict.label.is_body
            and verdict.score < NO_LETTERS_CUT
            and not any(c.isalpha() for c in block.text)
        ):
            _drop(verdicts, index, "no-words")


def _drop_template_sentences(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Comment-form, consent, newsletter and player sentences (data/boilerplate-sentences.txt) read
    like prose to the model; in a block short enough to be the template's own, they go."""
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if (
            verdict.label.is_body
            and len(block.text.split()) <= TEMPLATE_MAX_WORDS
            and has_boilerplate_sentence(normalise(block.text))
        ):
            _drop(verdicts, index, "boilerplate-sentence")


def _drop_adjacent_repeats(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A title printed twice in a row belongs to a widget (a video player and its caption), not to the
    article: both copies go. Repeated sentences are left to the model (some pages do repeat them)."""
    for index in range(1, len(blocks)):
        previous, block = blocks[index - 1], blocks[index]
        key = normalise(block.text)
        words = len(key.split())
        if words < REPEAT_MIN_WORDS or words > REPEAT_MAX_WORDS or block.text.rstrip().endswith(TERMINAL):
            continue
        if key == normalise(previous.text):
            for position in (index - 1, index):
                if verdicts[position].label.is_body:
                    _drop(verdicts, position, "repeated")


def comment_stamp(text: str) -> bool:
    """Whether a short block is the header of a reader's comment: a time stamp ("2 days ago",
    "hace 3 horas", "September 19, 2018 at 12:48 pm said:") or a bare reply button."""
    words = text.split()
    if not words or len(words) > MARKER_MAX_WORDS or text.rstrip().endswith(TERMINAL):
        return False
    return _COMMENT_STAMP.search(text) is not None


def _drop_comment_threads(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Readers' comments: a run of comment headers (time stamps, "said:", reply buttons) that recur
    every few blocks after the article has begun. The model drops the headers but often keeps the
    comments between them, which read like prose."""
    stamps = [index for index, block in enumerate(blocks) if comment_stamp(block.text)]
    _drop_recurring(blocks, verdicts, stamps, "comments")


def _drop_galleries(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Slide shows: blocks that open with a slide counter ("1/50 ...", "Image 2 of 5") of one total,
    recurring every few blocks; the captions between them are the gallery's, not the article's."""
    counters: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        found = _SLIDE_COUNTER.match(block.text)
        short = len(block.text.split()) <= MARKER_MAX_WORDS
        if found and short and 0 < int(found.group(1)) <= int(found.group(2)):
            counters.setdefault(found.group(2), []).append(index)
    for slides in counters.values():
        _drop_recurring(blocks, verdicts, slides, "gallery")


def _drop_teasers(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Teaser lists: summaries of other stories cut off mid-sentence ("... as a writer, producer
    and", "... the new rules…"), several in a row after the article."""
    cut = [index for index, block in enumerate(blocks) if _cut_off(block.text)]
    _drop_recurring(blocks, verdicts, cut, "teasers", gap=TEASER_MAX_GAP, headers=False)


def _cut_off(text: str) -> bool:
    """Whether a paragraph-sized block stops before its sentence ends (a truncated summary)."""
    text = text.rstrip()
    if len(text.split()) < TEASER_MIN_WORDS:
        return False
    return text.endswith(("...", "…"))


def _drop_recurring(
    blocks: Sequence[Block],
    verdicts: list[Verdict],
    markers: Sequence[int],
    reason: str,
    *,
    gap: int = MARKER_MAX_GAP,
    headers: bool = True,
) -> None:
    """Drop each run of recurring markers that starts after kept article text, from its first marker
    to its last; when the markers are ``headers`` of items, also one period after the last (where
    the last item's text stands)."""
    start = 0
    while start < len(markers):
        end = start
        while end + 1 < len(markers) and markers[end + 1] - markers[end] <= gap:
            end += 1
        run = markers[start : end + 1]
        if len(run) >= MARKER_MIN_RUN and _article_before(blocks, verdicts, run[0]):
            period = max(1, round((run[-1] - run[0]) / (len(run) - 1))) if headers else 0
            for index in range(run[0], min(len(blocks), run[-1] + period + 1)):
                if verdicts[index].label.is_body:
                    _drop(verdicts, index, reason)
        start = end + 1


def _article_before(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    """Whether running text was kept before ``index``: comments follow an article."""
    return any(
        verdict.label.is_body and len(block.text.split()) >= ARTICLE_MIN_WORDS
        for block, verdict in zip(blocks[:index], verdicts[:index], strict=True)
    )


def _settle_lists(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """A run of list items in one group is judged as a whole: mostly dropped means a menu."""
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and blocks[end].list_item and blocks[end].group == blocks[start].group:
            end += 1
        if end - start > 1:
            run = range(start, end)
            total = sum(len(blocks[i].text) for i in run) or 1
            kept = sum(len(blocks[i].text) for i in run if verdicts[i].label.is_body)
            if kept < LIST_KEPT_SHARE * total:
                for i in run:
                    if verdicts[i].label.is_body:
                        _drop(verdicts, i, "menu")
        start = max(end, start + 1)

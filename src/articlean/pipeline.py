"""The one place where the order of stages is written: clean(data, options) -> Result."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from articlean.aboveheadline import drop_above_found_headline, drop_above_title
from articlean.classify import classify, classify_with_balanced
from articlean.decode import decode
from articlean.doccache import document_scope
from articlean.errors import Deadline, NotTextError
from articlean.metadata import extract_metadata, relabel_metadata
from articlean.model import (
    Block,
    CaptionPolicy,
    Document,
    InputFormat,
    Label,
    Metadata,
    Mode,
    Options,
    Result,
    Verdict,
)
from articlean.paragraphs import body_text, paragraph_groups
from articlean.recallmode import drop_far_captions, drop_past_rechecked, drop_repeated_captions
from articlean.references import mark_reference_list
from articlean.runons import split_run_ons
from articlean.segment import count_words, segment
from articlean.sniff import sniff

if TYPE_CHECKING:
    from articlean.corpus import LineTable
    from articlean.markdown import MarkdownLine

# Rounds of "clean the output again"; one almost always settles it, but with 1 or 2 cleaning was not
# idempotent on 8-10 and 2 of 1,500 hypothesis documents (0 with 3), whatever the classify rounds.
# A recall output that opens with short lines (a page's tools, other stories' headlines) loses one
# of them per round, each read as the output's title (its header above it): with 3 rounds 32 of the
# 690 dev recall outputs changed when cleaned again, 16 with 8 (dev recall F1 +0.0006, balanced and
# precision unchanged). Only an output that keeps changing pays for the rounds, within the bound below.
MAX_STABILITY_CHECKS = 8
# A re-check round classifies the output once: no classify round of its own over what that keeps
# (classify's ``rounds``). That round was the next re-check round's work done early, on an output the
# next round reads again; it made a round cost two passes over the output whenever the first dropped
# anything, so a long document whose re-check dropped a few paragraphs (a 1 MB dump: 2.36 classify
# passes per block, against 1.59 for a 100 KB one that dropped nothing) took far longer per block
# than one whose re-check dropped nothing. Now every round costs one pass over the output, and the
# rounds after the first run within the bound below.
RECHECK_CLASSIFY_ROUNDS = 0
# What the re-checks may classify in all: RECHECK_SHARE of the document's blocks, and at least
# RECHECK_MIN_BLOCKS; the first re-check always runs, a later one only within that bound. Each re-check
# classifies the whole output again, and a long output keeps losing a few paragraphs per round (a
# cascade of ever smaller changes), so that a 1 MB dump took four classify passes per block where a
# 100 KB one took three and a 10 KB one one: time grew faster than size. Bounded, the later re-checks
# cost at most half a pass at any length. A document of up to RECHECK_MIN_BLOCKS blocks (all of dev
# but wikipedia-2.r2; a median of 169 blocks) keeps all its rounds: with 500, the long dev dumps whose
# second round the bound stopped were left unstable (19 of the 690 dev dumps changed when cleaned
# again, against 14 with 2,000).
RECHECK_SHARE = 0.5
RECHECK_MIN_BLOCKS = 2_000
# The most of the first pass's kept words the re-checks may drop in all; past it the first pass stands.
# Read again without the page around it, an article that is mostly a list (a meal plan of short
# "Meal 1" / "Eat every 2-3 hours" / "Portion: ..." lines) looks like a menu of repeated lines, and
# each round drops more of it: the re-checks took a meal plan from 1,986 words to 104 (precision).
# On dev (690 dumps, three modes) all 7 re-checks that dropped more than 30 % of the kept words made
# their case worse against the gold (F1 summed -3.09); of those dropping 10-30 %, 8 helped, 11 hurt.
# Beyond dev (the HTML split and the six dump shapes, three modes), of the 17 re-checks this undoes
# 13 had hurt and 4 helped (one page's cookie-consent box that only the re-check caught, in three
# modes): F1 summed +5.96 for the first pass.
# The price: such an output is not a fixed point, cleaning it again drops what the re-checks would.
# So only a loss of at least RECHECK_MIN_LOSS_WORDS words counts (an article's worth, not the line or
# two a short output's re-check lets go: those keep cleaning idempotent, as hypothesis checks).
RECHECK_MAX_LOSS = 0.3
RECHECK_MIN_LOSS_WORDS = 100
# Inputs whose kept blocks the re-check also reads again as the markdown they were written in
MARKUP_FORMATS = (InputFormat.MARKDOWN, InputFormat.HTML)
# Of those, the one drop the plain text's re-check makes alone: the output's opening line (a plain line
# of its markdown) read as a title. Cleaning the output again moves it to the metadata whatever the
# markdown said around it; in the first pass it was another story's headline, a "View all (23)" or a
# language switch over the article (see CHANGELOG for the figures).
TITLE_RECHECK = "recheck-title"


def load(data: bytes | str, options: Options) -> Document:
    """Decode and sniff a dump; HTML becomes the lines of a dump of the page plus metadata hints."""
    decoded = decode(data)
    if decoded.error is not None:
        raise NotTextError(decoded.error)
    text = decoded.text.replace("\x00", "")
    input_format = options.input_format
    if input_format is InputFormat.AUTO:
        input_format = sniff(text)
    if input_format is InputFormat.HTML:
        from articlean.html import html_document  # deferred: only HTML input imports trafilatura

        # The input's bytes where they are the text's UTF-8 (no NUL removed): the parser reads them
        # instead of the text encoded again.
        utf8 = decoded.utf8 if len(text) == len(decoded.text) else None
        return html_document(text, decoded.encoding, options, utf8)
    lines = text.splitlines()
    if input_format is InputFormat.TEXT:
        pieces, numbers = split_run_ons(lines)
        if len(pieces) != len(lines):
            return Document(pieces, input_format, decoded.encoding, line_numbers=numbers)
    return Document(tuple(lines), input_format, decoded.encoding)


def _classified(
    document: Document, blocks: list[Block], options: Options, boilerplate: LineTable | None, rounds: int
) -> list[Verdict]:
    """The blocks' verdicts before the metadata stage: the classifier's, ``rounds`` rounds, with the
    reference list and the site's boilerplate marked."""
    verdicts = classify(blocks, options, rounds=rounds, lines=document.lines)
    return _marked(document, blocks, boilerplate, verdicts)


def _marked(
    document: Document, blocks: list[Block], boilerplate: LineTable | None, verdicts: list[Verdict]
) -> list[Verdict]:
    """The classifier's ``verdicts`` with what stands above the title an HTML page declares, the
    reference list and the site's boilerplate marked."""
    if document.input_format is InputFormat.HTML and document.hints.title:
        verdicts = drop_above_title(blocks, verdicts, document.hints.title)
    if document.input_format is InputFormat.TEXT:
        verdicts = mark_reference_list(document.lines, blocks, verdicts)
    if boilerplate is not None:
        from articlean.corpus import mark_site_boilerplate  # only with a table: start-up imports less

        verdicts = mark_site_boilerplate(document.lines, blocks, verdicts, boilerplate)
    return verdicts


def _judge(
    document: Document, blocks: list[Block], options: Options, classified: list[Verdict]
) -> tuple[Metadata, list[Verdict]]:
    """The metadata and the verdicts once it is read, from the ``classified`` ones (:func:`_marked`)."""
    metadata, verdicts = extract_metadata(document, blocks, classified, options)
    if document.input_format is not InputFormat.HTML:  # HTML's: above the title it declares
        verdicts = drop_above_found_headline(blocks, verdicts)
    if options.mode is Mode.RECALL and options.caption_policy is CaptionPolicy.KEEP:
        # the captions it keeps in the body: read only now
        verdicts = drop_repeated_captions(blocks, drop_far_captions(verdicts))
    return metadata, verdicts


def _unstable(
    result: Result, options: Options, known: Sequence[MarkdownLine | None] = ()
) -> dict[int, Verdict]:
    """Blocks of the result that cleaning its own output again would not keep, with the reason.

    The output is cleaned as the plain text it is; each output paragraph is one block there. Of a
    markdown dump (or a page written as one), what that drops goes only when the kept blocks' own
    markdown read again drops it too: the plain text has lost the headings, list items and table
    rows that place them in the article, and the re-check took the article's subheadings for
    titles, its lists for menus (``known``: the page's lines as their writer stripped them); but the
    output's opening plain line read as a title goes (:data:`TITLE_RECHECK`). Not in
    recall mode, where both readings keep the kept text's edges (:func:`articlean.recallmode.favour_recall`)
    and the markdown one, with the markup of the boxes there, kept a box the plain text lets go
    (a list of other stories, a comments header: dev recall P 0.9053 -> 0.9049).
    """
    kept = result.kept_blocks()
    groups = paragraph_groups(kept)
    if not groups:
        return {}
    lines = body_text(kept, groups).split("\n")
    document = Document(tuple(lines), InputFormat.TEXT)
    again = segment(document.lines, cells=False)  # the output's lines are already joined
    if len(again) != len(groups):  # a paragraph that does not survive as one block: leave it be
        return {}
    dropped = _dropped(result, options, document, again, [members for _, members in groups])
    if dropped and result.input_format in MARKUP_FORMATS and options.mode is not Mode.RECALL:
        document, again, owners = _kept_markup(result, known)
        in_markup = _dropped(result, options, document, again, owners)
        opening = _opening_line(result)
        dropped = {
            index: verdict
            for index, verdict in dropped.items()
            if index in in_markup or (index == opening and verdict.reason == TITLE_RECHECK)
        }
    return dropped


def _opening_line(result: Result) -> int | None:
    """The index of the output's first block when it is a plain line of its markdown (no heading, list
    item or table row): there the markdown says nothing the output's plain text does not."""
    kept = result.kept_blocks()
    if not kept:
        return None
    first = kept[0]
    lines = result.document.lines[first.first_line : first.last_line + 1]
    if first.heading_level or first.list_item or first.cells or any("|" in line for line in lines):
        return None
    return first.index


def _dropped(
    result: Result, options: Options, document: Document, again: list[Block], owners: list[list[int]]
) -> dict[int, Verdict]:
    """The kept blocks (indexes) that the output's ``document`` read as ``again`` does not keep; the
    positions in the result's kept blocks that each block of ``again`` holds are its ``owners``. A
    kept block read as several goes when none of them is kept."""
    # The output classified RECHECK_CLASSIFY_ROUNDS rounds; its metadata is not wanted, only the
    # lines the metadata stage relabels.
    verdicts = _classified(document, again, options, None, RECHECK_CLASSIFY_ROUNDS)
    verdicts = relabel_metadata(document, again, verdicts, options)[0].verdicts
    policy_keeps_captions = options.caption_policy is CaptionPolicy.KEEP
    # A page's title comes from its declarations: the output's first heading is not a second one.
    titled = result.input_format is InputFormat.HTML
    kept = result.kept_blocks()
    dropped: dict[int, Verdict] = {}
    survivors: set[int] = set()
    for members, verdict in zip(owners, verdicts, strict=True):
        indexes = [kept[position].index for position in members]
        if (
            verdict.label.is_body
            or (policy_keeps_captions and verdict.label is Label.CAPTION)
            or (titled and verdict.label is Label.TITLE)
        ):
            survivors.update(indexes)
            continue
        for index in indexes:
            dropped.setdefault(index, Verdict(Label.BOILERPLATE, verdict.score, f"recheck-{verdict.reason}"))
    return {index: verdict for index, verdict in dropped.items() if index not in survivors}


def _kept_markup(
    result: Result, known: Sequence[MarkdownLine | None]
) -> tuple[Document, list[Block], list[list[int]]]:
    """The kept blocks' own markdown lines as a document, segmented as the input was, with the
    positions (in the kept blocks) each of its blocks holds. Between two kept blocks go the input's
    lines when they hold no dropped words (blank lines, a table's rule, a picture without alt
    text): a table stays one table; else one blank line."""
    source = result.document.lines
    worded = bytearray(len(source))  # 1 on the lines of a dropped block with words
    for block, verdict in zip(result.blocks, result.verdicts, strict=True):
        if block.text and not verdict.label.is_body:
            size = block.last_line - block.first_line + 1
            worded[block.first_line : block.last_line + 1] = b"\x01" * size
    numbers: list[int] = []  # the source line of each line, -1 for a blank line put in
    owner: list[int] = []  # the kept block's position of each line, -1 for none
    previous: Block | None = None
    for position, block in enumerate(result.kept_blocks()):
        if previous is not None and block.first_line > previous.last_line + 1:
            between = range(previous.last_line + 1, block.first_line)
            gap = [-1] if any(worded[number] for number in between) else list(between)
            numbers.extend(gap)
            owner.extend([-1] * len(gap))
        numbers.extend(range(block.first_line, block.last_line + 1))
        owner.extend([position] * (block.last_line - block.first_line + 1))
        previous = block
    lines = tuple(source[number] if number >= 0 else "" for number in numbers)
    stripped = [known[number] if number >= 0 else None for number in numbers] if known else ()
    again = segment(lines, markdown=True, known=stripped)
    owners = [
        sorted({owner[number] for number in range(block.first_line, block.last_line + 1)} - {-1})
        for block in again
    ]
    return Document(lines, InputFormat.MARKDOWN), again, owners


def _no_deadline() -> None:
    pass


def clean(
    data: bytes | str,
    options: Options | None = None,
    *,
    boilerplate: LineTable | None = None,
    deadline: Deadline | None = None,
) -> Result:
    """Clean one dump: keep the article, move what describes it to metadata, drop the rest.

    ``boilerplate`` is a table of lines counted across a batch of the same site's documents
    (:mod:`articlean.corpus`); lines that recur in many of them are dropped as site boilerplate.
    The result is checked for stability as black checks its output: what cleaning the output again
    would drop is dropped now, so that cleaning is idempotent.
    ``deadline``: raise :class:`articlean.errors.TimedOut` between stages once it has passed.
    """
    options = options or Options()
    check = deadline.check if deadline is not None else _no_deadline
    with _collector_paused(), document_scope():
        document = load(data, options)
        check()
        return _clean_document(document, options, boilerplate, check)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a document's lines are cleaned: the stages make many
    short-lived containers and no cycles to collect, and on a long dump each full collection walked
    all the document's objects again (10 MB: a sixth of the time, which made it grow faster than
    the size). It stays off until the document's caches are emptied (``document_scope``, inside
    it): switched on while the caches still held every text, measure and answer of the document,
    the collector's next young-generation passes walked them all before they were freed (on every
    second dev page, 57 young and 6 older collections, 0.08 s of CPU in a 4.6 s pass; inside, 36
    over little more than the result, 0.02 s). Loading the page is inside too: it makes few
    containers the collector tracks (lxml's elements are C)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _clean_document(
    document: Document, options: Options, boilerplate: LineTable | None, check: Callable[[], None]
) -> Result:
    # HTML comes out of articlean.html as markdown: "# " headings, "* " items, fenced code, escapes
    blocks = segment(
        document.lines,
        markdown=document.input_format in (InputFormat.MARKDOWN, InputFormat.HTML),
        known=document.stripped,
    )
    known = document.stripped  # for the re-check's reading of the kept markdown
    if document.stripped:  # they served segmentation: a result sent back by a worker need not carry them
        document = dataclasses.replace(document, stripped=())
    check()
    classified, balanced = classify_with_balanced(blocks, options, lines=document.lines)
    metadata, verdicts = _judge(document, blocks, options, _marked(document, blocks, boilerplate, classified))
    if balanced is not None:  # recall mode
        balanced = _marked(document, blocks, boilerplate, balanced)
        verdicts = _within_balanced_recheck(document, blocks, verdicts, options, balanced, known, check)
    return _rechecked(Result(document, tuple(blocks), tuple(verdicts), metadata, options), known, check)


def _rechecked(first: Result, known: Sequence[MarkdownLine | None], check: Callable[[], None]) -> Result:
    """``first`` with what cleaning its output again would drop dropped, round after round within the
    bounds above (RECHECK_SHARE, RECHECK_MAX_LOSS); ``first`` itself when the rounds drop nothing or
    most of its words."""
    document, blocks, verdicts, options = first.document, first.blocks, first.verdicts, first.options
    result = first
    budget = max(RECHECK_MIN_BLOCKS, RECHECK_SHARE * len(blocks))
    spent = 0
    for round_ in range(MAX_STABILITY_CHECKS):
        check()
        kept = sum(1 for verdict in verdicts if verdict.label.is_body)
        if round_ and spent + kept > budget:
            break
        spent += kept
        dropped = _unstable(result, options, known)
        if not dropped:
            break
        verdicts = tuple(
            dropped.get(block.index, verdict) for block, verdict in zip(blocks, verdicts, strict=True)
        )
        result = Result(document, blocks, verdicts, first.metadata, options)
    if result is not first:
        before, after = _kept_words(first), _kept_words(result)
        if before - after >= RECHECK_MIN_LOSS_WORDS and after < (1 - RECHECK_MAX_LOSS) * before:
            return first  # the rounds would drop most of the article: see RECHECK_MAX_LOSS
    return result


def _within_balanced_recheck(
    document: Document,
    blocks: list[Block],
    verdicts: list[Verdict],
    options: Options,
    classified: list[Verdict],
    known: Sequence[MarkdownLine | None],
    check: Callable[[], None],
) -> list[Verdict]:
    """Recall's ``verdicts`` read against balanced mode's text once its re-checks are done
    (:func:`articlean.recallmode.drop_past_rechecked`), when they dropped any of it: recall keeps what
    balanced's first pass keeps, and that pass can keep a box its re-check then lets go (a sign-up
    form, a list of countries), which recall would keep as the article's edge. The price: recall
    cleans the document in balanced mode too, from the balanced verdicts its classification made
    (:func:`articlean.classify.classify_with_balanced`): on every sixth dev dump, interleaved,
    1.08-1.22x the CPU (3.9-4.9 s -> 4.6-5.3 s; cleaning from scratch in balanced mode: 1.5x). On
    dev, F1 0.9612 -> 0.9617, P 0.9463 -> 0.9474, R 0.9765 the same (10 dumps up, 2 down:
    rd-nytimes-5.r1 -0.05, whose gold keeps a section page's teasers; rd-wikipedia-4.r2 -0.003)."""
    balanced = dataclasses.replace(options, mode=Mode.BALANCED)
    metadata, balanced_verdicts = _judge(document, blocks, balanced, classified)
    first = Result(document, tuple(blocks), tuple(balanced_verdicts), metadata, balanced)
    settled = _rechecked(first, known, check)
    if settled is first:
        return verdicts
    return drop_past_rechecked(blocks, settled.verdicts, verdicts)


def _kept_words(result: Result) -> int:
    """The words of the result's kept blocks."""
    return sum(count_words(block.text) for block in result.kept_blocks())

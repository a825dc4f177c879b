"""What ``--precision`` and ``--recall`` change besides the classifier's cut: the article's edges.

A cut alone trades precision for recall evenly along the whole document. These rules work on the
shape of the verdicts instead, after the context pass and the structural rules
(:func:`articlean.settle.settle`):

* precision: the article ends with the last block the model is sure of (or with that block's run,
  when the rest of the run is a good part of the kept text; or with the last kept sentence that
  follows closely, the blocks right after it that structural rules kept as the article's close, and
  the kept items of its list when it is a list's item; or as the end's own shape says, in
  :mod:`articlean.articleends`: its rows, its sentence, the short kept sentences right under it);
  what follows it (author notes, company boilerplate, promotions, comments that read like prose)
  goes, and so does a line written as a headline that the model doubted and that ends no sentence
  (not a row of a list it mostly kept, nor a piece of a sentence that goes on in the next kept line,
  nor a subheading over a kept paragraph). A page with no block the model is sure of, or whose kept
  text it scored low on average, keeps only its main run, the run that holds most of what it kept
  and a block it is sure of, or its largest run when it has none; unless what it kept is one
  unbroken run: the article it found, scored low, not bits scattered over the page.
* recall (:mod:`articlean.recallmode`): the article is contiguous, its gaps and near edges kept;
  whatever balanced mode keeps stays, lists only recall keeps go.

Balanced mode is left as the model and the rules decided. HTML is a dump of the whole page
(:mod:`articlean.pagerender`) and gets the same rules (README "Accuracy" has its figures).
Every change carries its reason id (README: "Reason ids").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from articlean.articleends import moved_end
from articlean.features import TERMINAL
from articlean.model import Block, Verdict
from articlean.productcards import PRODUCT_CARD
from articlean.sparedlines import PARAGRAPH_WORDS, ends_sentence, headline_case, spared_lines
from articlean.verdictedits import dropped

# Precision: the article's last block is the last kept one of at least TAIL_ANCHOR_WORDS words
# scoring at least TAIL_ANCHOR_SCORE. On dev, 0.75 and 5 words kept the most precision at F1 >= 0.92
# (alone: P 0.9319 -> 0.9411, R 0.9338 -> 0.9107); anchoring at 0.8 or at 10 words cost 1-2 more
# points of recall for less than one of precision.
TAIL_ANCHOR_SCORE = 0.75
TAIL_ANCHOR_WORDS = 5
# Precision: a page without one kept block scoring this much gets no body. On dev that empties 20 of
# the 690 dumps (none in balanced mode), whose balanced bodies had a mean P of about 0.65 (0 to 1):
# P 0.9411 -> 0.9487, R 0.9107 -> 0.8951 (score.py leaves empty outputs out of P, as the scrapinghub
# benchmark does, and counts their recall as 0). A sure block that a rule for what follows an article
# dropped (AFTER_ARTICLE_REASONS) counts too: 17 dumps empty instead of 25 once those rules took the
# only sure blocks of pages whose article the model was unsure of.
SURE_SCORE = 0.8
# Precision: a page whose kept text scores less than this on average (each block weighed by its words)
# gets no body either: the model placed the article without conviction (the teasers of a section page,
# a page whose article it did not find). On dev: P 0.9643 -> 0.9706, R 0.9038 -> 0.8776 (45 dumps empty
# instead of 18). Simulated on the verdicts, 0.72 gave P 0.9687 R 0.8840 and 0.76 P 0.9704 R 0.8752
# (0.74: P 0.9692 R 0.8799): past 0.74, F1 falls under 0.921 for a little precision.
UNSURE_MEAN_SCORE = 0.74
# The blocks a structural rule kept (UNSURE_LINE_SPARED) do not weigh on that mean: kept for their
# place in the page, they score low by definition (a tour's 30 dates under the article, 0.3 each,
# made its page doubted and cut the article's first paragraphs as the smaller run). On dev, after the
# rules below: F1 0.9646 -> 0.9651, P 0.9782 -> 0.9782, R 0.9514 -> 0.9523 (one page's two renderers
# up, none down); HTML split (precision) 0.9690 -> 0.9697.
# Precision: neither doubt above empties a page whose kept text is one run, with at most RUN_MAX_GAP
# dropped blocks with text between two kept ones. The doubts are for kept text the model scattered over
# a page (the teasers of a section page, bits of a page whose article it did not find); an unbroken
# run is an article it found and scored low (a short one, a table, a page in a style it knows less):
# such a page lost its whole article, on all its renderers at once, when its mean crossed 0.74 or its
# best block 0.8. On dev, 21 fewer dumps without body: F1 0.9274 -> 0.9380, P 0.9763 -> 0.9759,
# R 0.8832 -> 0.9030 (a gap of 1: F1 0.9358 P 0.9760; of 3: F1 0.9393 P 0.9758).
RUN_MAX_GAP = 2
# Precision: a doubted page keeps its main run, the run of kept blocks with at most MAIN_RUN_GAP
# dropped blocks with text between two of them that holds the most kept words, when it holds at least
# MAIN_RUN_SHARE of them and a block scoring SURE_SCORE (the article, with bits of the page scattered
# around it); before, a doubted page gave no body at all. The run is read from the verdicts before
# the tail rules (they part a run the model kept whole). On dev: F1 0.9384 -> 0.9407, P 0.9766 ->
# 0.9751, R 0.9031 -> 0.9087, 18 -> 8 dumps without body (read after the tail rules: F1 0.9390,
# P 0.9736, 9 dumps). Gap 3: F1 0.9397, 10 dumps; 8: F1 0.9407 P 0.9741, 6 dumps. Share 0.6: as 0.75;
# 0.9: F1 0.9406 P 0.9764, 13 dumps without body.
MAIN_RUN_GAP = 5
MAIN_RUN_SHARE = 0.75
# Precision: a doubted page without such a main run keeps its largest run all the same, as the model
# kept it (before the tail rules, which may have cut it): the model's best guess at the article, where
# before it gave no body at all, the worst answer for a page that holds one. On dev, after the tail
# rule below: 8 dumps without body -> 0, F1 0.9505 -> 0.9518, P 0.9774 -> 0.9751, R 0.9250 -> 0.9297
# (the run taken after the tail rules: one page stayed empty, its article cut as a tail).
#
# Precision: the last sure block ends the article unless the rest of its run (the kept blocks after it
# with at most MAIN_RUN_GAP dropped blocks with text between two of them) holds more than
# TAIL_RUN_SHARE of the kept words: then the run ends it. A tail that long is the article the model
# scored lower (a list of steps, a table, the sections after a first one it was sure of), not notes
# after it; a kept run of its own after a gap still goes. On dev: F1 0.9461 -> 0.9505, P 0.9775 ->
# 0.9774, R 0.9166 -> 0.9250. With the rule above, a share of 0.2: F1 0.9534 but P 0.9748 (0.3: F1
# 0.9518, P 0.9751); keeping the whole kept text instead of the run: P 0.9748 at 0.3.
TAIL_RUN_SHARE = 0.3
# Precision: the article goes on past the end found above through the kept sentences that follow it
# closely: a kept block of TAIL_SENTENCE_WORDS words or more scoring TAIL_SENTENCE_SCORE that ends a
# sentence, at most TAIL_SENTENCE_GAP dropped blocks with text after the kept block before it, moves
# the end to itself (the kept lines before it come along). What the tail rule cut after a sure block
# was mostly the article the model scored lower (its later sections, its closing paragraphs): on dev
# 8,300 words of the article for 900 of other text. Notes after an article are mostly short or end
# no sentence, and still go. On dev, with UNSURE_LINE_SPARED: F1 0.9587 -> 0.9613, P 0.9784 ->
# 0.9781, R 0.9397 -> 0.9452. At 0.6: F1 0.9617, P 0.9779; at 0.7 (5 words): F1 0.9607, P 0.9783;
# a gap of 0 (5 words): F1 0.9612, P 0.9781; 5 or 8 words within 0.0001 of 10.
# The gap is the run's (MAIN_RUN_GAP), no longer one block: inside the article, the one-word items of
# its own lists that the model dropped as a menu, or an ad slot's label over its player's line, stood
# between two of its paragraphs and left the rest of the article behind the end. On dev, with
# CLOSE_KEEPS and the kept rows spared: F1 0.9638 -> 0.9646, P 0.9781 -> 0.9782, R 0.9499 -> 0.9514
# (six dumps up, none down; gaps of 2 and 3 as simulated on the verdicts: F1 +0.0005 and +0.0006,
# P the same); HTML split (precision) 0.9687 -> 0.9690.
TAIL_SENTENCE_SCORE = 0.65
TAIL_SENTENCE_GAP = MAIN_RUN_GAP
TAIL_SENTENCE_WORDS = PARAGRAPH_WORDS
# Whatever its score, a kept paragraph of TAIL_PARAGRAPH_WORDS words or more that ends a sentence is
# such a closing sentence: notes after an article are short (a bio's line, a promotion, a credit),
# the article's own last sections run long, and the model scored them low for their place at the
# page's end (a blog's commentary section under the post, 0.45-0.64; the last review of a list of
# reviews, 0.3-0.5). On dev: F1 0.9658 -> 0.9666, P 0.9783 -> 0.9784, R 0.9535 -> 0.9551 (eight
# dumps up, none down). With a score floor of 0.4 the same but one dump; of 0.5: F1 0.9663 P 0.9782
# at 25 words (an author's bio and a promotion came along), F1 0.9662 P 0.9783 at 35; 50 words:
# F1 0.9661; 20 (at 0.5): F1 0.9664 but P 0.9781.
TAIL_PARAGRAPH_WORDS = 35
# Precision: a kept block of at least UNSURE_LINE_WORDS words that ends no sentence goes when it scores
# under UNSURE_LINE_SCORE (headlines of other stories, labels, sentences cut off by the page). On dev,
# with the rule above: P 0.9706 -> 0.9714, R 0.8776 -> 0.8770.
# Only a line written as a headline goes so (sparedlines.headline_case), and under 0.45, not 0.5:
# with the structural rules that spare the article's own lines (UNSURE_LINE_SPARED, sparedlines.py),
# what the rule still took on dev was four words of the article for one of other text (1,444 for
# 386), mostly lines in sentence case (a list's items, a release's notes, pieces of a sentence)
# and lines scoring 0.45-0.5 (the article's own title-cased subheadings over its lists);
# title-cased lines under 0.45 were half other text (216 words for 219). Precision dev F1 0.9669 ->
# 0.9680 (P 0.9785 -> 0.9789, R 0.9556 -> 0.9573); HTML split (precision) 0.9713 -> 0.9718.
# Without the rule at all: F1 0.9682 but P 0.9787 (0.9719 on the HTML split); at 0.45 in any case:
# F1 0.9677, P 0.9789.
UNSURE_LINE_SCORE = 0.45
UNSURE_LINE_WORDS = 3
# Precision: a line at least UNSURE_LINE_DIGIT_SHARE of whose words hold a digit is a table's row (a
# standings table, results), not a headline, and is no unsure line: a page's table the model kept
# whole but doubted went row by row. On dev: F1 0.9518 -> 0.9525, P 0.9751 -> 0.9751, R 0.9297 ->
# 0.9310 (a third: the same).
UNSURE_LINE_DIGIT_SHARE = 0.5
# Precision: no unsure line either is a block a structural rule kept with its neighbours (settle.py,
# tablerows.py, recipes.py): a list written to one pattern, the rows that continue a kept table, a
# recipe's card, the opening lines above the article's first paragraph, a line inside the article the
# model doubted, the items of a list kept mostly whole. The rule kept them for their place in the
# page, so a low score is expected of them; dropped one by one, they left the list or the table in
# pieces (a tour's dates, a recipe's ingredients). On dev: F1 0.9567 -> 0.9587, P 0.9783 -> 0.9784,
# R 0.9359 -> 0.9397 (the first four alone: F1 0.9583, P 0.9783).
# The paragraphs of running text the model dropped right after its last kept one (`article-closing`,
# edgeparagraphs.py) are spared too: kept for their place and their sentences, they scored low by
# definition, and an interview's closing questions ("Q: Favourite book?" / "A: The Hobbit") lost
# every answer that ends no sentence (with CLOSE_KEEPS: see there).
# So are the pieces of a paragraph or a sentence printed a text node per line that settle.py kept
# between two kept parts of it (`inside-sentence`, `inside-paragraph`) and the subheadings kept between
# kept paragraphs (`subheading`): a piece ends no sentence by definition ("Browns pass rusher" /
# "Myles Garrett and Pittsburgh center" / ...), and one by one they went, leaving the sentence in
# holes. On dev: F1 0.9652 -> 0.9655, P 0.9783 -> 0.9783, R 0.9525 -> 0.9530 (23 dumps up, four down
# by 0.008 at most: a caption's piece, a date glued to a headline kept with its paragraph).
UNSURE_LINE_SPARED = frozenset(
    {
        "parallel-lines", "table-rows", "recipe", "article-opening", "inner-line", "list-item",
        "article-closing", "table-header", "inside-sentence", "inside-paragraph", "subheading",
    }
)  # fmt: skip
# Precision: the article's end moves on through the kept blocks right after it that a structural rule
# kept for their place after the article's text: its closing paragraphs the model dropped
# (`article-closing`), the rest of a list written to one pattern, a recipe's card, the items of a list
# kept mostly whole. The rules found them as the article's own close, so their low score says nothing
# of notes after the article; the tail rule cut a tour's dates, a recipe, an interview's closing
# questions. A kept block of any other reason between them and the end stops the walk (a newsletter
# box's pitch the model kept over a link the closing rule took). Not `table-rows`: the rows that continue
# a kept table after the article are as often a box of links printed a cell a line (on dev, 95 words
# of other text for 43 of the article's). On dev, with `article-closing` in UNSURE_LINE_SPARED:
# F1 0.9613 -> 0.9631, P 0.9781 -> 0.9781, R 0.9452 -> 0.9485 (29 dumps up, none down).
CLOSE_KEEPS = frozenset({"article-closing", "parallel-lines", "recipe", "list-item"})
# Then, when the end is an item of a list (a bullet or a number), on through the kept items right after
# it (articleends.list_close): the rest of the article's list, whatever the model scored its items, as a
# list of changes closing a release's notes or a weekly report ("mconley re-enabled TART", 0.41),
# where notes after an article are no items of its list. On dev: F1 0.9680 -> 0.9682, P 0.9789 ->
# 0.9789, R 0.9573 -> 0.9576 (a few dumps up to +0.04, none down; simulated on the verdicts, 184
# words of the article for none of other text).
# Keeps of the article's own table of contents and of the sections it lists (contents.py): the
# outline printed again as headings below it marks them as the article's whatever the model scored.
OUTLINE_KEEPS = frozenset({"contents", "outline-section"})
# Drops of settle.py's rules for what follows an article: they only fire after an article's first
# paragraph, so a page where the model was sure of such a block holds an article, even when the model
# was sure of nothing else (its text stays, as it would have without the rule).
AFTER_ARTICLE_REASONS = frozenset(
    {
        "comments", "after-comments", "gallery", "teasers", "related-list", "related-headlines",
        "company-note", "tag-list", "schema-copy",
    }
)  # fmt: skip
# Keeps of settle.py's rules that found the article from the page's structure, not from the model's
# score (the post over a comment thread, which the model took for the start of the thread): such a
# block is as sure as a sure block, and the page-level doubts below do not weigh its low score.
# A product card's blocks are short lines (a price, a button) that anchor the article's tail all the
# same: the cards are its list of picks (productcards.py).
# The paragraphs between a photo story's recurring captions, which the model dropped, are the
# article's from where the captions stand (recurringcaptions.py).
STRUCTURE_KEEPS = frozenset({"post-before-comments", PRODUCT_CARD, "between-captions"}) | OUTLINE_KEEPS


def favour_precision(blocks: Sequence[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """Drop the kept blocks after the article's end (:func:`_article_end`, ``after-article``) and the
    doubted lines that end no sentence (``unsure-line``); when none is sure or the kept text is unsure
    on average, keep only the page's main run (:func:`_main_run`), else its largest run
    (:func:`_largest_run`), and drop the rest (``unsure-page``),
    unless the kept blocks are one run (:func:`_one_run`) or the page's own outline was found
    (:data:`OUTLINE_KEEPS`: its table of contents names the article's sections, so the page holds
    one)."""
    one_run = _one_run(verdicts) or any(verdict.reason in OUTLINE_KEEPS for verdict in verdicts)
    if not one_run and not any(
        _confidence(v) >= SURE_SCORE for v in verdicts if v.label.is_body or v.reason in AFTER_ARTICLE_REASONS
    ):
        return _doubted_page(verdicts, _main_run(blocks, verdicts) or _largest_run(blocks, verdicts))
    last = _article_end(blocks, verdicts)
    result = _unsure_lines(
        blocks,
        [
            dropped(verdict, "after-article") if index > last and verdict.label.is_body else verdict
            for index, verdict in enumerate(verdicts)
        ],
    )
    if not one_run and _mean_kept_score(blocks, result) < UNSURE_MEAN_SCORE:
        run = _main_run(blocks, verdicts)
        if run is not None:
            return _doubted_page(result, run)
        # no main run: the largest as the model kept it (the tail rule may have cut it)
        return _doubted_page(_unsure_lines(blocks, verdicts), _largest_run(blocks, verdicts))
    return result


def _article_end(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> int:
    """The index of the article's last block: the last kept block of TAIL_ANCHOR_WORDS words (or kept
    for the page's structure) scoring TAIL_ANCHOR_SCORE, or the end of its run when the rest of the run
    holds more than TAIL_RUN_SHARE of the kept words, moved on through the kept sentences close after it
    (:func:`_article_close`); past the end when there is no such block."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
    anchors = [
        index
        for index in kept
        if _confidence(verdicts[index]) >= TAIL_ANCHOR_SCORE
        and (
            len(blocks[index].text.split()) >= TAIL_ANCHOR_WORDS or verdicts[index].reason in STRUCTURE_KEEPS
        )
    ]
    if not anchors:
        return len(verdicts)
    last = anchors[-1]
    run = next(run for run in kept_runs(verdicts, MAIN_RUN_GAP) if run[-1] >= last)
    rest = sum(len(blocks[index].text.split()) for index in run if index > last)
    kept_words = sum(len(blocks[index].text.split()) for index in kept)
    return _article_close(blocks, verdicts, run[-1] if rest > TAIL_RUN_SHARE * kept_words else last)


def _article_close(blocks: Sequence[Block], verdicts: Sequence[Verdict], last: int) -> int:
    """``last`` (a kept block) moved on to the last kept sentence (:data:`TAIL_SENTENCE_SCORE`) after
    it in its run of kept blocks, at most TAIL_SENTENCE_GAP dropped blocks with text between two of
    them (:func:`kept_runs`), then through the kept blocks right after that a structural rule kept as
    the article's close (:data:`CLOSE_KEEPS`), then on as its shape says
    (:func:`articlean.articleends.moved_end`: its rows, its sentence, the kept sentences right under
    it, its list's items)."""
    run = next(run for run in kept_runs(verdicts, TAIL_SENTENCE_GAP) if run[-1] >= last)
    sentences = [index for index in run if index > last and _closing_sentence(blocks[index], verdicts[index])]
    end = sentences[-1] if sentences else last
    for index in run:  # the structural keeps right after it (CLOSE_KEEPS) come along
        if index > end:
            if verdicts[index].reason not in CLOSE_KEEPS:
                break
            end = index
    return moved_end(blocks, verdicts, end)


def _closing_sentence(block: Block, verdict: Verdict) -> bool:
    """A kept sentence the article's end may move on to: ending a sentence
    (:func:`articlean.sparedlines.ends_sentence`), TAIL_SENTENCE_WORDS words or more scoring
    TAIL_SENTENCE_SCORE, or TAIL_PARAGRAPH_WORDS words or more whatever the score."""
    text = block.text.rstrip()
    words = len(text.split())
    return (
        words >= TAIL_PARAGRAPH_WORDS
        or (_confidence(verdict) >= TAIL_SENTENCE_SCORE and words >= TAIL_SENTENCE_WORDS)
    ) and ends_sentence(text)


def _unsure_lines(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` with the doubted lines that end no sentence dropped (``unsure-line``), but for the
    rows of a list the model mostly kept, the pieces of a sentence that goes on in the next kept line
    and the subheadings over a kept paragraph (:func:`articlean.sparedlines.spared_lines`)."""
    spared = spared_lines(blocks, verdicts)
    return [
        dropped(verdict, "unsure-line") if _unsure_line(block, verdict) and index not in spared else verdict
        for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True))
    ]


def _doubted_page(verdicts: Sequence[Verdict], run: tuple[int, int] | None) -> list[Verdict]:
    """The verdicts of a page the model placed its article on without conviction: the kept blocks of
    its main run (``run``, :func:`_main_run`) stay, every other kept block goes (``unsure-page``)."""
    first, last = run if run is not None else (len(verdicts), -1)
    return [
        dropped(verdict, "unsure-page") if verdict.label.is_body and not first <= index <= last else verdict
        for index, verdict in enumerate(verdicts)
    ]


def _main_run(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> tuple[int, int] | None:
    """The first and last kept block of the page's largest run of kept blocks (:func:`_runs`) when it
    holds MAIN_RUN_SHARE of the kept words and a kept block scoring SURE_SCORE: the article, the rest
    being scattered bits of the page."""
    runs = _runs(blocks, verdicts)
    if not runs:
        return None
    first, last, words, sure = max(runs, key=lambda run: run[2])
    kept_words = sum(run[2] for run in runs)
    return (first, last) if sure and words >= MAIN_RUN_SHARE * kept_words else None


def _largest_run(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> tuple[int, int] | None:
    """The first and last kept block of the page's largest run of kept blocks (:func:`_runs`), the
    first of the largest on a tie; None when nothing is kept."""
    runs = _runs(blocks, verdicts)
    if not runs:
        return None
    first, last, _, _ = max(runs, key=lambda run: run[2])
    return first, last


def _runs(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[tuple[int, int, int, bool]]:
    """The page's runs of kept blocks, at most MAIN_RUN_GAP dropped blocks with text between two of
    them: each run's first and last block, its words, and whether it holds a block scoring SURE_SCORE."""
    return [
        (
            run[0],
            run[-1],
            sum(len(blocks[index].text.split()) for index in run),
            any(_confidence(verdicts[index]) >= SURE_SCORE for index in run),
        )
        for run in kept_runs(verdicts, MAIN_RUN_GAP)
    ]


def kept_runs(verdicts: Sequence[Verdict], max_gap: int) -> list[list[int]]:
    """The indexes of the kept blocks, in runs: at most ``max_gap`` dropped blocks with text between two
    blocks of a run."""
    runs: list[list[int]] = []
    gap = 0
    for index, verdict in enumerate(verdicts):
        if not verdict.label.is_body:
            gap += verdict.reason != "no-text"
            continue
        if runs and gap <= max_gap:
            runs[-1].append(index)
        else:
            runs.append([index])
        gap = 0
    return runs


def _one_run(verdicts: Sequence[Verdict]) -> bool:
    """Whether the kept blocks are one run: at most RUN_MAX_GAP dropped blocks with text between any
    two of them (wordless lines do not count)."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
    return bool(kept) and all(
        sum(1 for index in range(before + 1, after) if verdicts[index].reason != "no-text") <= RUN_MAX_GAP
        for before, after in itertools.pairwise(kept)
    )


def _unsure_line(block: Block, verdict: Verdict) -> bool:
    """A kept block the model doubted that ends no sentence, is written as a headline
    (:func:`articlean.sparedlines.headline_case`), is no table row (its words mostly without digits)
    and was not kept by a structural rule (:data:`UNSURE_LINE_SPARED`)."""
    text = block.text.rstrip()
    words = text.split()
    return (
        verdict.label.is_body
        and verdict.reason not in UNSURE_LINE_SPARED
        and _confidence(verdict) < UNSURE_LINE_SCORE
        and len(words) >= UNSURE_LINE_WORDS
        and not text.endswith(TERMINAL)
        and sum(any(char.isdigit() for char in word) for word in words) < UNSURE_LINE_DIGIT_SHARE * len(words)
        and headline_case(text)
    )


def _mean_kept_score(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> float:
    """The kept blocks' mean confidence, each weighed by its words, but for those a structural rule kept
    (:data:`UNSURE_LINE_SPARED`); 1 when no other block is kept."""
    weighted = [
        (len(block.text.split()), _confidence(verdict))
        for block, verdict in zip(blocks, verdicts, strict=True)
        if verdict.label.is_body and verdict.reason not in UNSURE_LINE_SPARED
    ]
    words = sum(count for count, _ in weighted)
    return sum(count * score for count, score in weighted) / words if words else 1.0


def _confidence(verdict: Verdict) -> float:
    """How sure the article's edges may take a verdict to be: its score, or 1 for a block kept for the
    page's structure (:data:`STRUCTURE_KEEPS`)."""
    return 1.0 if verdict.reason in STRUCTURE_KEEPS else verdict.score

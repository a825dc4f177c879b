"""What ``--recall`` changes besides the classifier's lower cut: the article is contiguous.

Gaps between kept blocks (a number a crude dump split a sentence at, a short line) are kept, and so
are a few blocks on either side of the article that the model gave some chance, and any block of a few
words that scored just under the cut, unless a rule dropped them for what they are (ad labels,
template sentences, comment threads...: :data:`CONFIDENT_REASONS`). Captions stay in the body too
(:attr:`articlean.model.Options.caption_policy`), unless they stand apart from it
(:func:`drop_far_captions`) or are printed again (:func:`drop_repeated_captions`). Whatever balanced
mode keeps, recall keeps (:func:`keep_balanced`), and what a rule of balanced's dropped for what it is
(a comment thread, a sign-up box) recall drops; short lines only recall keeps, in runs of their own far
from that text (lists of headlines, menus), go, and so do runs further from it than it is long, long
runs of lines that end no sentence that only recall keeps at that text's edges, and lone paragraphs
after it that scored just under the cut. ``--precision`` is :mod:`articlean.modes`'s, which also
holds the reason sets and run walk both modes share. Every change carries its reason id (README:
"Reason ids").
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from articlean.model import Block, Label, Verdict
from articlean.modes import AFTER_ARTICLE_REASONS, kept_runs
from articlean.recalltrims import edge_lists, repeated_copies
from articlean.references import LIST_REASON
from articlean.verdictedits import dropped

# Recall: gaps of at most this many dropped blocks between two kept ones are filled in. On dev, with
# the rules below, 3 -> 5 -> 8: R 0.9697 -> 0.9704 -> 0.9711 at P 0.8816 -> 0.8814 -> 0.8812.
GAP_MAX_BLOCKS = 8
# Recall: up to this many blocks just before and after the kept text are kept while each scores at
# least EDGE_MIN_SCORE (headings, datelines and short intros the model was unsure of).
EDGE_MAX_BLOCKS = 3
EDGE_MIN_SCORE = 0.1
# Recall: of those before the kept text, a block of fewer than LEADING_EDGE_MIN_WORDS words is passed
# over (left dropped): there the page's tools and labels stand ("Log Out", "Close", "Image 1 of 5",
# "BREAKING NEWS"), while a headline, a standfirst or a dateline the model was unsure of has words.
# On dev: F1 0.9596 -> 0.9602, P 0.9429 -> 0.9443, R 0.9768 -> 0.9767 (85 dumps up, 14 down; the most
# rd-hukumusume.r2 -0.088, whose gold keeps the whole page's links, then -0.017). Simulated on the
# final verdicts: under 3 words, F1 0.0001 lower; under 5, the same as under 4.
LEADING_EDGE_MIN_WORDS = 4
# Recall: a doubtful drop of at least NEAR_MIN_WORDS words scoring at least NEAR_SCORE (just under the
# recall cut, 0.25) is kept wherever it stands (``near-cut``). On dev, at 0.2 and 5 words: R 0.9623 ->
# 0.9666, P 0.9155 -> 0.8977; then (captions kept) 0.19 and 4 words: R 0.9692 -> 0.9697, P 0.8865 ->
# 0.8816; 0.17 and 5 words reached R 0.9714 at F1 0.9185.
NEAR_SCORE = 0.19
NEAR_MIN_WORDS = 4
# Recall: a run of blocks only recall keeps (at most FAR_RUN_GAP dropped blocks with text between two
# of them) more than FAR_RUN_GAP such blocks away from every block balanced mode keeps goes
# (``far-from-article``) unless one of its blocks has FAR_RUN_PROSE_WORDS words: recall's lower cut
# keeps lists of other stories' headlines, menus and archives all over a page, while the article's own
# text that balanced missed there is a paragraph (a standfirst, an intro). On dev: F1 0.9402 ->
# 0.9450, P 0.9053 -> 0.9149, R 0.9779 -> 0.9772. Any run apart: F1 0.9508 but R 0.9739; a gap of 1:
# R 0.9762; 5: F1 0.9436; prose from 12 words: F1 0.9419, from 40: R 0.9755.
FAR_RUN_GAP = 2
FAR_RUN_PROSE_WORDS = 20
# Recall: nor does a far run go that holds FAR_RUN_FRAGMENTS blocks or more going on with a sentence
# (opening in a lower-case letter or a comma, a dash, a closing bracket): a paragraph printed a line per
# text node (a link, a formula, an italic word cut it), whose lines are each short but are prose
# together; headlines and menu items open with a capital. On dev (one case, rd-wikipedia-3.r2, whose
# intro went): F1 0.9514 -> 0.9515, R 0.9765 -> 0.9766.
FAR_RUN_FRAGMENTS = 3
# Recall: a run only recall keeps goes too, whatever its lines (``far-from-article``), when more blocks
# with text stand between it and what balanced keeps than balanced's text spans from its first block to
# its last, and FAR_RUN_MIN_DISTANCE at least: a page's cookie notice, its footer's prose, the summaries
# of other stories a screen away; the article's own text that balanced missed stands close to the rest
# of it, closer than the article is long (a standfirst, a reference list's items, a comment thread
# after a long post). On dev: F1 0.9520 -> 0.9564, P 0.9288 -> 0.9369, R 0.9764 -> 0.9767 (33 dumps
# up, none down). Simulated on the final verdicts: at three quarters of the span, R -0.0001
# (rd-wikipedia-4.r2 -0.022: its references); at 1.5 spans, F1 0.9554; a floor of 5 or 20 blocks: the
# same F1 or 0.0004 lower.
FAR_RUN_MIN_DISTANCE = 10
# Nor is that span more than FAR_RUN_KEPT_SPANS times the blocks balanced keeps: a span that
# holds a long gallery of other stories or a wall of links the article's text stands around (an
# ad-blocker appeal a hundred lines of links and menus under an article split by a gallery). Simulated
# on dev's final verdicts: F1 +0.0002, R the same (2 dumps up, none down); at 1, F1 +0.0002 but
# rd-wikipedia-4.r2 -0.015 (its references).
FAR_RUN_KEPT_SPANS = 2
# Recall keeps captions in the body (:attr:`articlean.model.Options.caption_policy`), but not one with
# FAR_CAPTION_DROPS dropped blocks with text or more between it and every block it keeps
# (``far-caption``): the credits and captions of other stories' pictures in the boxes around the
# article, or of a gallery's slides apart from it; the article's own pictures stand between its
# paragraphs or just over them (under the headline, a byline and a date between them are no drops).
# On dev: F1 0.9575 -> 0.9583, P 0.9391 -> 0.9403, R 0.9768 -> 0.9770 (34 dumps up; one lower,
# -0.005: its output read again for stability dropped other lines). Simulated on the final verdicts:
# from 2 drops, F1 +0.0010 but the lead picture's caption over a date and a "Follow" link lost
# (R -0.0001); counting every line with text between, from 2: F1 +0.0015, R -0.0002 (3 dumps down, a
# byline between).
FAR_CAPTION_DROPS = 3
# Before all that recall keeps, one such drop is enough (``far-caption``): above the article, the lead
# picture's caption stands right over its text (or over a byline and a date, which are no drops),
# while the captions and credits above a box, a menu or a headline printed apart are a gallery's, a
# video's or another story's picture's. On dev: F1 0.9584 -> 0.9590, P 0.9404 -> 0.9418, R the same
# (28 dumps up, one down, -0.015: a lead picture's caption over a date line and a "Follow" link).
# Simulated on the final verdicts, any caption before the kept text: F1 0.9607 but R 0.9764.
LEADING_CAPTION_DROPS = 1
# Recall: a block it keeps only as ``near-cut`` after the last block balanced keeps goes when the
# nearest block with text on each side of it is dropped (``lone-after-article``): past the article,
# a lone paragraph scoring just under the cut among drops is another story's summary, an ad-blocker
# or feedback appeal, a copyright notice; the article's own last words that balanced missed stand
# against the kept text (recall's edges and gaps keep them), or in a run of such. On dev: F1 0.9590 ->
# 0.9596, P 0.9418 -> 0.9430, R 0.9770 -> 0.9768 (31 dumps up, 5 down; sh-e1c7023ee214.md -0.022,
# its "More information:" reference line after a share box). Simulated on the final verdicts: with one
# of the two neighbours kept too, F1 +0.0004 more but R -0.0001 more (rd-wikipedia-4.r2 -0.03: its
# references, a text node a line); any near-cut block after the article: R 0.9764.
# Drops that a rule made for what the block is, not for where it stands: recall keeps them dropped.
# Above the headline printed again (aboveheadline.py) stands the page's header, a fact of the page's
# layout rather than a score: recall keeping it lost P on nine dev dumps (F1 0.9390 -> 0.9402 without).
# So do a page's footer found past its closing menus and a key-points box the article says again
# (pagefooters.py, summaryboxes.py): recall F1 0.9453 -> 0.9458, R the same. A sign-up box's pitch
# (signupboxes.py) is the box's whatever stands around it.
CONFIDENT_REASONS = (
    frozenset(
        {
            "no-text",
            "ad-label",
            "shortcode",
            "boilerplate-sentence",
            "interface-phrase",
            "menu",
            "link-line",
            "above-headline",
            "page-footer",
            "summary-box",
            "signup-box",
            LIST_REASON,
        }
    )
    | AFTER_ARTICLE_REASONS
)
# Drops of balanced mode's that recall's own verdicts may lack: a rule that recognised what follows an
# article (a comment thread and all after it, other stories' teasers, the author's box), a sign-up box
# or a link to another story in balanced's verdicts read the structure its cut left, which recall's
# lower cut can blur; what it found is no article text in either mode, and recall drops it too. On
# dev: F1 0.9564 -> 0.9575, P 0.9369 -> 0.9391, R 0.9767 -> 0.9768 (14 dumps up, none down; a
# page's other stories after its post, 0.64 -> 1.00 with the far runs above).
# Not menus (recall keeps as the article's list what balanced took for a menu among the dropped lines
# around it; 19 of 33 dumps lower) nor interface phrases (4 of 21 lower).
BALANCED_SURE_DROPS = AFTER_ARTICLE_REASONS | {"author-note", "signup-box", "link-line"}


def favour_recall(
    blocks: Sequence[Block], verdicts: list[Verdict], kept_labels: Sequence[Label]
) -> list[Verdict]:
    """Keep the doubtful drops in short gaps of the article and lone numbers anywhere inside it
    (``inside-article``), a few doubtful blocks on either side (``next-to-article``), and doubtful
    blocks of a few words scoring just under the cut anywhere (``near-cut``); a block kept here takes
    its label from ``kept_labels`` (BODY or HEADING, as the classifier would give it)."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
    if not kept:
        return verdicts
    inside = [
        index
        for before, after in itertools.pairwise(kept)
        if after - before - 1 <= GAP_MAX_BLOCKS
        for index in range(before + 1, after)
        if _doubtful(verdicts[index])
    ]
    # a crude dump splits sentences at numbers: a lone one is kept anywhere inside the article
    inside += [index for index in range(kept[0], kept[-1]) if verdicts[index].reason == "no-words"]
    result = list(verdicts)
    for index in inside:
        result[index] = Verdict(kept_labels[index], verdicts[index].score, "inside-article")
    for index in _edges(blocks, verdicts, kept[0], kept[-1]):
        result[index] = Verdict(kept_labels[index], verdicts[index].score, "next-to-article")
    for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        if (
            _doubtful(result[index])
            and verdict.score >= NEAR_SCORE
            and len(block.text.split()) >= NEAR_MIN_WORDS
        ):
            result[index] = Verdict(kept_labels[index], verdict.score, "near-cut")
    return result


def keep_balanced(
    blocks: Sequence[Block], balanced: Sequence[Verdict], recall: Sequence[Verdict]
) -> list[Verdict]:
    """Recall's verdicts, with every block that balanced mode keeps kept as balanced mode keeps it:
    recall keeps more than balanced, never something else. Its lower cut moves the context stages'
    best run of likely body, and a round classifies different text, so a block balanced keeps could
    drop in recall's own classification; nor does it keep what balanced drops for what it is
    (:data:`BALANCED_SURE_DROPS`). Runs of what only recall keeps far from what balanced keeps go
    (:func:`_far_runs`, :func:`_distant_runs`), and so do the lists at its edges and the copies of
    kept lines (:mod:`articlean.recalltrims`) and the lone near-cut blocks after it
    (:func:`_lone_after`)."""
    merged = list(map(_merged, balanced, recall))
    for index in _far_runs(blocks, balanced, merged):
        merged[index] = dropped(merged[index], "far-from-article")
    # both read what stays once the far runs went
    distant = _distant_runs(balanced, merged)
    for index in edge_lists(blocks, balanced, merged):
        merged[index] = dropped(merged[index], "edge-list")
    for index in distant:
        merged[index] = dropped(merged[index], "far-from-article")
    for index in _lone_after(balanced, merged):
        merged[index] = dropped(merged[index], "lone-after-article")
    for index in repeated_copies(blocks, balanced, merged):
        merged[index] = dropped(merged[index], "repeated")
    return merged


def drop_past_rechecked(
    blocks: Sequence[Block], balanced: Sequence[Verdict], recall: Sequence[Verdict]
) -> list[Verdict]:
    """``recall`` with the far runs (:func:`_far_runs`) and the edge lists
    (:func:`articlean.recalltrims.edge_lists`) dropped that it holds when read against ``balanced``:
    balanced mode's verdicts once its re-checks dropped part of what its first pass kept, which
    :func:`keep_balanced` read. Both are found in ``recall`` as it is."""
    result = list(recall)
    for index in _far_runs(blocks, balanced, recall):
        result[index] = dropped(recall[index], "far-from-article")
    for index in edge_lists(blocks, balanced, recall):
        if result[index].label.is_body:
            result[index] = dropped(recall[index], "edge-list")
    return result


def _merged(balanced: Verdict, recall: Verdict) -> Verdict:
    """Balanced's verdict where it keeps a block recall drops or drops one recall keeps for what it
    is (:data:`BALANCED_SURE_DROPS`), else recall's."""
    if balanced.label.is_body == recall.label.is_body:
        return recall
    return balanced if balanced.label.is_body or balanced.reason in BALANCED_SURE_DROPS else recall


def drop_far_captions(verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` with each caption dropped (``far-caption``) that has FAR_CAPTION_DROPS dropped
    blocks with text or more between it and every kept block on either side, or LEADING_CAPTION_DROPS
    between it and the first kept block when none stands before it; the caption stays in the
    metadata's captions, read before. With no kept block, no caption is far from one: a document whose
    only text is a caption keeps it (and its output, cleaned again, keeps it too)."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict.label.is_body]
    if not kept:
        return list(verdicts)
    # drops[index]: the dropped blocks with text before ``index``
    drops = [
        0,
        *itertools.accumulate(
            verdict.label is Label.BOILERPLATE and verdict.reason != "no-text" for verdict in verdicts
        ),
    ]
    result = list(verdicts)
    for index, verdict in enumerate(verdicts):
        if verdict.label is not Label.CAPTION:
            continue
        position = bisect.bisect_left(kept, index)
        after = drops[kept[position]] - drops[index + 1] if position < len(kept) else FAR_CAPTION_DROPS
        if not position:  # nothing kept before it
            if after >= LEADING_CAPTION_DROPS:
                result[index] = dropped(verdict, "far-caption")
            continue
        before = drops[index] - drops[kept[position - 1] + 1]
        if min(before, after) >= FAR_CAPTION_DROPS:
            result[index] = dropped(verdict, "far-caption")
    return result


def drop_repeated_captions(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` with each caption dropped (``repeated``) whose text a later block prints again
    (its spacing aside): the last copy stays, where the page printed the picture's caption again (its
    alt text and its caption, a gallery's slide and its list); it stays in the metadata's captions."""
    texts = [" ".join(block.text.split()) for block in blocks]
    last = {text: index for index, text in enumerate(texts)}
    return [
        dropped(verdict, "repeated") if verdict.label is Label.CAPTION and last[text] > index else verdict
        for index, (text, verdict) in enumerate(zip(texts, verdicts, strict=True))
    ]


def _goes_on(text: str) -> bool:
    """Whether a line goes on with a sentence begun on a line before: it opens in a lower-case letter
    or with a comma, a semicolon, a dash or a closing bracket."""
    opening = text.lstrip()[:1]
    return opening.islower() or (opening != "" and opening in ",;)-\u2013\u2014")


def _far_runs(blocks: Sequence[Block], balanced: Sequence[Verdict], merged: Sequence[Verdict]) -> list[int]:
    """The blocks of the runs of ``merged``'s kept blocks (at most FAR_RUN_GAP dropped blocks with
    text between two of them) that hold no block ``balanced`` keeps and no block of FAR_RUN_PROSE_WORDS
    words; none when balanced keeps nothing (recall's own guess is all there is)."""
    if not any(verdict.label.is_body for verdict in balanced):
        return []
    return [
        index
        for run in kept_runs(merged, FAR_RUN_GAP)
        if not any(balanced[index].label.is_body for index in run)
        and all(len(blocks[index].text.split()) < FAR_RUN_PROSE_WORDS for index in run)
        and sum(_goes_on(blocks[index].text) for index in run) < FAR_RUN_FRAGMENTS
        for index in run
    ]


def _distant_runs(balanced: Sequence[Verdict], merged: Sequence[Verdict]) -> list[int]:
    """The blocks of the runs of ``merged``'s kept blocks before the first block ``balanced`` keeps
    or after its last that stand further from it than balanced's first to last block span, in blocks
    with text (FAR_RUN_KEPT_SPANS times the blocks it keeps at most), and FAR_RUN_MIN_DISTANCE
    at least."""
    kept = [index for index, verdict in enumerate(balanced) if verdict.label.is_body]
    if not kept:
        return []
    first, last = kept[0], kept[-1]
    # texts[index]: the blocks with text before ``index``
    texts = [0, *itertools.accumulate(verdict.reason != "no-text" for verdict in merged)]
    reach = max(FAR_RUN_MIN_DISTANCE, min(texts[last + 1] - texts[first], FAR_RUN_KEPT_SPANS * len(kept)))
    return [
        index
        for run in kept_runs(merged, FAR_RUN_GAP)
        if (run[-1] < first and texts[first] - texts[run[-1] + 1] >= reach)
        or (run[0] > last and texts[run[0]] - texts[last + 1] >= reach)
        for index in run
    ]


def _lone_after(balanced: Sequence[Verdict], merged: Sequence[Verdict]) -> list[int]:
    """The blocks after the last block ``balanced`` keeps that ``merged`` keeps only as ``near-cut``
    whose nearest blocks with text on either side (if any) it drops."""
    kept = [index for index, verdict in enumerate(balanced) if verdict.label.is_body]
    if not kept:
        return []
    texts = [index for index, verdict in enumerate(merged) if verdict.reason != "no-text"]
    return [
        index
        for position, index in enumerate(texts)
        if index > kept[-1]
        and merged[index].reason == "near-cut"
        and not merged[texts[position - 1]].label.is_body
        and (position + 1 == len(texts) or not merged[texts[position + 1]].label.is_body)
    ]


def _edges(blocks: Sequence[Block], verdicts: Sequence[Verdict], first: int, last: int) -> list[int]:
    """Up to EDGE_MAX_BLOCKS doubtful blocks on each side of ``first`` .. ``last``, while each scores
    at least EDGE_MIN_SCORE; before ``first``, those of LEADING_EDGE_MIN_WORDS words or more."""
    found = []
    for start, step in ((first, -1), (last, 1)):
        index = start + step
        while (
            0 <= index < len(verdicts)
            and abs(index - start) <= EDGE_MAX_BLOCKS
            and _doubtful(verdicts[index])
            and verdicts[index].score >= EDGE_MIN_SCORE
        ):
            if step > 0 or len(blocks[index].text.split()) >= LEADING_EDGE_MIN_WORDS:
                found.append(index)
            index += step
    return found


def _doubtful(verdict: Verdict) -> bool:
    """A drop that recall may undo: the model's, not a rule's that recognised what the block is."""
    return verdict.label is Label.BOILERPLATE and verdict.reason not in CONFIDENT_REASONS

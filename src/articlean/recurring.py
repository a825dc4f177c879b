"""Runs of recurring markers after the article's first paragraph, which are not the article:
comment headers (a thread), slide counters (a gallery), cut-off or glued summaries and cards of a
headline over its indented summary (a teaser list), found for :mod:`articlean.settle`. When the kept
text begins inside a thread, the short post just before it is the article; once the classifier's
rounds are done, nothing after the start of a thread or a comment form under the article is
(:func:`drop_after_thread`)."""

from __future__ import annotations

from collections.abc import Sequence

from articlean.blockmarks import TEMPLATE_MAX_WORDS, Marks, block_marks, glued_after_word
from articlean.doccache import per_document
from articlean.features import STATEMENT_END, TERMINAL
from articlean.model import Block, Label, Verdict
from articlean.phrases import has_closing_sentence, normalise
from articlean.segment import spaced_words
from articlean.verdictedits import SENTENCE_REVIVABLE, drop

# Recurring markers (_drop_recurring): comment headers and slide counters (blockmarks.MARKER_MAX_WORDS),
# at least MARKER_MIN_RUN of them, each within MARKER_MAX_GAP blocks of the last, make a comment thread
# or a gallery, which only counts after a kept block of at least ARTICLE_MIN_WORDS words (the article).
MARKER_MIN_RUN = 3
MARKER_MAX_GAP = 8
ARTICLE_MIN_WORDS = 12
# Once MARKER_MIN_RUN headers make a thread, the next one may be this far from the last: a long
# comment (a reader's essay split into paragraphs, with its rating and name lines) stretches the gap.
THREAD_MAX_GAP = 2 * MARKER_MAX_GAP
# Two threads (runs of MARKER_MIN_RUN headers each) at most this far apart are one: what stands between
# them is a comment too long for THREAD_MAX_GAP (a dump that prints every link of it on its own line).
THREADS_MAX_GAP = 4 * MARKER_MAX_GAP
# Blocks of at most this many words (a pager link, a separator, a name split from its header) do not
# count in how far a post stands before its comment thread.
FRAGMENT_MAX_WORDS = 2
# Teaser summaries (drop_teasers, blockmarks.cut_off): each within this many blocks of the last (a
# headline may stand between two summaries).
TEASER_MAX_GAP = 2
# ... or cards: list items of at most CARD_HEADLINE_MAX_WORDS words, each over a summary of
# CARD_SUMMARY_MIN_WORDS to CARD_SUMMARY_MAX_WORDS words nested in it, each within CARD_MAX_GAP blocks
# of the last (an image or a date line may stand between two cards).
CARD_HEADLINE_MAX_WORDS = 14
CARD_SUMMARY_MIN_WORDS = 8
CARD_SUMMARY_MAX_WORDS = 60
CARD_MAX_GAP = 3


def drop_comment_threads(blocks: Sequence[Block], marks: Sequence[Marks], verdicts: list[Verdict]) -> None:
    """Readers' comments: a run of comment headers (time stamps, "said:", reply buttons) that recur
    every few blocks after the article has begun. The model drops the headers but often keeps the
    comments between them, which read like prose."""
    stamps = [index for index, mark in enumerate(marks) if mark.stamp]
    _keep_post_before_thread(blocks, verdicts, stamps)
    _drop_recurring(blocks, verdicts, stamps, "comments")


def drop_after_thread(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[Verdict]:
    """Everything kept after the start of a comment thread or a comment form that follows the article
    goes too: the article does not resume under its readers' comments or the form to write one, and
    what the model keeps there is a box of other stories' headlines over their summaries. Applied
    once the classifier's rounds are done: the comments it drops would change what the next round
    reads of the whole document."""
    verdicts = list(verdicts)
    opening = article_start(blocks, verdicts)
    if opening is None:
        return verdicts
    stamps = [index for index, block in enumerate(blocks) if block_marks(block.text).stamp]
    threads = [run for run in _marker_runs(stamps, MARKER_MAX_GAP, headers=True) if run[0] > opening]
    ends = [run[0] for run in threads[:1]]
    form = _comment_form(blocks, verdicts, _first_kept(verdicts))
    if form is not None:
        ends.append(form)
    if ends:
        for index in range(min(ends), len(blocks)):
            if verdicts[index].label.is_body:
                drop(verdicts, index, "after-comments")
    return verdicts


def _first_kept(verdicts: Sequence[Verdict]) -> int:
    """The first kept block (there is one: the article's start is one)."""
    return next(index for index, verdict in enumerate(verdicts) if verdict.label.is_body)


def _comment_form(blocks: Sequence[Block], verdicts: Sequence[Verdict], opening: int) -> int | None:
    """The first block after the first kept one whose opening words hold a sentence of what pages
    print under an article: a comment form ("Your email address will not be published"), a consent
    notice, a newsletter box or a share prompt (data/comment-forms.txt, data/boilerplate-sentences.txt;
    not a player's, which stands inside articles too), when the text kept before it holds more words
    than the text kept after it (a form under the article, not a comment link by its byline).
    It is looked for from the first kept block, not from the first of running text: an article of
    short lines (a schedule, a list of results) has its first long paragraph only in the box of
    other stories under the form, and the guard on the words kept before and after the form keeps
    a notice near the page's top from ending anything.
    Only the block's first TEMPLATE_MAX_WORDS words are read: a dump that runs a page's nodes together
    prints the notice and the rest of its box as one long block, and a paragraph that quotes such a
    sentence does not open with it."""
    for index in range(opening + 1, len(blocks)):
        if _opens_with_closing(blocks[index].text):
            kept = [_kept_words(blocks[i], verdicts[i]) for i in range(len(blocks))]
            return index if sum(kept[opening:index]) > sum(kept[index + 1 :]) else None
    return None


@per_document
def _opens_with_closing(text: str) -> bool:
    """Whether a block's first TEMPLATE_MAX_WORDS words hold a closing sentence (remembered: every
    settle pass and re-check reads the same blocks again)."""
    opening_words = normalise(text).split(" ", TEMPLATE_MAX_WORDS)[:TEMPLATE_MAX_WORDS]
    return has_closing_sentence(" ".join(opening_words))


def _kept_words(block: Block, verdict: Verdict) -> int:
    return spaced_words(block.text) if verdict.label.is_body else 0


def _keep_post_before_thread(blocks: Sequence[Block], verdicts: list[Verdict], stamps: Sequence[int]) -> None:
    """A short post over a long comment thread: the model takes the thread, the longer run of
    prose, for the article. When the kept text begins inside a thread, the post is the prose that
    stands just before the thread's first header (:func:`_post_before`), past its "Posted in",
    "Comments" and pager lines: it is kept, and the thread then goes as comments."""
    opening = article_start(blocks, verdicts)
    if opening is None:
        return
    for run in _marker_runs(stamps, MARKER_MAX_GAP, headers=True):
        if run[0] > opening:
            return
        if opening <= run[-1] + _period(run):
            for index in _post_before(blocks, run[0]):
                if verdicts[index].reason in SENTENCE_REVIVABLE:
                    verdicts[index] = Verdict(Label.BODY, verdicts[index].score, "post-before-comments")
            return


def _post_before(blocks: Sequence[Block], end: int) -> list[int]:
    """The paragraphs of running text nearest before ``end`` within MARKER_MAX_GAP blocks
    (:func:`_blocks_before`): from the last one back to a block that does not end a sentence (the
    byline or date line over the post)."""
    post: list[int] = []
    for index in reversed(_blocks_before(blocks, end)):
        text = blocks[index].text.rstrip()
        sentence = text.endswith(TERMINAL)
        if sentence and not blocks[index].heading_level and len(text.split()) >= ARTICLE_MIN_WORDS:
            post.append(index)
        elif post and not sentence:
            break
    return post


def _blocks_before(blocks: Sequence[Block], end: int) -> range:
    """The blocks before ``end`` that hold up to MARKER_MAX_GAP blocks of more than one or two words:
    pager links, separators and a header split at its links ("Jane" / "on") do not count."""
    start = end
    counted = 0
    while start > 0 and counted < MARKER_MAX_GAP:
        start -= 1
        counted += len(blocks[start].text.split()) > FRAGMENT_MAX_WORDS
    return range(start, end)


def drop_galleries(blocks: Sequence[Block], marks: Sequence[Marks], verdicts: list[Verdict]) -> None:
    """Slide shows: blocks that open with a slide counter ("1/50 ...", "Image 2 of 5") of one total,
    recurring every few blocks; the captions between them are the gallery's, not the article's."""
    counters: dict[str, list[int]] = {}
    for index, mark in enumerate(marks):
        if mark.slides is not None:
            counters.setdefault(mark.slides, []).append(index)
    for slides in counters.values():
        _drop_recurring(blocks, verdicts, slides, "gallery")


def drop_teasers(blocks: Sequence[Block], marks: Sequence[Marks], verdicts: list[Verdict]) -> None:
    """Teaser lists: summaries of other stories, several in a row after the article, cut off with an
    ellipsis ("... under the new rules…") or run into their headlines (:func:`glued`)."""
    teasers = [
        index
        for index, (block, mark) in enumerate(zip(blocks, marks, strict=True))
        if mark.cut_off or (not block.heading_level and mark.glued)
    ]
    opening = article_start(blocks, verdicts)
    # A list of teasers over the article: its first summary, cut off with an ellipsis, passed for
    # the article's first paragraph (an article's opening is not cut off; a glued one may be a name
    # such as "MacBook", so a glued one counts only when the next block is glued too: a list of them).
    leading = opening is not None and (
        marks[opening].cut_off
        or (opening + 1 < len(marks) and marks[opening].glued and marks[opening + 1].glued)
    )
    _drop_recurring(blocks, verdicts, teasers, "teasers", gap=TEASER_MAX_GAP, headers=False, leading=leading)
    for index in _glued_pairs(blocks, marks, verdicts):
        drop(verdicts, index, "teasers")


def _glued_pairs(blocks: Sequence[Block], marks: Sequence[Marks], verdicts: Sequence[Verdict]) -> list[int]:
    """Two glued summaries in a row kept as an island (a menu's box of two stories, the rest of the
    menu dropped around it): too few for a run, but the article's paragraphs are not set apart two
    by two. Each headline runs whole into its summary (:func:`glued_after_word`: not "McKinley"),
    and the two differ (not a caption printed twice). Only when kept running text, not glued,
    stands elsewhere: the article."""
    article = any(
        verdict.label.is_body
        and not mark.glued
        and len(block.text.split(None, ARTICLE_MIN_WORDS)) >= ARTICLE_MIN_WORDS
        for block, mark, verdict in zip(blocks, marks, verdicts, strict=True)
    )
    found: list[int] = []
    for first in range(1, len(blocks) - 2) if article else ():
        pair = (first, first + 1)
        island = not verdicts[first - 1].label.is_body and not verdicts[first + 2].label.is_body
        if (
            island
            and blocks[first].text != blocks[first + 1].text
            and all(_glued_teaser(blocks[index], marks[index], verdicts[index]) for index in pair)
        ):
            found.extend(pair)
    return found


def _glued_teaser(block: Block, mark: Marks, verdict: Verdict) -> bool:
    return verdict.label.is_body and mark.glued and glued_after_word(block.text)


def drop_cards(blocks: Sequence[Block], verdicts: list[Verdict]) -> None:
    """Cards of other stories: list items that are each a headline with its summary indented under
    it (:func:`_card`), several in a row after the article. An article's own list items carry their
    text on the bullet's line."""
    cards = [index for index in range(len(blocks) - 1) if _card(blocks[index], blocks[index + 1])]
    _drop_recurring(blocks, verdicts, cards, "teasers", gap=CARD_MAX_GAP)


def _card(headline: Block, summary: Block) -> bool:
    """Whether a list item is a headline over a summary paragraph nested in it (indented deeper)."""
    return (
        headline.list_item
        and len(headline.text.split()) <= CARD_HEADLINE_MAX_WORDS
        and not headline.text.rstrip().endswith(STATEMENT_END)
        and not summary.list_item
        and not summary.heading_level
        and summary.indent > headline.indent
        and CARD_SUMMARY_MIN_WORDS <= len(summary.text.split()) <= CARD_SUMMARY_MAX_WORDS
    )


def _drop_recurring(
    blocks: Sequence[Block],
    verdicts: list[Verdict],
    markers: Sequence[int],
    reason: str,
    *,
    gap: int = MARKER_MAX_GAP,
    headers: bool = True,
    leading: bool = False,
) -> None:
    """Drop each run of recurring markers after the first kept article text, from its first marker
    to its last; when the markers are ``headers`` of items, also one period after the last (where
    the last item's text stands), and only runs that start after that text (a thread that opens the
    page is the page). Once a run of headers holds MARKER_MIN_RUN of them, the next may stand up to
    THREAD_MAX_GAP blocks on (a long comment). Markers that are items themselves (teaser summaries)
    count from the first item after it, or from the first kept text itself when it is ``leading``."""
    opening = article_start(blocks, verdicts)
    if opening is None:
        return
    if not headers:
        markers = [index for index in markers if index > opening or (leading and index == opening)]
    for run in _marker_runs(markers, gap, headers=headers):
        if run[0] > opening or leading:
            period = _period(run) if headers else 0
            for index in range(run[0], min(len(blocks), run[-1] + period + 1)):
                if verdicts[index].label.is_body:
                    drop(verdicts, index, reason)


def _marker_runs(markers: Sequence[int], gap: int, *, headers: bool) -> list[Sequence[int]]:
    """The runs of at least MARKER_MIN_RUN markers, each within ``gap`` blocks of the last (once a run
    of ``headers`` holds MARKER_MIN_RUN of them, within THREAD_MAX_GAP); runs of ``headers`` up to
    THREADS_MAX_GAP apart are one."""
    runs: list[Sequence[int]] = []
    start = 0
    while start < len(markers):
        end = start
        while end + 1 < len(markers) and markers[end + 1] - markers[end] <= (
            THREAD_MAX_GAP if headers and end - start + 1 >= MARKER_MIN_RUN else gap
        ):
            end += 1
        run = markers[start : end + 1]
        if len(run) >= MARKER_MIN_RUN and headers and runs and run[0] - runs[-1][-1] <= THREADS_MAX_GAP:
            runs[-1] = [*runs[-1], *run]
        elif len(run) >= MARKER_MIN_RUN:
            runs.append(run)
        start = end + 1
    return runs


def _period(run: Sequence[int]) -> int:
    """The mean distance between a run's headers: how far the last item's text reaches."""
    return max(1, round((run[-1] - run[0]) / (len(run) - 1)))


def article_start(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> int | None:
    """The first kept block of running text: threads and lists of other stories come after it."""
    return next(
        (
            index
            for index, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True))
            if verdict.label.is_body and len(block.text.split(None, ARTICLE_MIN_WORDS)) >= ARTICLE_MIN_WORDS
        ),
        None,
    )

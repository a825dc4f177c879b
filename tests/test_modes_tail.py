"""--precision on pages the model was unsure of: when a rule for what follows the article, or the
page's structure, says the page has one, and when the kept text is one unbroken run."""

from __future__ import annotations

import pytest

from articlean.model import Block, Label, Verdict
from articlean.modes import (
    AFTER_ARTICLE_REASONS,
    MAIN_RUN_GAP,
    RUN_MAX_GAP,
    STRUCTURE_KEEPS,
    SURE_SCORE,
    UNSURE_LINE_SCORE,
    UNSURE_MEAN_SCORE,
    favour_precision,
)

LONG = "a sentence long enough to be a paragraph of the article itself"
# Not sure, yet sure enough on average not to empty the page by itself.
UNSURE = Verdict(Label.BODY, (SURE_SCORE + UNSURE_MEAN_SCORE) / 2, "in-article")
# Dropped blocks with text enough to part two kept ones: kept text on both sides is scattered.
APART = [Verdict(Label.BOILERPLATE, 0.1, "outside-article")] * (RUN_MAX_GAP + 1)


def blocks_of(count: int) -> list[Block]:
    return [Block(index, index, index, LONG, index) for index in range(count)]


def precision(verdicts: list[Verdict]) -> list[str]:
    """The reasons favour_precision gives blocks of LONG with ``verdicts``."""
    return [verdict.reason for verdict in favour_precision(blocks_of(len(verdicts)), verdicts)]


@pytest.mark.parametrize("reason", sorted(AFTER_ARTICLE_REASONS))
def test_a_sure_block_after_the_article_means_the_page_has_one(reason: str) -> None:
    verdicts = [UNSURE, *APART, UNSURE, Verdict(Label.BOILERPLATE, 0.95, reason)]
    result = favour_precision(blocks_of(len(verdicts)), verdicts)
    assert [verdict.label.is_body for verdict in result] == [True, *[False] * len(APART), True, False]
    assert "unsure-page" not in [verdict.reason for verdict in result]


# Dropped blocks with text enough to part two runs of kept text (the largest stays on a doubted page).
FAR = [Verdict(Label.BOILERPLATE, 0.1, "outside-article")] * (MAIN_RUN_GAP + 1)


@pytest.mark.parametrize("reason", ["menu", "outside-article", "ad-label"])
def test_other_sure_drops_do_not(reason: str) -> None:
    result = precision([UNSURE, *FAR, UNSURE, UNSURE, Verdict(Label.BOILERPLATE, 0.95, reason)])
    assert result == ["unsure-page", *["outside-article"] * len(FAR), "in-article", "in-article", reason]


# A post over a comment thread, as settle.py leaves a page whose thread the model took for the article:
# the model scored the post low and dropped the thread's comments without being sure of them.
POST = Verdict(Label.BODY, 0.16, "post-before-comments")
COMMENT = Verdict(Label.BOILERPLATE, (SURE_SCORE + UNSURE_MEAN_SCORE) / 2, "comments")
LUKEWARM = Verdict(Label.BODY, POST.score, "in-article")


@pytest.mark.parametrize("reason", sorted(STRUCTURE_KEEPS))
def test_a_post_the_page_s_structure_found_is_sure(reason: str) -> None:
    """Neither the model's low score for the post nor the comments' doubt empties the page, though
    the page kept more, apart from it."""
    post = Verdict(Label.BODY, POST.score, reason)
    result = precision([post, *APART, UNSURE, COMMENT, COMMENT])
    assert result == [reason, *["outside-article"] * len(APART), "in-article", "comments", "comments"]


def test_a_post_the_model_alone_kept_that_low_still_leaves_a_scattered_page_doubted() -> None:
    result = precision([LUKEWARM, *FAR, UNSURE, UNSURE, COMMENT, COMMENT])
    assert result == [
        "unsure-page", *["outside-article"] * len(FAR), "in-article", "in-article", "comments", "comments"
    ]  # fmt: skip


def test_the_structure_s_post_does_not_make_the_model_s_doubts_sure() -> None:
    """The post weighs as sure, but text the model doubted that outweighs it still leaves the page
    doubted: its largest run stays (the first of two as large), not the whole kept text."""
    doubted = Verdict(Label.BODY, UNSURE_LINE_SCORE, "in-article")  # doubted, but not an unsure line
    sure = Verdict(Label.BODY, SURE_SCORE, "in-article")
    assert (1.0 + 2 * doubted.score + sure.score) / 4 < UNSURE_MEAN_SCORE
    far = [Verdict(Label.BOILERPLATE, 0.1, "outside-article")] * (MAIN_RUN_GAP + 1)  # no main run
    result = precision([POST, doubted, *far, doubted, sure])
    assert [reason for reason in result if reason != "outside-article"] == [
        "post-before-comments", "in-article", "unsure-page", "unsure-page"
    ]  # fmt: skip


# One run: the kept text of a page the model was unsure of, with no more than RUN_MAX_GAP dropped
# blocks with text between two kept ones; wordless lines between them do not count.
WORDLESS = Verdict(Label.BOILERPLATE, 0.0, "no-text")
# Under both page-level bars, but not an unsure line (the tests' blocks end no sentence).
NEVER_SURE = Verdict(Label.BODY, UNSURE_LINE_SCORE, "in-article")
NEAR = [Verdict(Label.BOILERPLATE, 0.1, "outside-article")] * RUN_MAX_GAP


@pytest.mark.parametrize(
    "middle", [[], NEAR, [WORDLESS] * (RUN_MAX_GAP + 3)], ids=["adjacent", "near", "wordless"]
)
def test_an_unsure_page_whose_kept_text_is_one_run_keeps_it(middle: list[Verdict]) -> None:
    result = precision([NEVER_SURE, NEVER_SURE, *middle, NEVER_SURE])
    assert "unsure-page" not in result
    assert result.count("in-article") == 3


def test_an_unsure_page_whose_kept_text_is_apart_keeps_its_largest_run() -> None:
    result = precision([NEVER_SURE, NEVER_SURE, *FAR, NEVER_SURE])
    assert result == ["in-article", "in-article", *["outside-article"] * len(FAR), "unsure-page"]


def test_one_run_still_ends_at_its_last_sure_block() -> None:
    """The run lifts the page-level doubts only: the tail after the last sure block still goes."""
    sure = Verdict(Label.BODY, SURE_SCORE, "in-article")
    result = precision([NEVER_SURE, sure, sure, sure, NEVER_SURE])
    assert result == [*["in-article"] * 4, "after-article"]

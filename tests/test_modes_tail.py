"""--precision on pages whose only sure blocks a rule for what follows the article dropped."""

from __future__ import annotations

import pytest

from articlean.model import Block, Label, Verdict
from articlean.modes import (
    AFTER_ARTICLE_REASONS,
    STRUCTURE_KEEPS,
    SURE_SCORE,
    UNSURE_LINE_SCORE,
    UNSURE_MEAN_SCORE,
    favour_precision,
)

LONG = "a sentence long enough to be a paragraph of the article itself"
# Not sure, yet sure enough on average not to empty the page by itself.
UNSURE = Verdict(Label.BODY, (SURE_SCORE + UNSURE_MEAN_SCORE) / 2, "in-article")


def blocks_of(count: int) -> list[Block]:
    return [Block(index, index, index, LONG, index) for index in range(count)]


@pytest.mark.parametrize("reason", sorted(AFTER_ARTICLE_REASONS))
def test_a_sure_block_after_the_article_means_the_page_has_one(reason: str) -> None:
    verdicts = [UNSURE, UNSURE, Verdict(Label.BOILERPLATE, 0.95, reason)]
    result = favour_precision(blocks_of(3), verdicts)
    assert [verdict.label.is_body for verdict in result] == [True, True, False]
    assert "unsure-page" not in [verdict.reason for verdict in result]


@pytest.mark.parametrize("reason", ["menu", "outside-article", "ad-label"])
def test_other_sure_drops_do_not(reason: str) -> None:
    verdicts = [UNSURE, UNSURE, Verdict(Label.BOILERPLATE, 0.95, reason)]
    result = favour_precision(blocks_of(3), verdicts)
    assert [verdict.reason for verdict in result] == ["unsure-page", "unsure-page", reason]


# A post over a comment thread, as settle.py leaves a page whose thread the model took for the article:
# the model scored the post low and dropped the thread's comments without being sure of them.
POST = Verdict(Label.BODY, 0.16, "post-before-comments")
COMMENT = Verdict(Label.BOILERPLATE, (SURE_SCORE + UNSURE_MEAN_SCORE) / 2, "comments")


@pytest.mark.parametrize("reason", sorted(STRUCTURE_KEEPS))
def test_a_post_the_page_s_structure_found_is_sure(reason: str) -> None:
    """Neither the model's low score for the post nor the comments' doubt empties the page."""
    post = Verdict(Label.BODY, POST.score, reason)
    result = favour_precision(blocks_of(4), [post, COMMENT, COMMENT, COMMENT])
    assert [verdict.reason for verdict in result] == [reason, "comments", "comments", "comments"]


def test_a_post_the_model_alone_kept_that_low_still_empties_the_page() -> None:
    lukewarm = Verdict(Label.BODY, POST.score, "in-article")
    result = favour_precision(blocks_of(4), [lukewarm, COMMENT, COMMENT, COMMENT])
    assert [verdict.reason for verdict in result] == ["unsure-page", "comments", "comments", "comments"]


def test_the_structure_s_post_does_not_make_the_model_s_doubts_sure() -> None:
    """The post weighs as sure, but text the model doubted that outweighs it still empties the page."""
    doubted = Verdict(Label.BODY, UNSURE_LINE_SCORE, "in-article")  # doubted, but not an unsure line
    sure = Verdict(Label.BODY, SURE_SCORE, "in-article")
    assert (1.0 + 2 * doubted.score + sure.score) / 4 < UNSURE_MEAN_SCORE
    result = favour_precision(blocks_of(4), [POST, doubted, doubted, sure])
    assert [verdict.reason for verdict in result] == ["unsure-page"] * 4

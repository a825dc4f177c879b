"""--precision on pages whose only sure blocks a rule for what follows the article dropped."""

from __future__ import annotations

import pytest

from articlean.model import Block, Label, Verdict
from articlean.modes import AFTER_ARTICLE_REASONS, SURE_SCORE, UNSURE_MEAN_SCORE, favour_precision

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

"""--precision and --recall: the edges of the article, beyond the classifier's cut."""

from __future__ import annotations

import pytest

from articlean import Mode, Options, clean
from articlean.model import Block, Label, Verdict
from articlean.modes import (
    EDGE_MAX_BLOCKS,
    GAP_MAX_BLOCKS,
    SURE_SCORE,
    TAIL_ANCHOR_SCORE,
    favour_precision,
    favour_recall,
)
from test_classify import article  # the hand-written prose of the classifier tests

LONG = "a sentence long enough to be a paragraph of the article itself"
KEPT = Verdict(Label.BODY, 0.99, "in-article")
DOUBT = Verdict(Label.BODY, 0.5, "in-article")


def blocks_of(*texts: str) -> list[Block]:
    return [Block(index, index, index, text, index) for index, text in enumerate(texts)]


def dropped(reason: str, score: float = 0.3) -> Verdict:
    return Verdict(Label.BOILERPLATE, score, reason)


def reasons(verdicts: list[Verdict]) -> list[str]:
    return [verdict.reason for verdict in verdicts]


def test_precision_drops_what_follows_the_last_sure_block() -> None:
    blocks = blocks_of("Short head", LONG, LONG, "Follow us", LONG)
    verdicts = [DOUBT, KEPT, KEPT, DOUBT, DOUBT]
    result = favour_precision(blocks, verdicts)
    assert reasons(result) == ["in-article", "in-article", "in-article", "after-article", "after-article"]
    assert [verdict.label.is_body for verdict in result] == [True, True, True, False, False]


def test_precision_anchor_needs_words_and_score() -> None:
    blocks = blocks_of(LONG, "Two words", LONG)
    sure_but_short = Verdict(Label.BODY, 0.99, "in-article")
    below_anchor = Verdict(Label.BODY, TAIL_ANCHOR_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [KEPT, sure_but_short, below_anchor])
    assert reasons(result) == ["in-article", "after-article", "after-article"]


def test_precision_gives_no_body_when_no_block_is_sure() -> None:
    blocks = blocks_of(LONG, LONG, "Menu")
    unsure = Verdict(Label.BODY, SURE_SCORE - 0.01, "in-article")
    result = favour_precision(blocks, [unsure, unsure, dropped("menu")])
    assert reasons(result) == ["unsure-page", "unsure-page", "menu"]
    assert not any(verdict.label.is_body for verdict in result)


def test_recall_fills_short_gaps_but_not_what_a_rule_recognised() -> None:
    far = [dropped("outside-article")] * 4
    verdicts = [KEPT, dropped("low-score"), dropped("ad-label"), KEPT, *far, KEPT]
    labels = [Label.BODY] * len(verdicts)
    result = favour_recall(verdicts, labels)
    assert reasons(result)[:4] == ["in-article", "inside-article", "ad-label", "in-article"]
    # a gap longer than GAP_MAX_BLOCKS is another part of the page
    assert GAP_MAX_BLOCKS < 4
    assert reasons(result)[4:8] == ["outside-article"] * 4


@pytest.mark.parametrize("reason", ["menu", "link-line", "tag-list"])
def test_recall_keeps_a_rule_drop_dropped_between_kept_blocks(reason: str) -> None:
    verdicts = [KEPT, dropped(reason), KEPT]
    result = favour_recall(verdicts, [Label.BODY] * len(verdicts))
    assert reasons(result) == ["in-article", reason, "in-article"]
    assert not result[1].label.is_body


def test_recall_keeps_lone_numbers_anywhere_inside_the_article() -> None:
    verdicts = [KEPT, *[dropped("low-score")] * 4, dropped("no-words", 0.7), KEPT]
    result = favour_recall(verdicts, [Label.BODY] * len(verdicts))
    assert reasons(result)[5] == "inside-article"
    assert reasons(result)[1:5] == ["low-score"] * 4


def test_recall_widens_the_edges_while_the_model_gave_some_chance() -> None:
    edge = EDGE_MAX_BLOCKS + 1
    before = [dropped("outside-article", 0.2)] * edge
    verdicts = [*before, KEPT, dropped("outside-article", 0.2), dropped("x", 0.01)]
    labels = [Label.HEADING] * len(verdicts)
    result = favour_recall(verdicts, labels)
    assert reasons(result)[0] == "outside-article"
    assert reasons(result)[1:edge] == ["next-to-article"] * EDGE_MAX_BLOCKS
    assert result[1].label is Label.HEADING
    assert reasons(result)[edge + 1 :] == ["next-to-article", "x"]


def test_recall_with_nothing_kept_keeps_nothing() -> None:
    verdicts = [dropped("outside-article")] * 3
    assert favour_recall(verdicts, [Label.BODY] * 3) == verdicts


# A page of our own: a short author note after the article, a lone year inside it.
TAIL = "Mary Jones writes about the city."
YEAR = "2019"
PAGE = "\n".join([*article((2, YEAR)), TAIL, ""])


def body(mode: Mode) -> str:
    return clean(PAGE, Options(mode=mode)).text


@pytest.mark.parametrize("mode", [Mode.BALANCED, Mode.RECALL])
def test_tail_line_kept_unless_precision(mode: Mode) -> None:
    assert TAIL in body(mode)


def test_precision_trims_the_tail_line_with_its_reason() -> None:
    result = clean(PAGE, Options(mode=Mode.PRECISION))
    assert TAIL not in result.text
    assert [entry.reason for entry in result.ledger if entry.text == TAIL] == ["after-article"]
    assert result.text.startswith(article()[0]) and article()[-2] in result.text


def test_recall_keeps_the_lone_year_inside_the_article() -> None:
    assert f"\n\n{YEAR}\n\n" in body(Mode.RECALL)
    for mode in (Mode.BALANCED, Mode.PRECISION):
        assert f"\n\n{YEAR}\n\n" not in body(mode)


def test_modes_keep_input_order_and_text() -> None:
    for mode in Mode:
        text = body(mode)
        positions = [PAGE.index(paragraph) for paragraph in text.split("\n\n")]
        assert positions == sorted(positions)

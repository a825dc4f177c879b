"""The pipeline around its stages: the stability re-check's rounds (one classify pass over the output
each, bounded on long documents, undone when together they would drop most of the kept text) and the
garbage collector paused while a document is cleaned."""

from __future__ import annotations

import gc
from collections.abc import Sequence

import pytest

from articlean import classify, pipeline
from articlean.model import Block, Label, Options, Result, Verdict
from conftest import PROSE


def rounds_run(monkeypatch: pytest.MonkeyPatch, paragraphs: int) -> tuple[int, int]:
    """Re-check rounds run on a dump of ``paragraphs`` prose paragraphs when every round drops one more
    block of the output (the cascade a long output shows), and the blocks the dump has."""
    calls = []

    def dropping_one(result: Result, options: Options, known: object = ()) -> dict[int, Verdict]:
        calls.append(len(result.kept_blocks()))
        last = result.kept_blocks()[-1]
        return {last.index: Verdict(Label.BOILERPLATE, 0.0, "recheck-test")}

    monkeypatch.setattr(pipeline, "_unstable", dropping_one)
    result = pipeline.clean("\n\n".join([PROSE] * paragraphs))
    kept = sum(1 for verdict in result.verdicts if verdict.label.is_body)
    assert calls and kept == calls[0] - len(calls)  # each round's drop was applied
    return len(calls), len(result.blocks)


def test_a_short_document_gets_every_round(monkeypatch: pytest.MonkeyPatch) -> None:
    rounds, _ = rounds_run(monkeypatch, 40)
    assert rounds == pipeline.MAX_STABILITY_CHECKS


def test_a_long_document_re_checks_within_its_share(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = 2 * pipeline.RECHECK_MIN_BLOCKS
    rounds, blocks = rounds_run(monkeypatch, paragraphs)
    assert blocks == paragraphs
    # All the prose is kept: the first round alone takes the bound, and no later one runs.
    assert rounds == 1


def test_a_re_check_round_classifies_the_output_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a round drops, it reads the output once: the next round reads what is left."""
    passes: list[int] = []
    classify_once = classify._classify_once

    def dropping_the_last(
        blocks: Sequence[Block], options: Options, scored: classify.Scored | None = None
    ) -> list[Verdict]:
        verdicts = classify_once(blocks, options, scored)
        passes.append(len(blocks))
        return [*verdicts[:-1], Verdict(Label.BOILERPLATE, 0.0, "test")] if verdicts else verdicts

    paragraphs = [f"{PROSE} Paragraph {number}." for number in range(40)]  # the rounds drop < 30 %
    monkeypatch.setattr(classify, "_classify_once", dropping_the_last)
    result = pipeline.clean("\n\n".join(paragraphs))
    # The document, its kept blocks again (classify's own round), then each re-check round's one
    # pass, over what the round before left: one block fewer each time.
    rounds = pipeline.MAX_STABILITY_CHECKS
    assert passes == [len(paragraphs) - dropped for dropped in range(2 + rounds)]
    assert sum(1 for verdict in result.verdicts if verdict.label.is_body) == len(paragraphs) - 2 - rounds


def cleaned_with_drops(
    monkeypatch: pytest.MonkeyPatch, paragraphs: int, per_round: int
) -> tuple[int, int, int]:
    """Blocks kept by the first pass, rounds run, and blocks kept in the end, on ``paragraphs`` prose
    paragraphs when every re-check round drops the last ``per_round`` kept blocks."""
    first: list[int] = []

    def dropping(result: Result, options: Options, known: object = ()) -> dict[int, Verdict]:
        kept = result.kept_blocks()
        first.append(len(kept))
        return {block.index: Verdict(Label.BOILERPLATE, 0.0, "recheck-test") for block in kept[-per_round:]}

    monkeypatch.setattr(pipeline, "_unstable", dropping)
    result = pipeline.clean("\n\n".join(f"{PROSE} Paragraph {number}." for number in range(paragraphs)))
    return first[0], len(first), len(result.kept_blocks())


def test_re_checks_dropping_a_little_of_the_text_are_applied(monkeypatch: pytest.MonkeyPatch) -> None:
    kept_first, rounds, kept = cleaned_with_drops(monkeypatch, 60, 1)
    assert kept_first == 60 and rounds == pipeline.MAX_STABILITY_CHECKS
    assert kept == 60 - rounds  # 13 % of the words


def test_re_checks_dropping_most_of_the_text_leave_the_first_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    kept_first, rounds, kept = cleaned_with_drops(monkeypatch, 60, 5)
    assert kept_first == 60 and rounds == pipeline.MAX_STABILITY_CHECKS
    assert kept == 60  # 67 % would have gone


def test_a_cascade_of_small_re_checks_is_bounded_in_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each round drops one block, but the rounds together more than the share: the first pass stands."""
    kept_first, rounds, kept = cleaned_with_drops(monkeypatch, 8, 1)
    assert kept_first == 8 and rounds == pipeline.MAX_STABILITY_CHECKS
    assert kept == 8


def test_a_short_output_re_checked_away_stays_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under RECHECK_MIN_LOSS_WORDS the re-checks' drops stand, however much of the output they are:
    what the re-check of a short output lets go, cleaning the output again would let go too."""
    kept_first, rounds, kept = cleaned_with_drops(monkeypatch, 2, 1)  # 72 words in all
    assert kept_first == 2 and rounds == 3  # the third round finds nothing left
    assert kept == 0


@pytest.mark.parametrize("collecting", [True, False])
def test_the_collector_is_paused_while_cleaning_and_restored(
    monkeypatch: pytest.MonkeyPatch, collecting: bool
) -> None:
    seen = []
    segment = pipeline.segment

    def watched(*args: object, **keywords: object) -> object:
        seen.append(gc.isenabled())
        return segment(*args, **keywords)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "segment", watched)
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        assert PROSE in pipeline.clean(PROSE).text
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()
    assert seen and not any(seen)  # the first segmentation and the re-check's

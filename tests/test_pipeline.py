"""The pipeline around its stages: the stability re-check's rounds (bounded on long documents) and
the garbage collector paused while a document is cleaned."""

from __future__ import annotations

import gc

import pytest

from articlean import pipeline
from articlean.model import Label, Options, Result, Verdict
from conftest import PROSE


def rounds_run(monkeypatch: pytest.MonkeyPatch, paragraphs: int) -> tuple[int, int]:
    """Re-check rounds run on a dump of ``paragraphs`` prose paragraphs when every round drops one more
    block of the output (the cascade a long output shows), and the blocks the dump has."""
    calls = []

    def dropping_one(result: Result, options: Options) -> dict[int, Verdict]:
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

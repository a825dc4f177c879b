"""The edits the rules after the model (:mod:`articlean.settle`, :mod:`articlean.recurring`) make to a
document's verdicts: keep a block, keep it under its own label, drop it; each with its reason id."""

from __future__ import annotations

from collections.abc import Sequence

from articlean.model import MODEL_DROP_REASONS, Label, Verdict

# Drops that a rule keeping a sentence or a post may overrule: the model's own, not the rules' or the labels'.
SENTENCE_REVIVABLE = MODEL_DROP_REASONS | {"link-list", "no-words"}


def keep(verdicts: list[Verdict], indexes: Sequence[int], reason: str) -> None:
    for index in indexes:
        verdicts[index] = Verdict(Label.BODY, verdicts[index].score, reason)


def keep_labelled(verdicts: list[Verdict], indexes: Sequence[int], reason: str) -> None:
    """Keep the blocks at ``indexes`` for ``reason``; a kept one keeps its label (a heading)."""
    for index in indexes:
        verdict = verdicts[index]
        label = verdict.label if verdict.label.is_body else Label.BODY
        verdicts[index] = Verdict(label, verdict.score, reason)


def dropped(verdict: Verdict, reason: str) -> Verdict:
    """``verdict`` as a drop for ``reason``, its score kept."""
    return Verdict(Label.BOILERPLATE, verdict.score, reason)


def drop(verdicts: list[Verdict], index: int, reason: str) -> None:
    verdicts[index] = Verdict(Label.BOILERPLATE, verdicts[index].score, reason)

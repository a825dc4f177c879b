"""Cleaning a cleaned output again changes nothing, on a fixed sample of the dev split's dumps in every
mode (benchmarks/idempotency.py): the count of outputs that change may not grow.

Skipped when the benchmark (``../shared/bench`` next to the repository) is not there.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from articlean import InputFormat, Mode

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT.parent / "shared" / "bench" / "dev" / "inputs"
# Every SUBSET-th dump of the sorted list (not a multiple of 3: all renderers), 41 dumps: 12 s of CPU
# for the three modes, ~7 s on two idle cores.
SUBSET = 17
# Outputs of the sample that changed when cleaned again, per mode, counting the reading as plain text
# of a markdown dump's output apart: measured after session 16's fixes (before them, on main f081faa:
# balanced 5, precision 8, recall 1). Lower them when a fix makes more outputs fixed points. The
# precision ones: a meal plan that read again without its page looks like a menu (the first pass
# stands, see articlean.pipeline.RECHECK_MAX_LOSS), and a markdown page's closing box. The recall ones
# (1 before recall's edge-list rule, 3 after it): a long work under its chapter index, whose lines go one
# by one, each read as the output's title; and a page mostly of link lists, in both readings, whose
# re-check would have cut it to a third, so the guard lets the first pass stand.
CHANGED = {"balanced": 0, "precision": 3, "recall": 3}

pytestmark = pytest.mark.skipif(not INPUTS.is_dir(), reason=f"benchmark dumps not found at {INPUTS}")


def _idempotency() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import idempotency
    finally:
        sys.path.pop(0)
    return idempotency


@pytest.mark.parametrize("mode", [mode.value for mode in Mode])
def test_the_sample_of_outputs_that_change_does_not_grow(mode: str) -> None:
    idempotency = _idempotency()
    outcomes = idempotency.run(idempotency.select(INPUTS, SUBSET), mode, jobs=2)
    changed = [f"{change.case} [{change.reading}]" for outcome in outcomes for change in outcome.changes]
    assert len(changed) <= CHANGED[mode], changed


def test_a_changed_output_is_counted_with_the_second_pass_reasons() -> None:
    """The check itself: an output that loses a line when cleaned again counts, with the reason id."""
    idempotency = _idempotency()
    prose = (
        "The council voted on Tuesday to extend the opening hours of the central library, after a year in "
        "which the number of visitors grew faster than at any time since the building opened in 1994."
    )
    outcome = idempotency.check_text("menu", f"Home\n\n{prose}", Mode.BALANCED, InputFormat.MARKDOWN)
    assert outcome.readings == ["auto", "text"]
    assert [change.reading for change in outcome.changes] == ["auto", "text"]
    assert outcome.changes[0].lost == 1 and outcome.changes[0].reasons
    stable = idempotency.check_text("prose", prose, Mode.BALANCED, InputFormat.TEXT)
    assert stable.readings == ["auto"] and stable.changes == []

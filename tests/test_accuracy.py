"""The benchmark gate: F1 on a fixed subset of the dev split must stay above pinned floors.

Skipped when the benchmark (``../shared/bench`` next to the repository) is not there.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPLIT = ROOT.parent / "shared" / "bench" / "dev"
# Every SUBSET-th case of the sorted list (not a multiple of 3: all renderers); 1/5 of dev runs in < 60 s.
SUBSET = 5
# Pinned a little under what benchmarks/accuracy.py --subset 5 measured; raise them with the classifier.
# Measured after the session 11 merges: md 0.9671, r1 0.9514, r2 0.9664, all 0.9617.
FLOORS = {"md": 0.965, "r1": 0.949, "r2": 0.964, "all": 0.960}
# The modes on the same subset: what each favours, and F1, a little under what was measured
# (precision P 0.9757 F1 0.9495 once a doubted page kept its largest run rather than no body and a
# long rest of the sure block's run stayed, P 0.9788 F1 0.9402 before; recall R 0.9789 F1 0.9469 once
# short lines far from what balanced keeps went, R 0.9800 F1 0.9415 once it kept all that balanced
# keeps; balanced: P 0.9676 R 0.9558). A mode that lost its effect on the edges (articlean.modes)
# falls below its side's floor.
MODE_FLOORS = {
    "precision": {"precision": 0.974, "f1": 0.948},
    "recall": {"recall": 0.978, "f1": 0.945},
}

pytestmark = pytest.mark.skipif(
    not (SPLIT / "gold.jsonl").exists() or not (SPLIT.parent / "score.py").exists(),
    reason=f"benchmark split not found at {SPLIT}",
)


def _scores(out: Path, mode: str = "balanced") -> dict[str, dict[str, float]]:
    """F1, precision and recall per renderer and for the whole subset ("all")."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import accuracy
    finally:
        sys.path.pop(0)
    paths = accuracy.select_cases(SPLIT / "inputs", subset=SUBSET)
    accuracy.run(paths, out, mode, jobs=2)
    with tempfile.TemporaryDirectory() as scratch:
        split = accuracy.restrict(SPLIT, paths, Path(scratch))
        text = accuracy.score(split, out, ["--per-renderer"], SPLIT.parent / "score.py")
    result = {}
    for line in text.splitlines():
        words = line.split()
        if words and words[0] in ("md", "r1", "r2"):
            result[words[0]] = dict(zip(("f1", "precision", "recall"), map(float, words[1:4]), strict=True))
        elif words and words[0] == "F1":
            result["all"] = {"f1": float(words[1]), "precision": float(words[3]), "recall": float(words[5])}
    return result


def test_f1_above_floors(tmp_path: Path) -> None:
    measured = _scores(tmp_path)
    for name, floor in FLOORS.items():
        f1 = measured.get(name, {}).get("f1", 0.0)
        assert f1 >= floor, f"{name}: F1 {f1} fell below {floor}"


@pytest.mark.parametrize("mode", sorted(MODE_FLOORS))
def test_modes_above_floors(tmp_path: Path, mode: str) -> None:
    measured = _scores(tmp_path, mode)["all"]
    for key, floor in MODE_FLOORS[mode].items():
        assert measured[key] >= floor, f"{mode} mode: {key} {measured[key]} fell below {floor}"

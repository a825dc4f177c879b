"""One check that a step's time grows linearly with its input, for the tests that guard against a
quadratic step. Timings on a shared machine jitter: each size is timed several times and the fastest run
counts, and the bound leaves twice the linear ratio, far below the square a quadratic step would show."""

from __future__ import annotations

from collections.abc import Callable

RUNS = 3


def fastest(seconds: Callable[[int], float], size: int, runs: int = RUNS) -> float:
    """The shortest of ``runs`` timings of ``seconds(size)``."""
    return min(seconds(size) for _ in range(runs))


def assert_linear(seconds: Callable[[int], float], small: int, large: int, slack: float = 0.05) -> None:
    """``seconds(large)`` takes at most twice ``large / small`` times ``seconds(small)``, plus ``slack``
    seconds for timings too short to compare. ``seconds`` is run once first to warm caches and imports."""
    seconds(small)
    ratio = large / small
    short, long = fastest(seconds, small), fastest(seconds, large)
    assert long < 2 * ratio * short + slack, f"{large} took {long:.4f}s, {small} took {short:.4f}s"

"""Whole-document helpers: neighbour windows over per-block values and the best contiguous region.

Everything here is linear in the number of blocks (prefix sums, one Kadane pass), so the classifier
stays fast on long dumps.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Value a neighbour feature takes beyond either end of the document.
OUTSIDE = -1.0


@dataclass(frozen=True, slots=True)
class Region:
    """A run of blocks ``[start, end]`` (inclusive); empty when ``end < start``."""

    start: int
    end: int

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index <= self.end


def best_region(gains: Sequence[float]) -> Region:
    """The contiguous run of blocks with the largest total gain (Kadane); ties keep the earliest."""
    best_total = 0.0
    best = Region(0, -1)
    total = 0.0
    start = 0
    for index, gain in enumerate(gains):
        if total <= 0.0:
            total = 0.0
            start = index
        total += gain
        if total > best_total:
            best_total = total
            best = Region(start, index)
    return best


def prefix_sums(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    running = 0.0
    for value in values:
        running += value
        sums.append(running)
    return sums


def window_ratio(
    numerators: Sequence[float], denominators: Sequence[float], index: int, radius: int
) -> float:
    """Ratio of two windowed sums, e.g. stopwords over words around a block."""
    low = max(0, index - radius)
    high = min(len(numerators) - 1, index + radius + 1)
    denominator = denominators[high] - denominators[low]
    return (numerators[high] - numerators[low]) / denominator if denominator > 0 else 0.0


def region_features(region: Region, index: int, count: int, sizes_sums: Sequence[float]) -> list[float]:
    """Membership of ``index`` in ``region``, log distance to it, and the region's share of the text."""
    total = sizes_sums[-1] or 1.0
    share = (
        (sizes_sums[region.end + 1] - sizes_sums[region.start]) / total if region.end >= region.start else 0.0
    )
    if region.end < region.start:
        return [0.0, math.log1p(count), math.log1p(count), 0.0]
    before = max(region.start - index, 0)
    after = max(index - region.end, 0)
    return [1.0 if index in region else 0.0, math.log1p(before), math.log1p(after), share]


def shifted(values: Sequence[float], offset: int) -> list[float]:
    """``values`` moved by ``offset`` positions (each entry becomes its neighbour's value)."""
    count = len(values)
    gap = min(abs(offset), count)
    if offset >= 0:
        return [*values[gap:], *([OUTSIDE] * gap)]
    return [*([OUTSIDE] * gap), *values[: count - gap]]


def window_means(sums: Sequence[float], radius: int) -> list[float]:
    """:func:`window_mean` for every index at once."""
    count = len(sums) - 1
    return [
        (sums[min(count, index + radius + 1)] - sums[max(0, index - radius)])
        / (min(count, index + radius + 1) - max(0, index - radius))
        for index in range(count)
    ]


def window_ratios(numerators: Sequence[float], denominators: Sequence[float], radius: int) -> list[float]:
    """:func:`window_ratio` for every index at once."""
    return [window_ratio(numerators, denominators, index, radius) for index in range(len(numerators) - 1)]

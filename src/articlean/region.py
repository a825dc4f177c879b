"""Whole-document helpers: neighbour windows over per-block values and the best contiguous region.

Everything here is linear in the number of blocks (prefix sums, one Kadane pass), so the classifier
stays fast on long dumps.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import sub, truediv
from typing import NamedTuple

# Value a neighbour feature takes beyond either end of the document.
OUTSIDE = -1.0


class Region(NamedTuple):
    """A run of blocks ``[start, end]`` (inclusive); empty when ``end < start``."""

    start: int
    end: int

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index <= self.end


def best_region(gains: Sequence[float]) -> Region:
    """The contiguous run of blocks with the largest total gain (Kadane); ties keep the earliest."""
    best_total = 0.0
    best_start, best_end = 0, -1  # a Region is built once at the end: a new best is found often
    total = 0.0
    start = 0
    for index, gain in enumerate(gains):
        if total <= 0.0:
            total = 0.0
            start = index
        total += gain
        if total > best_total:
            best_total = total
            best_start, best_end = start, index
    return Region(best_start, best_end)


def prefix_sums(values: Sequence[float]) -> list[float]:
    # accumulate adds in C, in the same order as a loop would: the same sums
    return list(accumulate(values, initial=0.0))


def window_ratio(
    numerators: Sequence[float], denominators: Sequence[float], index: int, radius: int
) -> float:
    """Ratio of two windowed sums, e.g. stopwords over words around a block."""
    low = max(0, index - radius)
    high = min(len(numerators) - 1, index + radius + 1)
    denominator = denominators[high] - denominators[low]
    return (numerators[high] - numerators[low]) / denominator if denominator > 0 else 0.0


def region_columns(region: Region, count: int, sizes_sums: Sequence[float]) -> list[list[float]]:
    """Per block, as four columns: membership of ``region``, log distance before and after it, and
    the region's share of the text."""
    if region.end < region.start:
        outside = math.log1p(count)
        return [[0.0] * count, [outside] * count, [outside] * count, [0.0] * count]
    share = (sizes_sums[region.end + 1] - sizes_sums[region.start]) / (sizes_sums[-1] or 1.0)
    start, end = region.start, region.end
    return [
        [0.0] * start + [1.0] * (end + 1 - start) + [0.0] * (count - end - 1),
        [math.log1p(start - index) for index in range(start)] + [0.0] * (count - start),
        [0.0] * (end + 1) + [math.log1p(index - end) for index in range(end + 1, count)],
        [share] * count,
    ]


def inside_columns(region: Region, count: int) -> list[list[float]]:
    """Where each block of ``region`` sits in it, as three columns: log distances from its first and
    last block, and the relative position (0 at the start, 1 at the end); zeros outside. The tail of
    an article (related headlines, prompts, newsletter boxes) sits close to the region's end."""
    start, end = region.start, region.end
    if end < start:
        return [[0.0] * count for _ in range(3)]
    length = max(end - start, 1)
    before, after = [0.0] * start, [0.0] * (count - end - 1)
    inside = range(start, end + 1)
    return [
        before + [math.log1p(index - start) for index in inside] + after,
        before + [math.log1p(end - index) for index in inside] + after,
        before + [(index - start) / length for index in inside] + after,
    ]


def shifted(values: Sequence[float], offset: int) -> list[float]:
    """``values`` moved by ``offset`` positions (each entry becomes its neighbour's value)."""
    count = len(values)
    gap = min(abs(offset), count)
    if offset >= 0:
        return [*values[gap:], *([OUTSIDE] * gap)]
    return [*([OUTSIDE] * gap), *values[: count - gap]]


def window_means(sums: Sequence[float], radius: int) -> list[float]:
    """:func:`window_mean` for every index at once; full windows in one pass over shifted sums."""
    count = len(sums) - 1
    width = 2 * radius + 1
    if count <= width:
        return [_window_mean(sums, index, radius, count) for index in range(count)]
    # The middle in C (map over operators): no bytecode per block, the same divisions.
    middle = map(truediv, map(sub, sums[width:], sums[: count + 1 - width]), repeat(width))
    return [
        *[sums[index + radius + 1] / (index + radius + 1) for index in range(radius)],
        *middle,
        *[(sums[count] - sums[low]) / (count - low) for low in range(count - 2 * radius, count - radius)],
    ]


def _window_mean(sums: Sequence[float], index: int, radius: int, count: int) -> float:
    high = min(count, index + radius + 1)
    low = max(0, index - radius)
    return (sums[high] - sums[low]) / (high - low)


def window_ratios(numerators: Sequence[float], denominators: Sequence[float], radius: int) -> list[float]:
    """:func:`window_ratio` for every index at once; full windows in one pass over shifted sums."""
    count = len(numerators) - 1
    width = 2 * radius + 1
    if count <= width:
        return [window_ratio(numerators, denominators, index, radius) for index in range(count)]
    spans = zip(
        map(sub, numerators[width:], numerators[: count + 1 - width]),
        map(sub, denominators[width:], denominators[: count + 1 - width]),
        strict=True,
    )
    middle = [part / whole if whole > 0 else 0.0 for part, whole in spans]
    return [
        *[window_ratio(numerators, denominators, index, radius) for index in range(radius)],
        *middle,
        *[window_ratio(numerators, denominators, index, radius) for index in range(count - radius, count)],
    ]


def periodic_spans(signatures: Sequence[object], periods: Sequence[int]) -> list[float]:
    """For each block, the length of the longest run around it where a pattern of ``period`` block
    shapes repeats (0 when none): comment threads (name, date, text, reply) and teaser lists
    (headline, summary, date) repeat their shape; an article's run of paragraphs does not count,
    because one period must hold at least two different shapes."""
    count = len(signatures)
    best = [0] * count
    for period in periods:
        index = period
        while index < count:
            if signatures[index] != signatures[index - period]:
                index += 1
                continue
            start = index
            while index < count and signatures[index] == signatures[index - period]:
                index += 1
            if index - start >= period and len(set(signatures[start - period : start])) > 1:
                span = index - start + period
                for position in range(start - period, index):
                    best[position] = max(best[position], span)
    return [float(value) for value in best]

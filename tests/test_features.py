"""The cache of block measurements: a long document's rounds find its blocks again, and the cache
returns to its usual bound with the next ordinary document."""

from __future__ import annotations

import pytest

from articlean import features
from articlean.model import Block


def blocks(count: int, stem: str) -> list[Block]:
    return [
        Block(index, index, index, f"{stem} block number {index} of the page.", index)
        for index in range(count)
    ]


def test_a_document_longer_than_the_cache_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "MEASURE_CACHE_SIZE", 8)
    monkeypatch.setattr(features, "_measure_cache", {})
    measured: list[str] = []
    cheap = features._cheap

    def counting(block: Block, stoplist: frozenset[str]) -> tuple[float, float, float, str]:
        measured.append(block.text)
        return cheap(block, stoplist)

    monkeypatch.setattr(features, "_cheap", counting)
    long_document = blocks(50, "long")
    first = features.basics(long_document, frozenset({"of", "the"}))
    again = features.basics(long_document[::2], frozenset({"of", "the"}))  # a classify-again round
    assert len(measured) == 50
    assert again.shapes == first.shapes[::2]
    features.basics(blocks(3, "short"), frozenset({"of", "the"}))
    assert len(features._measure_cache) <= 8

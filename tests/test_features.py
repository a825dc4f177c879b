"""The cache of block measurements: a long document's rounds find its blocks again, and the cache
is emptied when the document's clean ends (:mod:`articlean.doccache`)."""

from __future__ import annotations

import pytest

from articlean import doccache, features, measures
from articlean.model import Block
from articlean.pipeline import clean


def blocks(count: int, stem: str) -> list[Block]:
    return [
        Block(index, index, index, f"{stem} block number {index} of the page.", index)
        for index in range(count)
    ]


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts measured afresh (not found in a cache), with the caches emptied first."""
    monkeypatch.setattr(measures, "_measure_cache", {})
    monkeypatch.setattr(measures, "_text_cache", {})
    texts: list[str] = []
    cheap = measures._cheap

    def counting(block: Block, stoplist: frozenset[str]) -> tuple[float, float, float, str]:
        texts.append(block.text)
        return cheap(block, stoplist)

    monkeypatch.setattr(measures, "_cheap", counting)
    return texts


def test_a_long_document_is_measured_once_until_its_clean_ends(measured: list[str]) -> None:
    """No size limit within a document (a fixed one made a document longer than it measure every
    block again in each round); emptied with the document's caches."""
    long_document = blocks(5_000, "long")
    first = measures.basics(long_document, frozenset({"of", "the"}))
    again = measures.basics(long_document[::2], frozenset({"of", "the"}))  # a classify-again round
    assert len(measured) == 5_000
    assert again.shapes == first.shapes[::2]
    doccache.clear()
    measures.basics(long_document[:3], frozenset({"of", "the"}))
    assert len(measured) == 5_003
    assert len(measures._measure_cache) == len(measures._text_cache) == 3


def test_a_clean_leaves_no_measurement_behind() -> None:
    measures.basics(blocks(5, "before"), frozenset({"of", "the"}))
    assert measures._measure_cache
    clean("Menu\n\nThe first paragraph of the story is long enough to read as prose text.\n")
    assert not measures._measure_cache
    assert not measures._text_cache


def test_a_text_met_again_with_other_markup_is_read_once(measured: list[str]) -> None:
    text = "Read the whole story on the page"
    linked = Block(0, 0, 1, text, 0, link_chars=len(text), list_item=True)
    plain = Block(0, 0, 0, text, 0)  # as the re-check reads it: one line, no links
    shapes = [measures.basics([block], frozenset({"the", "on"})).shapes[0] for block in (linked, plain)]
    assert measured == [text]
    values = [dict(zip(measures.SHAPE_NAMES, shape, strict=True)) for shape in shapes]
    assert [(value["link_share"], value["list_item"], value["lines"]) for value in values] == [
        (1.0, 1.0, 2.0),
        (0.0, 0.0, 1.0),
    ]
    for name in ("log_size", "stop_ratio", "terminal", "title_case_start"):
        assert values[0][name] == values[1][name]


def column(rows: list[list[float]], name: str) -> list[float]:
    index = features.BLOCK_NAMES.index(name)
    return [row[index] for row in rows]


def test_title_case_at_a_block_start() -> None:
    texts = [
        "Police Arrest Two After Death Of Student-Athlete A 24-year-old man was",
        "The council voted on Tuesday to approve the budget for the coming year.",
        "Short Line",
    ]
    rows = features.block_features([Block(i, i, i, text, i) for i, text in enumerate(texts)], "en")
    title_case = column(rows, "title_case_start")
    assert title_case[0] == 1.0
    assert title_case[1] < 0.5
    assert title_case[2] == 0.0  # too few words to tell


def test_sections_headed_by_an_interface_phrase() -> None:
    texts = [
        "The council voted on Tuesday to approve the new budget for the coming year, it said.",
        "Related stories",
        "Mayor opens the new bridge after two years of work on the river crossing.",
        "Storm closes schools across the region as the snow keeps falling all night.",
        "Background",
        "The budget had been delayed twice by disagreements between the parties.",
    ]
    # each block alone in its blank-line group, as a dump prints them
    rows = features.block_features([Block(i, i, i, text, i) for i, text in enumerate(texts)], "en")
    assert column(rows, "under_ui_heading") == [0.0, 0.0, 1.0, 1.0, 1.0, 0.0]
    before = column(rows, "ui_before")
    assert before[2] > 0 and before[0] == 0.0

"""A box of key points over the article, whose points the article says again, goes as
``summary-box``; a section that says its news once stays."""

from __future__ import annotations

import pytest

from articlean.summaryboxes import summary_label
from settling import paragraphs, settled

LEAD = (
    "DUBAI — The city's carrier finalized a deal to purchase 30 long-range jets, executives of both "
    "companies announced Wednesday at the air show."
)
SECOND = (
    "The deal sets up a reduction to a prior order of delayed jets, which the carrier is opting for by "
    "employing its substitution rights."
)
REST = (
    "The order is crucial for the manufacturer, whose sales have been badly hit after two crashes of its "
    "smaller jet in less than five months."
)
POINT = (
    "The city's carrier has finalized a deal to purchase 30 long-range jets, executives of both companies "
    "announced Wednesday at the air show."
)
OTHER_POINT = "The deal sets up a reduction to a prior order of delayed jets."


def test_key_points_the_article_says_again_go() -> None:
    lines = ["Key Points", "", f"  * {POINT}", f"  * {OTHER_POINT}", "", *paragraphs([LEAD, SECOND, REST])]
    kept, reasons = settled(lines)
    assert kept == [LEAD, SECOND, REST]
    assert reasons == {"summary-box"}


def test_points_printed_as_lines_go() -> None:
    """A dump without bullets prints each point on a line under the label."""
    lines = ["Highlights", POINT, OTHER_POINT, "", *paragraphs([LEAD, SECOND, REST])]
    kept, reasons = settled(lines)
    assert kept == [LEAD, SECOND, REST]
    assert reasons == {"summary-box"}


def test_highlights_said_once_stay() -> None:
    """A newsletter's "Highlights" section lists news of its own."""
    news = "We have just landed a fix that stops an update from starting while another instance runs."
    lines = ["Highlights", "", f"  * {news}", f"  * {OTHER_POINT}", "", *paragraphs([LEAD, REST])]
    kept, reasons = settled(lines)
    assert news in kept
    assert "summary-box" not in reasons


def test_a_point_said_again_without_its_label_stays() -> None:
    """Without the label, a sentence printed twice is left to the model (some pages repeat one)."""
    kept, reasons = settled(paragraphs([POINT, LEAD, SECOND, REST]))
    assert POINT in kept
    assert "summary-box" not in reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Key Points", True), ("Highlights:", True), ("Das Wichtigste in Kürze", True),
     ("Highlights of the season", False), ("Key points of the plan were agreed on Monday", False)],
)  # fmt: skip
def test_summary_labels(text: str, expected: bool) -> None:
    assert summary_label(text) is expected

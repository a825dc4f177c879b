"""The first-word gates in front of the phrase-list patterns (compiled only when a line could match,
which keeps them out of start-up): every phrase of the lists passes its gate, and lines that open
with none of the phrases' words are turned away."""

from __future__ import annotations

import pytest

from articlean.bylines import _prefix_match, _role_match
from articlean.captions import is_credit_marker
from articlean.linklines import link_line
from articlean.markedcaptions import _may_hold_label
from articlean.metaphrases import phrases
from articlean.phrases import phrase_kinds


def test_every_link_label_opens_a_link_line() -> None:
    missed = [
        label
        for label in phrase_kinds("link-labels.txt")["label"]
        if link_line(f"{label.title()}: A headline about the council vote") != "line"
    ]
    assert missed == []


def test_every_byline_prefix_role_and_credit_marker_passes_its_gate() -> None:
    assert [p for p in phrases("byline-prefix") if not _prefix_match(f"{p.title()} Jane Doe")] == []
    roles = [*phrases("byline-role"), *phrases("picture-agency")]
    assert [role for role in roles if not _role_match(role.upper())] == []
    assert [marker for marker in phrases("credit-marker") if not is_credit_marker(f"{marker.title()}:")] == []
    lines = {label: f"Getty Images {label.title()} A man walks" for label in phrases("caption-marker")}
    assert [label for label, line in lines.items() if not _may_hold_label(line)] == []


@pytest.mark.parametrize(
    "line",
    ["The council voted on Tuesday.", "Jane Doe", "Readers said more: a lot", "Bystanders: Jane Doe"],
)
def test_lines_without_a_phrase_word_are_turned_away(line: str) -> None:
    assert link_line(line) is None
    assert _prefix_match(line) is None
    assert not _role_match(line)
    assert not is_credit_marker(line)

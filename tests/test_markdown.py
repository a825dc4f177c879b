"""Markdown line stripping: table rules are blank lines, whatever the blanks around them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlean.markdown import _TABLE_RULE, strip_line

# The table-rule pattern as first written: the same language, but its two adjacent "\s*" made a long
# run of blanks quadratic to reject. _TABLE_RULE must accept exactly what this accepts.
NAIVE_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


@pytest.mark.parametrize("line", ["|---|---|", "| :--- | ---: |", "--- | ---", "  |--|  ", ":--:|--"])
def test_table_rules_are_blank(line: str) -> None:
    assert strip_line(line).text == ""


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("-- a reply", "-- a reply"),
        ("|--|x", "-- x"),
        (" " * 5000 + "x", "x"),
        ("--" + " " * 5000 + "x", "-- x"),
    ],
)
def test_other_lines_keep_their_words(line: str, text: str) -> None:
    assert strip_line(line).text == text


@given(st.text(alphabet=" \t|:-x", max_size=16))
def test_table_rule_accepts_what_the_naive_pattern_accepts(line: str) -> None:
    assert bool(_TABLE_RULE.match(line)) == bool(NAIVE_TABLE_RULE.match(line))


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # an escaped parenthesis in a picture's URL does not close it
        (r"![A map.](https://x.test/filters:focal\(0x0:659x692\):no_upscale\(\)/a.png) Smog over Delhi.",
         "Smog over Delhi."),
        ("![A map.](https://x.test/a.png) Smog over Delhi.", "Smog over Delhi."),
        # unescaped, the first parenthesis closes it, as before
        ("![A map.](https://x.test/a.png) Smog (PM2.5) over Delhi.", "Smog (PM2.5) over Delhi."),
    ],
)  # fmt: skip
def test_pictures_are_stripped_whole(line: str, text: str) -> None:
    assert strip_line(line).text == text

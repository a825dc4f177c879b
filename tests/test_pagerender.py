"""articlean.pagerender's quick tests before its escaping expressions skip only what they would not match."""

from __future__ import annotations

import itertools
import string

from articlean import pagerender

SAMPLES = [
    "".join(chars) for chars in itertools.product(string.printable[:-5], repeat=2)
]  # every pair of printable characters


def test_no_line_opening_otherwise_is_escaped_at_its_start() -> None:
    for sample in SAMPLES:
        for line in (sample, sample + " x", sample * 2):
            if pagerender.BLOCK_START.match(line):
                assert line[0] in pagerender._BLOCK_STARTS, line
                assert pagerender._escape_start(line) != line


def test_no_text_without_a_marked_character_is_escaped_inline() -> None:
    for sample in SAMPLES:
        for text in (sample, f"a{sample}b", sample * 2):
            if pagerender.LITERAL.search(text):
                assert any(character in text for character in pagerender._LITERAL_STARTS), text
                assert pagerender._escape_inline(text) != text

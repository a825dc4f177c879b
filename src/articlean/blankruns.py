"""How many blank lines part two paragraphs of a dump as a rule.

A browser's or html2text's dump leaves one blank line between two paragraphs, and two there part
boxes of the page. BeautifulSoup's unstripped ``get_text("\\n")`` leaves a blank or indented line
for every whitespace node between two elements instead, so that two to nine blank lines stand where
a browser prints one, whatever the page's boxes. The rules that ask whether two blocks stand next to
each other (:func:`articlean.paragraphgaps.next_to`) read any run of blank lines as one gap in such
a dump.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def paragraph_gap(lines: Sequence[str]) -> int:
    """The most common run of blank (or whitespace-only) lines between two lines of text, the
    shorter of two as common; 1 when no blank line stands between two lines of text."""
    runs: Counter[int] = Counter()
    run = 0
    text_seen = False
    for line in lines:
        if not line or line.isspace():
            run += 1
            continue
        if run and text_seen:
            runs[run] += 1
        run = 0
        text_seen = True
    if not runs:
        return 1
    return min(runs, key=lambda length: (-runs[length], length))

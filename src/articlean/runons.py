"""Very long lines that run a whole page's text nodes together, cut where the nodes met.

BeautifulSoup's ``get_text()`` without a separator (and lxml's ``text_content()``) print a minified
page as one line of thousands of characters: the menu, the headline, every paragraph and the footer
run together ("...closed altogether.South Korea also hosts..."), with runs of spaces where the
page's source had indentation. As one block, such a line is all kept or all dropped. Cut at those
seams, its pieces are blocks the classifier can judge one by one.

Only lines longer than :data:`RUN_ON_MIN_CHARS` are looked at, and only two seams count, both
absent from written prose: a run of at least :data:`GAP_MIN_SPACES` spaces or tabs, and a sentence's
end punctuation followed straight by the capitalised word of the next paragraph; a line is cut only
where its seams are as frequent as a page's nodes (:data:`MAX_MEAN_PIECE_CHARS`). The pieces are the
lines the ledger refers to, each numbered with its source line; no character but the seams'
whitespace is dropped, and no word is cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A line at least this long may be a page run together (a long paragraph has a few hundred words).
RUN_ON_MIN_CHARS = 1_000
# Spaces in a row that only a page's source indentation leaves in running text.
GAP_MIN_SPACES = 3
# A line is cut only into at least this many pieces: one seam is more likely a typo than a page.
MIN_PIECES = 3
# ... and only when its seams come this often: a page run together has one every few hundred
# characters (menu items, paragraphs; on the dev pages' get_text() lines, at most 1,587 characters
# apart on average), while a long paragraph with a glued sentence or two is a paragraph, and stays
# whole when an output is cleaned again.
MAX_MEAN_PIECE_CHARS = 2_000
_SEAM = re.compile(rf"[ \t]{{{GAP_MIN_SPACES},}}|(?<=[a-z\d\)\]”\"][.!?])(?=[A-Z][a-z])")


def split_run_ons(lines: Sequence[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The lines with every run-on line cut into pieces, blank lines between them (so that each is
    a block of its own), and the 1-based source line of every returned line."""
    out: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines, start=1):
        pieces = _pieces(line) if len(line) >= RUN_ON_MIN_CHARS else [line]
        for position, piece in enumerate(pieces):
            if position:
                out.append("")
                numbers.append(number)
            out.append(piece)
            numbers.append(number)
    return tuple(out), tuple(numbers)


def _pieces(line: str) -> list[str]:
    pieces = [piece for piece in (part.strip() for part in _SEAM.split(line)) if piece]
    return pieces if len(pieces) >= max(MIN_PIECES, len(line) / MAX_MEAN_PIECE_CHARS) else [line]

"""A slide show's counter left alone on its line: "1 of 12", "Photo 3 of 12", "Bild 2 von 5".

A gallery set inside (or under) an article prints where the viewer stands in it: "1 of 12" over the
first slide. When the slides themselves are pictures, the counter is all that is left of the gallery
in a text dump, once, so the gallery rule (settle.py, ``gallery``), which wants the counters to recur,
does not see it; the model, which reads digits and a short word, may keep it. A line that is only such
a counter says nothing of the article: a first number from 1 to the total, a word that joins them
("of", "de", "von", "di", "sur", "из", with a stray slash after it where a gallery's markup set one,
"Image 1 of / 4"; a picture's label before them is allowed), and nothing else.
Counters written with a slash ("1 / 5", "23/16") are left alone: a table's cells and a score print
them too. The counters are dropped with the reason ``no-words`` (README: "Reason ids").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articlean import regexes
from articlean.model import Block, Verdict

# A gallery has at least this many slides ("1 of 1" is a count, not a slide show's position).
MIN_SLIDES = 2
_COUNTER = regexes.compile(
    r"^\W*(?:(?:image|photo|picture|slide|foto|imagen|bild|immagine|фото)\s+)?(\d{1,3})\s+"
    r"(?:of|de|von|di|sur|из)[\s/]+(\d{1,3})\W*$",
    re.IGNORECASE,
)


def slide_counter(text: str) -> bool:
    """Whether a line is only a slide show's counter ("1 of 12", "Photo 3 of 12")."""
    match = _COUNTER.match(text.strip())
    if match is None:
        return False
    position, total = int(match.group(1)), int(match.group(2))
    return 0 < position <= total and total >= MIN_SLIDES


def lone_counters(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The kept blocks that are only a slide show's counter."""
    return [
        index
        for index, block in enumerate(blocks)
        if verdicts[index].label.is_body and not block.heading_level and slide_counter(block.text)
    ]

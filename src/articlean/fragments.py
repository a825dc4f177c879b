"""The fragments of a paragraph printed a line per text node, kept when most of it is kept.

Dumps that print every text node on its own line (BeautifulSoup ``get_text("\\n")``) split one
paragraph at each link or emphasis ("After a long silence, there is news on the fourth film in" /
"Harbour Lights" / "film series: ..."), with no blank line inside it. The model judges each fragment
alone, and a few short ones fall below the cut although the paragraph around them is kept. In a run
of blocks on consecutive lines (one paragraph) of which at least :data:`KEPT_SHARE` of the words were
kept, the fragments that the model alone dropped are kept with the reason ``inside-paragraph`` when
each continues an unfinished sentence (or opens the paragraph without ending one) and kept text
follows it; rules' drops (ad labels, interface phrases, repeats) stand. A footnote's mark printed on
a line of its own ("[3]", "[12][13]", "[a]"), as such a dump prints a link, is a piece of the
sentence it follows even when that sentence has ended, wherever it stands in the paragraph after its
first line (under its last kept fragment too): the article's text cites its sources there.
"""

from __future__ import annotations

from collections.abc import Sequence

from articlean.features import TERMINAL
from articlean.model import MODEL_DROP_REASONS, Block, Verdict
from articlean.paragraphs import footnote_mark, paragraph_end
from articlean.segment import count_words

# The share of a paragraph's words that must be kept for its fragments to be kept too.
KEPT_SHARE = 0.5
# Drops that may be overruled: the model's own, not the rules' or the labels'.
REVIVABLE = MODEL_DROP_REASONS | {"no-words"}


def paragraph_fragments(blocks: Sequence[Block], verdicts: Sequence[Verdict]) -> list[int]:
    """The dropped fragments of mostly kept paragraphs."""
    found: list[int] = []
    start = 0
    while start < len(blocks):
        end = paragraph_end(blocks, start)
        if end - start > 1:
            found.extend(_fragments(blocks, verdicts, start, end))
        start = end
    return found


def _fragments(blocks: Sequence[Block], verdicts: Sequence[Verdict], start: int, end: int) -> list[int]:
    members = range(start, end)
    if any(blocks[i].list_item or blocks[i].heading_level for i in members):
        return []
    words = {i: count_words(blocks[i].text) for i in members}
    kept = sum(words[i] for i in members if verdicts[i].label.is_body)
    if not kept or kept < KEPT_SHARE * sum(words.values()):
        return []
    last_kept = max(i for i in members if verdicts[i].label.is_body)
    dropped = [i for i in members if not verdicts[i].label.is_body]
    if not all(verdicts[i].reason in REVIVABLE and _continued(blocks, i, start, last_kept) for i in dropped):
        return []
    return dropped


def _continued(blocks: Sequence[Block], index: int, start: int, last_kept: int) -> bool:
    """Whether a block is a piece of a sentence that the paragraph's kept text goes on with: the
    block before it has not ended its sentence (or it opens the paragraph without ending one), and
    kept text follows it; or a footnote's mark anywhere under the paragraph's first line."""
    if footnote_mark(blocks[index].text):
        return index > start
    if index > last_kept:
        return False
    if index == start:
        return not blocks[index].text.rstrip().endswith(TERMINAL)
    return not blocks[index - 1].text.rstrip().endswith(TERMINAL)

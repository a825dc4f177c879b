"""A paragraph printed as fragments (a line per text node) keeps the fragments the model dropped
inside it when most of it is kept."""

from __future__ import annotations

from articlean.fragments import paragraph_fragments
from articlean.model import Label, Verdict
from articlean.segment import segment
from articlean.settle import settle

# One paragraph as get_text("\n") prints it: a line break at each link or emphasis, no blank line.
PARAGRAPH = [
    "The most recent",
    "Harbour Lights",
    "Beyond was the third film of the series, and the studio said on Monday that the next one is by",
    "Anna Berg, who created two television series, with the cast of the last three films back.",
]
KEPT = Verdict(Label.BODY, 0.9, "in-article")


def judged(lines: list[str], dropped: dict[int, str]) -> tuple[list[Verdict], list[Verdict]]:
    """The verdicts with ``dropped`` blocks dropped for their reason, and what settle() makes of them."""
    blocks = segment(lines)
    assert len(blocks) == 4
    verdicts = [Verdict(Label.BOILERPLATE, 0.3, dropped[i]) if i in dropped else KEPT for i in range(4)]
    return verdicts, settle(blocks, verdicts)


def test_the_dropped_opening_of_a_kept_paragraph_is_kept() -> None:
    _, settled = judged(PARAGRAPH, {0: "outside-article", 1: "short-fragment"})
    assert [(verdict.label, verdict.reason) for verdict in settled[:2]] == [
        (Label.BODY, "inside-paragraph"),
        (Label.BODY, "inside-paragraph"),
    ]


def test_what_is_not_kept_as_a_fragment() -> None:
    blocks = segment(PARAGRAPH)
    verdicts, _ = judged(PARAGRAPH, {1: "short-fragment"})
    assert paragraph_fragments(blocks, verdicts) == [1]
    # a rule's drop stands
    verdicts, _ = judged(PARAGRAPH, {1: "interface-phrase"})
    assert paragraph_fragments(blocks, verdicts) == []
    # a paragraph mostly dropped stays dropped
    verdicts, _ = judged(PARAGRAPH, {2: "low-score", 3: "low-score"})
    assert paragraph_fragments(blocks, verdicts) == []
    # a fragment after a finished sentence, or with no kept text after it, is not the sentence's
    ended = [*PARAGRAPH[:1], "Harbour Lights.", "Northfilm", *PARAGRAPH[3:]]
    verdicts, _ = judged(ended, {2: "short-fragment"})
    assert paragraph_fragments(segment(ended), verdicts) == []
    verdicts, _ = judged(PARAGRAPH, {3: "low-score"})
    assert paragraph_fragments(blocks, verdicts) == []
    # the same lines apart (blank lines between) are not one paragraph
    apart = [line for text in PARAGRAPH for line in (text, "")]
    verdicts = [Verdict(Label.BOILERPLATE, 0.3, "outside-article"), KEPT, KEPT, KEPT]
    assert paragraph_fragments(segment(apart), verdicts) == []

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


# A cited paragraph as get_text("\n") prints it: each footnote's mark on a line of its own.
CITED = [
    "Netscape said the source code of its browser will be free.",
    "[3]",
    "One day later, a team registered the project's own domain and opened its mailing lists.",
    "[4][5]",
]


def test_footnote_marks_after_finished_sentences_are_kept() -> None:
    blocks = segment(CITED)
    verdicts, settled = judged(CITED, {1: "no-words", 3: "no-words"})
    assert paragraph_fragments(blocks, verdicts) == [1, 3]
    assert [(verdict.label, verdict.reason) for verdict in settled] == [
        (Label.BODY, "in-article"),
        (Label.BODY, "inside-paragraph"),
        (Label.BODY, "in-article"),
        (Label.BODY, "inside-paragraph"),
    ]


def test_what_is_no_footnote_mark() -> None:
    # a mark that opens the paragraph follows no text of it
    opening = [CITED[1], CITED[0], CITED[2], "[4]"]
    verdicts, _ = judged(opening, {0: "no-words"})
    assert paragraph_fragments(segment(opening), verdicts) == []
    # a year or a count in brackets, or a word, after a finished sentence is no mark
    for line in ("[2019]", "[edit]", "3"):
        lines = [CITED[0], line, *CITED[2:]]
        verdicts, _ = judged(lines, {1: "no-words"})
        assert paragraph_fragments(segment(lines), verdicts) == []

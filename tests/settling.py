"""settle() alone over hand-written paragraphs, every block first kept by the model: what the
structural rules keep and why they drop the rest (tests of the rules after the article)."""

from __future__ import annotations

from articlean.model import Block, Label, Verdict
from articlean.segment import segment
from articlean.settle import settle

# An article's opening paragraphs, for the rules to find what follows it.
ARTICLE = [
    "The river authority opened the new flood gates on Monday, three years after the storm that left "
    "half of the old town under water and closed the main bridge for most of a winter.",
    "Engineers tested each of the six gates twice during the weekend, and the authority said that the "
    "whole system can now be closed in less than forty minutes when the water starts to rise.",
]


def paragraphs(texts: list[str]) -> list[str]:
    """The lines of ``texts`` as blank-line separated paragraphs."""
    lines: list[str] = []
    for text in texts:
        lines += [text, ""]
    return lines


def settled(lines: list[str]) -> tuple[list[str], set[str]]:
    """The texts of the blocks settle() keeps, and the reasons of those it drops."""
    blocks = segment(lines)
    verdicts = settle(blocks, [Verdict(Label.BODY, 0.9, "in-article") for _ in blocks])
    kept = [block.text for block, verdict in zip(blocks, verdicts, strict=True) if verdict.label.is_body]
    return kept, {verdict.reason for verdict in verdicts if not verdict.label.is_body}


def model_kept_the_article(lines: list[str]) -> tuple[list[Block], list[Verdict]]:
    """The blocks of ``lines`` and the verdicts of a model that kept ARTICLE's paragraphs and
    dropped the rest (before settle())."""
    blocks = segment(lines)
    first = [
        Verdict(Label.BODY, 0.9, "in-article")
        if block.text in ARTICLE
        else Verdict(Label.BOILERPLATE, 0.1, "outside-article")
        for block in blocks
    ]
    return blocks, first

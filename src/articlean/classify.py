"""Interim classifier (to be replaced by the learned two-pass classifier)."""

from __future__ import annotations

from collections.abc import Sequence

from articlean.lexicon import guess_language, stopwords
from articlean.model import Block, Label, Options, Verdict
from articlean.segment import count_words


def classify(blocks: Sequence[Block], options: Options) -> list[Verdict]:
    language = guess_language(" ".join(block.text for block in blocks))
    stoplist = stopwords(language)
    verdicts: list[Verdict] = []
    for block in blocks:
        words = block.text.split()
        if not words:
            verdicts.append(Verdict(Label.BOILERPLATE, 0.0, "no-text"))
            continue
        density = sum(1 for word in words if word.casefold().strip(".,;:!?\"'") in stoplist) / len(words)
        if count_words(block.text) >= 12 and density >= 0.25:
            verdicts.append(Verdict(Label.BODY, 1.0, "prose"))
        else:
            verdicts.append(Verdict(Label.BOILERPLATE, 0.0, "short-fragment"))
    return verdicts

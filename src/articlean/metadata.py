"""Interim metadata stage (to be replaced)."""

from __future__ import annotations

from collections.abc import Sequence

from articlean.model import Block, Document, Metadata, Options, Verdict


def extract_metadata(
    document: Document, blocks: Sequence[Block], verdicts: Sequence[Verdict], options: Options
) -> tuple[Metadata, list[Verdict]]:
    return document.hints, list(verdicts)

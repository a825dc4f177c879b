"""Counts over a batch of results for ``--stats``: reasons, frequent dropped lines, outlier files. Pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from articlean.model import Result
from articlean.render import fate

# A file is worth a look when it keeps less than this share of its non-blank lines...
_NEARLY_ALL_DROPPED = 0.05
# ...or keeps more than this share (the cleaner may have found no boilerplate to drop).
_NEARLY_NOTHING_DROPPED = 0.95
# Dropped lines shorter than this are not worth listing as "frequent" (they are single words).
_MIN_LISTED_LINE = 3


@dataclass(frozen=True, slots=True)
class FileStats:
    source: str
    lines: int
    kept: int
    words: int

    @property
    def kept_share(self) -> float:
        return self.kept / self.lines if self.lines else 0.0


@dataclass(slots=True)
class BatchStats:
    """Mergeable counters: add results one by one, read the tables at the end.

    ``reasons`` counts lines by reason id (dropped lines) or by metadata field (moved lines, whose
    keys are also in ``moved``); ``reason_files`` counts the files in which each fired.
    """

    reasons: Counter[str] = field(default_factory=Counter)
    reason_files: Counter[str] = field(default_factory=Counter)
    moved: set[str] = field(default_factory=set)
    dropped_lines: Counter[str] = field(default_factory=Counter)
    files: list[FileStats] = field(default_factory=list)

    def add(self, source: str, result: Result) -> None:
        kept = lines = 0
        fired: set[str] = set()
        for entry in result.ledger:
            text = entry.text.strip()
            if not text:
                continue
            lines += 1
            where = fate(entry, result.options.caption_policy)
            if where == "kept":
                kept += 1
                continue
            key = entry.label.value if where == "moved" else entry.reason
            self.reasons[key] += 1
            fired.add(key)
            if where == "moved":
                self.moved.add(key)
            elif len(text) >= _MIN_LISTED_LINE:
                self.dropped_lines[" ".join(text.split())] += 1
        self.reason_files.update(fired)
        self.files.append(FileStats(source, lines, kept, result.word_count))

    def merge(self, other: BatchStats) -> None:
        self.reasons.update(other.reasons)
        self.reason_files.update(other.reason_files)
        self.moved |= other.moved
        self.dropped_lines.update(other.dropped_lines)
        self.files.extend(other.files)

    def outliers(self) -> list[FileStats]:
        """Files where almost everything, or almost nothing, was dropped."""
        return [
            item
            for item in self.files
            if item.lines and not _NEARLY_ALL_DROPPED <= item.kept_share <= _NEARLY_NOTHING_DROPPED
        ]

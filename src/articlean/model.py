"""Frozen dataclasses and enums shared by every stage of the cleaner."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articlean.markdown import MarkdownLine


class InputFormat(str, enum.Enum):
    """What kind of dump a document is; ``AUTO`` asks :mod:`articlean.sniff` to decide."""

    AUTO = "auto"
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class Mode(str, enum.Enum):
    """Trade-off between keeping too much and dropping too much (trafilatura's favor_*)."""

    BALANCED = "balanced"
    PRECISION = "precision"
    RECALL = "recall"


class CaptionPolicy(str, enum.Enum):
    """Where captions go: only in metadata, also in the body, or nowhere."""

    SEPARATE = "separate"
    KEEP = "keep"
    DROP = "drop"


class Label(str, enum.Enum):
    """What a block of the input turned out to be."""

    BODY = "body"
    HEADING = "heading"
    TITLE = "title"
    DESCRIPTION = "description"
    BYLINE = "author"
    DATE = "date"
    CATEGORY = "categories"
    SITENAME = "sitename"
    READING_TIME = "reading_time"
    CAPTION = "caption"
    BOILERPLATE = "boilerplate"

    # Set once per member (the stages ask each verdict's label over and over: a property cost a
    # function call and two enum look-ups each time).
    is_body: bool  # kept in the article text: BODY or HEADING
    is_metadata: bool  # moved to a metadata field: neither kept nor BOILERPLATE

    def __init__(self, value: str) -> None:
        self.is_body = value in ("body", "heading")
        self.is_metadata = value not in ("body", "heading", "boilerplate")


# The reasons the classifier gives the drops it makes on scores alone (articlean.classify): the
# rules after it may overrule these, never a drop whose reason says what the block is.
MODEL_DROP_REASONS = frozenset({"outside-article", "short-fragment", "low-score"})


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of classification: one or more consecutive source lines.

    ``first_line`` and ``last_line`` are 0-based indexes into ``Document.lines`` (inclusive).
    ``text`` is the block's text with markup removed and wrapped fragments joined by one space.
    ``group`` numbers the blank-line separated run of lines the block belongs to.
    ``list_item`` is true when the source line carried a bullet or number marker.
    ``heading_level`` is the markdown heading depth (1-6) or 0.
    ``cells`` is the number of table cells or formula or code tokens printed one a line that
    :mod:`articlean.cells` joined into the block (a table's row, a formula); 0 for any other block.
    ``gap`` is the run of blank lines that parts two paragraphs of the block's dump as a rule
    (:func:`articlean.blankruns.paragraph_gap`), the same for all its blocks.
    """

    index: int
    first_line: int
    last_line: int
    text: str
    group: int
    indent: int = 0
    list_item: bool = False
    heading_level: int = 0
    link_chars: int = 0
    image: bool = False
    cells: int = 0
    gap: int = 1


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision for one block: a label, a confidence in [0, 1] of being body, and a reason id."""

    label: Label
    score: float
    reason: str


def kept_as(verdicts: Sequence[Verdict], indexes: Iterable[int], reason: str) -> list[Verdict]:
    """A copy of ``verdicts`` with the blocks at ``indexes`` kept for ``reason``, scores unchanged."""
    result = list(verdicts)
    for index in indexes:
        result[index] = Verdict(Label.BODY, result[index].score, reason)
    return result


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the document says about itself. Field names follow trafilatura's JSON output."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    description: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    language: str | None = None
    source: str | None = None
    reading_time: int | None = None
    captions: tuple[Caption, ...] = ()


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that changes what :func:`articlean.clean` produces; built once by the CLI."""

    input_format: InputFormat = InputFormat.AUTO
    mode: Mode = Mode.BALANCED
    # None: the mode's own (:attr:`caption_policy`)
    captions: CaptionPolicy | None = None
    source: str | None = None

    @property
    def caption_policy(self) -> CaptionPolicy:
        """Where captions go: as asked, else also in the body in recall mode (a caption is text of
        the article's page that recall would rather keep) and only in metadata in the others."""
        if self.captions is not None:
            return self.captions
        return CaptionPolicy.KEEP if self.mode is Mode.RECALL else CaptionPolicy.SEPARATE


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded, sniffed document ready for segmentation.

    ``lines`` are the lines the ledger refers to: the decoded input's lines for text and markdown
    (a text line that runs a whole page together is cut into pieces: :mod:`articlean.runons`), the
    lines of the page written as a markdown dump for HTML (:mod:`articlean.pagerender`).
    ``line_numbers`` gives the 1-based source line of each when they are not simply 1, 2, 3 ...
    (empty then). ``stripped``: for a written page, each line as markdown stripping reads it where
    the writer knows that (None elsewhere; empty for other input), so that it is not stripped again.
    """

    lines: tuple[str, ...]
    input_format: InputFormat
    encoding: str = "utf-8"
    hints: Metadata = field(default_factory=Metadata)
    line_numbers: tuple[int, ...] = ()
    stripped: tuple[MarkdownLine | None, ...] = ()

    def line_number(self, index: int) -> int:
        """The 1-based source line of ``lines[index]``."""
        return self.line_numbers[index] if self.line_numbers else index + 1


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One source line and what became of it."""

    line: int  # 1-based, as editors and grep show it (the pieces of a run-on line share its number)
    text: str
    label: Label
    reason: str


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of cleaning one document."""

    document: Document
    blocks: tuple[Block, ...]
    verdicts: tuple[Verdict, ...]
    metadata: Metadata
    options: Options = field(default_factory=Options)

    @property
    def input_format(self) -> InputFormat:
        return self.document.input_format

    def kept_blocks(self) -> list[Block]:
        """The blocks that make up the body, in input order."""
        policy = self.options.caption_policy
        return [
            block
            for block, verdict in zip(self.blocks, self.verdicts, strict=True)
            if verdict.label.is_body or (verdict.label is Label.CAPTION and policy is CaptionPolicy.KEEP)
        ]

    @property
    def paragraphs(self) -> list[str]:
        """Body paragraphs: kept blocks of one blank-line group joined when they are wrapped text."""
        from articlean.paragraphs import paragraphs  # local: keeps model free of stage imports at load

        return paragraphs(self.kept_blocks())

    @property
    def text(self) -> str:
        from articlean.paragraphs import body_text

        return body_text(self.kept_blocks())

    @property
    def word_count(self) -> int:
        from articlean.segment import count_words

        return count_words(self.text)

    @property
    def ledger(self) -> list[LedgerEntry]:
        """Every source line once, with the label and reason of the block that holds it."""
        entries: list[LedgerEntry] = []
        owner: dict[int, tuple[Label, str]] = {}
        for block, verdict in zip(self.blocks, self.verdicts, strict=True):
            for number in range(block.first_line, block.last_line + 1):
                owner[number] = (verdict.label, verdict.reason)
        for number, line in enumerate(self.document.lines):
            label, reason = owner.get(number, (Label.BOILERPLATE, "blank"))
            entries.append(LedgerEntry(self.document.line_number(number), line, label, reason))
        return entries

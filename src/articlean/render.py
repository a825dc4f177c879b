"""Result -> text, JSON or JSON Lines. Pure: strings in, strings out, no I/O.

The same result gives the same characters every time: JSON keys keep the schema's order and
non-ASCII text is written as is (outputs are UTF-8).
"""

from __future__ import annotations

import enum

from articlean.model import CaptionPolicy, Label, LedgerEntry, Result
from articlean.schema import SCHEMA_VERSION, ArticleRecord, CaptionRecord, MovedLine, RemovedLine

# The metadata key a line labelled this way went to, when it is not the label's own name.
_FIELD_OF_LABEL = {Label.CAPTION: "captions"}


class OutputFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"

    @property
    def extension(self) -> str:
        """The extension of this format's files under --output-dir (one document per file)."""
        return ".txt" if self is OutputFormat.TEXT else ".json"


def render_text(result: Result) -> str:
    """The body: paragraphs separated by a blank line, ending in a newline; empty when no body."""
    text = result.text
    return f"{text}\n" if text else ""


def fate(entry: LedgerEntry, captions: CaptionPolicy) -> str:
    """``kept``, ``moved`` or ``removed``: where a non-blank line of the ledger ended up."""
    if entry.label.is_body:
        return "kept"
    if entry.label is Label.CAPTION and captions is not CaptionPolicy.SEPARATE:
        return "kept" if captions is CaptionPolicy.KEEP else "removed"
    return "moved" if entry.label.is_metadata else "removed"


def _line_accounts(result: Result) -> tuple[list[RemovedLine], list[MovedLine]]:
    removed: list[RemovedLine] = []
    moved: list[MovedLine] = []
    for entry in result.ledger:
        if not entry.text.strip():
            continue
        where = fate(entry, result.options.caption_policy)
        if where == "removed":
            removed.append({"line": entry.line, "text": entry.text, "reason": entry.reason})
        elif where == "moved":
            field = _FIELD_OF_LABEL.get(entry.label, entry.label.value)
            moved.append({"line": entry.line, "text": entry.text, "field": field})
    return removed, moved


def to_record(result: Result, source: str) -> ArticleRecord:
    """The JSON form of a result (see :mod:`articlean.schema`)."""
    meta = result.metadata
    removed, moved = _line_accounts(result)
    captions: list[CaptionRecord] = [{"text": item.text, "credit": item.credit} for item in meta.captions]
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "title": meta.title,
        "author": meta.author,
        "date": meta.date,
        "sitename": meta.sitename,
        "description": meta.description,
        "categories": list(meta.categories),
        "tags": list(meta.tags),
        "language": meta.language,
        "text": result.text,
        "reading_time": meta.reading_time,
        "captions": captions,
        "word_count": result.word_count,
        "input_format": result.input_format.value,
        "removed": removed,
        "moved": moved,
    }


def render_json(record: ArticleRecord) -> str:
    """One pretty-printed object and a newline."""
    import json  # only JSON output needs it, not a run printing text

    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(record: ArticleRecord) -> str:
    """One object on one line and a newline."""
    import json

    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def render(result: Result, source: str, output_format: OutputFormat) -> str:
    """One document in ``output_format``, as it goes into its own file or stream."""
    if output_format is OutputFormat.TEXT:
        return render_text(result)
    record = to_record(result, source)
    return render_json(record) if output_format is OutputFormat.JSON else render_jsonl(record)


def text_header(source: str, first: bool) -> str:
    """The ``==> PATH <==`` line before each document when several go to one stream, as ``head`` does."""
    return f"{'' if first else chr(10)}==> {source} <==\n"


def json_array_item(rendered: str, first: bool) -> str:
    """A pretty object as an element of a pretty array: items then :func:`json_array_end` make
    exactly ``json.dumps(records, indent=2)``."""
    body = "\n".join(f"  {line}" for line in rendered.rstrip("\n").split("\n"))
    return ("[\n" if first else ",\n") + body


def json_array_end(empty: bool) -> str:
    return "[]\n" if empty else "\n]\n"

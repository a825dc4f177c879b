"""The JSON form of a cleaned document, declared once: its keys, their types, and its version.

Key names are those of trafilatura's metadata (``title``, ``author``, ``date``, ``sitename``,
``description``, ``categories``, ``tags``, ``language``, ``text``), null when unknown. Two choices
differ from trafilatura's own ``--json`` output, and :func:`to_trafilatura` undoes them:
``categories`` and ``tags`` are JSON lists (trafilatura joins them with ``;``), and ``sitename`` and
``description`` keep their metadata names (trafilatura's JSON calls them ``source-hostname`` and
``excerpt``). ``source`` is the input's path (``-`` for standard input), not a URL.

Every non-blank input line is in exactly one place: in ``text`` (kept), in ``moved`` (it became
metadata: ``field`` names the key it went to), or in ``removed`` (dropped, with a reason id).
Line numbers are 1-based; for HTML input they refer to the lines of the page written as a markdown
dump (:mod:`articlean.pagerender`), not to the HTML source.
"""

from __future__ import annotations

from typing import Any, TypedDict

#: Raised when a key changes meaning or goes away; adding a key does not change it.
SCHEMA_VERSION = 1


class CaptionRecord(TypedDict):
    text: str
    credit: str | None


class RemovedLine(TypedDict):
    line: int
    text: str
    reason: str


class MovedLine(TypedDict):
    line: int
    text: str
    field: str


class ArticleRecord(TypedDict):
    schema_version: int
    source: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    description: str | None
    categories: list[str]
    tags: list[str]
    language: str | None
    text: str
    reading_time: int | None
    captions: list[CaptionRecord]
    word_count: int
    input_format: str
    removed: list[RemovedLine]
    moved: list[MovedLine]


#: Our key -> the key trafilatura's ``--json`` output uses for the same thing.
TRAFILATURA_KEYS = {"sitename": "source-hostname", "description": "excerpt"}


def to_trafilatura(record: ArticleRecord) -> dict[str, Any]:
    """The record with trafilatura's JSON key names and ``;``-joined categories and tags."""
    converted: dict[str, Any] = {TRAFILATURA_KEYS.get(key, key): value for key, value in record.items()}
    converted["categories"] = ";".join(record["categories"])
    converted["tags"] = ";".join(record["tags"])
    return converted

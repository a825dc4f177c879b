"""The site's name as the page prints it: a copyright line, or a "Why you can trust X" line."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from articlean.metaphrases import alternation, phrases
from articlean.model import Block

# A site name is a few words; a longer remainder is a sentence about copyright.
MAX_SITENAME_WORDS = 6
# Copyright lines sit in the page footer; only the last blocks are read.
FOOTER_BLOCKS = 60
_YEARS = re.compile(r"^(?:(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d|present))?[\s,.]*)+", re.IGNORECASE)
_END = re.compile(r"\s*(?:[.,|·•;]|\s[-–—]\s|\ball\b|\(|\bunless\b|$)", re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(r"[\s,]+(?:inc|ltd|llc|gmbh|s\.?a|plc|corp|co|limited|ag|bv)\.?$", re.IGNORECASE)


@functools.cache
def _copyright() -> re.Pattern[str]:
    marks = alternation([entry for entry in phrases("copyright") if not entry.startswith("all ")])
    return re.compile(rf"(?:^|\s)(?:{marks})(?:\s*(?:©|\(c\)))?\s*", re.IGNORECASE)


@functools.cache
def _trust() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(phrases('trust'))})\s+(.{{2,60}}?)\s*[?.!]?$", re.IGNORECASE)


def _name(rest: str) -> str | None:
    rest = _YEARS.sub("", rest.strip())
    rest = re.sub(r"^(?:by|von|par|por|di)\s+", "", rest, flags=re.IGNORECASE)
    end = _END.search(rest)
    name = rest[: end.start()] if end else rest
    name = re.sub(r"[\s,]+(?:19|20)\d\d$", "", name.strip())
    name = _LEGAL_SUFFIX.sub("", name).strip()
    if not name or len(name.split()) > MAX_SITENAME_WORDS or not any(char.isalpha() for char in name):
        return None
    return name


def from_copyright_line(text: str) -> str | None:
    """ "© 2024 The Daily Example. All rights reserved." -> "The Daily Example"."""
    if len(text.split()) > 30:
        return None
    match = _copyright().search(text)
    if not match:
        return None
    return _name(text[match.end() :])


def from_copyright(blocks: Sequence[Block]) -> str | None:
    for block in reversed(blocks[-FOOTER_BLOCKS:]):
        if block.text and ("©" in block.text or "opyright" in block.text or "(c)" in block.text.casefold()):
            name = from_copyright_line(block.text)
            if name:
                return name
    return None


def from_trust_line(text: str) -> str | None:
    match = _trust().match(text.strip())
    return match.group(1) if match else None

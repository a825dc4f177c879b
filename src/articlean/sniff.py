"""Plain text, markdown or HTML? Decided from the first part of the text, cheaply."""

from __future__ import annotations

import re

from articlean import regexes
from articlean.model import InputFormat
from articlean.references import is_reference_dump

_SAMPLE = 20_000
_HTML_START = regexes.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_HTML_TAG = regexes.compile(
    r"<(?:html|head|body|div|p|span|a\s|script|meta|article|section|table|ul|li)\b", re.IGNORECASE
)
_MD_LINK = regexes.compile(r"\]\((?:[^)\s]*)\)")
_MD_HEADING = regexes.compile(r"^#{1,6}\s+\S", re.MULTILINE)
# Strong text opens and closes on a letter or sign, not on a third underscore or star: a rule of
# underscores under a box ("______") is no emphasis (a gettext dump read as markdown, its run-on lines
# left uncut: gettext shape F1 0.9585 -> 0.9586, one page; no dev dump sniffed differently but that
# page's r1 and r2, whose outputs are the same).
_MD_EMPHASIS = regexes.compile(r"(?:\*\*|__)[^\s*_][^\n]*?[^\s*_](?:\*\*|__)")
# Tags per 1,000 characters above which a text with no <html> start is still HTML.
_TAG_DENSITY = 2.0
# Markdown signals (links, headings, strong) needed to call a text markdown.
_MARKDOWN_SIGNALS = 3


def sniff(text: str) -> InputFormat:
    """Guess the input format of a decoded dump."""
    sample = text[:_SAMPLE]
    if _HTML_START.match(sample):
        return InputFormat.HTML
    # Text that quotes HTML (a tutorial) does not start with a tag; a page saved without doctype does.
    if sample.lstrip().startswith("<"):
        tags = len(_HTML_TAG.findall(sample))
        if tags >= 5 and tags * 1000 / max(len(sample), 1) >= _TAG_DENSITY:
            return InputFormat.HTML
    signals = _count(_MD_LINK, sample, "](") + _count(_MD_HEADING, sample, "#")
    signals += _count(_MD_EMPHASIS, sample, "**", "__")
    # A text-mode browser's dump of a page keeps the markdown its page printed as text (a link whose
    # brackets it could not read); its closing list of URLs says what it is.
    if signals >= _MARKDOWN_SIGNALS and not is_reference_dump(text.splitlines()):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT


def _count(pattern: re.Pattern[str], sample: str, *needed: str) -> int:
    """Matches of ``pattern``; none without one of the literals every match holds (a cheap test)."""
    return len(pattern.findall(sample)) if any(literal in sample for literal in needed) else 0

"""Text-mode browser dumps (``lynx -dump``, ``elinks -dump``): numbered link markers and their list.

Such dumps print every link as ``[12]Link text`` and close the page with a "References" list of the
numbered URLs. The markers are markup, not words of the page (``[12]Home`` would read as the words
"12" and "Home"), and the list is the page's URLs: both go, the line structure stays, and the
characters that follow a marker count as link text, as markdown links do. So do the placeholders
lynx prints for images without alt text and for embeds ("[IMG]", "[INLINE]"): the line keeps a mark
that it held an image, as a markdown image does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARKER = re.compile(r"\[\d{1,5}\]")
# What lynx prints for an element it cannot show as text: an image without alt text, an inline frame.
_PLACEHOLDER = re.compile(r"\[(?:IMG|INLINE|EMBED|BUTTON|OBJ|FRAME|IFRAME)\]")
# The heading of the closing list, and the sub-headings elinks writes inside it.
_LIST_HEADINGS = frozenset({"references", "visible links", "visible links:", "hidden links", "hidden links:"})
# One numbered URL (absolute, or relative as some dumpers leave them): one token.
_LIST_ENTRY = re.compile(r"^\s*\d{1,5}\.\s+\S+\s*$")
# Markers a dump needs before its brackets are read as link markers rather than citations.
MIN_MARKERS = 3


def reference_list_start(lines: Sequence[str]) -> int | None:
    """Index of the "References" line that opens the closing list of URLs, or None when the dump
    does not end with one (every line after it is blank, a list heading or a numbered URL)."""
    entries = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line or line.isspace():
            continue
        key = line.strip().casefold()
        if key == "references" and entries:
            return index
        if _LIST_ENTRY.match(line):
            entries += 1
        elif key not in _LIST_HEADINGS:
            return None
    return None


def reference_list(lines: Sequence[str]) -> int | None:
    """Where the closing list of URLs starts, when the dump is a text-mode browser's: it ends with
    that list and has link markers before it. None for any other text."""
    start = reference_list_start(lines)
    if start is None:
        return None
    markers = 0
    for index in range(start):
        if "[" in lines[index]:
            markers += len(_MARKER.findall(lines[index]))
            if markers >= MIN_MARKERS:
                return start
    return None


def is_reference_dump(lines: Sequence[str]) -> bool:
    """A dump with link markers and the closing list that numbers them."""
    return reference_list(lines) is not None


def strip_placeholders(text: str) -> tuple[str, bool]:
    """``text`` without lynx's placeholders for images and embeds ("[IMG]"), and whether it had one."""
    if "[" not in text:
        return text, False
    stripped = _PLACEHOLDER.sub("", text)
    return stripped, len(stripped) != len(text)


def strip_markers(text: str) -> tuple[str, int]:
    """``text`` without link markers, and how many of its characters are link text.

    A dump does not show where a link's text ends: a line that starts with a marker (a menu entry, a
    list of links) is link text to its end; a marker inside a sentence counts the word after it."""
    if "[" not in text:
        return text, 0
    parts = _MARKER.split(text)
    if len(parts) == 1:
        return text, 0
    if not parts[0].strip():
        return "".join(parts), sum(len(part.strip()) for part in parts)
    glued = (part.split(None, 1) for part in parts[1:] if part[:1] and not part[:1].isspace())
    return "".join(parts), sum(len(words[0]) for words in glued if words)

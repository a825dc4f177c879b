"""``--diff``: a unified diff from a document's input lines to the text articlean prints. Pure, plain text.

The "before" side is the decoded input (for HTML, the lines of the page written as a markdown
dump by :mod:`articlean.pagerender`, the same lines the ledger numbers); the "after" side is
exactly ``--format text``.
The output is what ``diff -u`` prints, so ``patch`` applies it and colordiff, delta or an
editor show it.
"""

from __future__ import annotations

import difflib

from articlean.model import Result
from articlean.render import render_text

# Unchanged lines shown around each change, as ``diff -u`` does.
CONTEXT_LINES = 3

Opcode = tuple[str, int, int, int, int]


# What diff(1) writes after a last line that has no line break, so that patch(1) leaves it so.
NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(
    result: Result, source: str, context: int = CONTEXT_LINES, final_newline: bool = True
) -> str:
    """``--- SOURCE`` / ``+++ SOURCE (cleaned)`` and the hunks; empty when the body is the input.

    ``final_newline``: whether the input ends with a line break; when it does not, its last line
    differs from the same text followed by one, and is marked as diff(1) marks it."""
    before = [f"{line}\n" for line in result.document.lines]
    if before and not final_newline:
        before[-1] = before[-1][:-1]
    after = render_text(result).splitlines(keepends=True)
    # Blank lines are junk to the matcher: the output puts one between paragraphs where the input
    # may have none, and matching on blanks would pair kept paragraphs with the wrong lines.
    matcher = difflib.SequenceMatcher(_is_blank, before, after, autojunk=False)
    groups = list(matcher.get_grouped_opcodes(context))
    if not groups:
        return ""
    lines = [f"--- {source}\n", f"+++ {source} (cleaned)\n"]
    for group in groups:
        lines.append(_hunk_header(group))
        for tag, first, last, first_after, last_after in group:
            if tag == "equal":
                lines.extend(_marked(" ", before[first:last]))
                continue
            lines.extend(_marked("-", before[first:last]))
            lines.extend(_marked("+", after[first_after:last_after]))
    return "".join(lines)


def _marked(prefix: str, lines: list[str]) -> list[str]:
    return [f"{prefix}{line}" if line.endswith("\n") else f"{prefix}{line}\n{NO_NEWLINE}" for line in lines]


def _is_blank(line: str) -> bool:
    return not line.strip()


def _hunk_header(group: list[Opcode]) -> str:
    first, last = group[0], group[-1]
    return f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n"


def _range(start: int, stop: int) -> str:
    """A hunk's line range as diff -u writes it: 1-based start, and the length unless it is one."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"

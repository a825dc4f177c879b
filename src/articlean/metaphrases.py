"""The phrase lists of the metadata stage, read once from ``data/metadata-phrases.txt``."""

from __future__ import annotations

import functools
import re
from importlib import resources

from articlean import regexes
from articlean.phrases import phrase_lines

_SECTION = regexes.compile(r"^\[([a-z-]+)\]$")


@functools.cache
def sections() -> dict[str, tuple[str, ...]]:
    """Section name -> its entries, casefolded, in file order."""
    text = (resources.files("articlean") / "data" / "metadata-phrases.txt").read_text(encoding="utf-8")
    result: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = _SECTION.match(line)
        if header:
            current = result.setdefault(header.group(1), [])
        elif current is not None:
            current.append(line.casefold())
    return {name: tuple(entries) for name, entries in result.items()}


def phrases(section: str) -> tuple[str, ...]:
    return sections().get(section, ())


@functools.cache
def months() -> dict[str, int]:
    """Month name or abbreviation (casefolded, without dots) -> month number."""
    table: dict[str, int] = {}
    for entry in phrases("month"):
        number, *names = entry.split()
        for name in names:
            table.setdefault(name.replace(".", ""), int(number))
    return table


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal phrases, longest first so the longest phrase wins; phrases of
    one length in their own order, so that a pattern reads the same in every process (a set's order
    changes with the hash seed) and its compiled code is found again (:mod:`articlean.regexes`)."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


@functools.cache
def interface_phrases() -> tuple[str, ...]:
    """Navigation and sharing phrases (the body classifier's list), casefolded as written."""
    return tuple(line.casefold() for line in phrase_lines("ui-phrases.txt"))

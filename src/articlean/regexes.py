"""articlean's regular expressions, compiled once per Python and kept beside its bytecode.

Compiling a pattern runs Python code (the parser and the compiler of :mod:`re`): the ~150 patterns
a small dump meets took 16-26 ms of a 100-125 ms run (CPU), more than cleaning it. What they compile to is
a list of integers for the regex engine (``_sre``) that depends only on the pattern, its flags and
the Python that compiled it; :func:`compile` keeps those lists in one file per Python build and
hands a known pattern straight to the engine (about 5 µs instead of 0.2-5 ms). The pattern it
returns is equal to ``re.compile``'s (``==`` on patterns compares their compiled code), so every
match is the same. The file lives where Python writes the package's bytecode
(``__pycache__``, or under ``PYTHONPYCACHEPREFIX``), is written only when Python may write
bytecode there (not under ``PYTHONDONTWRITEBYTECODE``), and only by :func:`save`, which the command
calls once its inputs are done. A missing, unreadable or foreign file (another Python, another
engine) only means compiling as ``re.compile`` does.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import re
import sys
from importlib.util import cache_from_source
from typing import Any, AnyStr

# The engine's entry point and the stages of re.compile before it (re._parser and re._compiler
# since Python 3.11, sre_parse and sre_compile before); private, so only reached here.
_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_compiler: Any = importlib.import_module("re._compiler" if sys.version_info >= (3, 11) else "sre_compile")

# Code compiled by one Python is only read back by the same build and engine version.
_VERSION = ".".join(map(str, sys.version_info))
STORE_NAME = f"regexes.{sys.implementation.cache_tag}-{_VERSION}-sre{_sre.MAGIC}.marshal"
# Past this many patterns the file is started again: patterns built from data files that changed
# (a developer's edits) would otherwise stay in it for good, and each run reads the whole file (0.3 ms
# for the ~170 patterns of text and HTML runs together).
MAX_PATTERNS = 1000

# Flags whose patterns are compiled each time: a locale's patterns follow the locale of the moment,
# and DEBUG prints the compiled pattern (neither is used by the cleaner).
_UNKEPT = re.LOCALE | re.DEBUG

Key = tuple[str | bytes, int]
# re.compile's arguments to the engine after the pattern: flags, code, groups, group names both ways.
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """The compiled patterns read from the file, and whether this process added any."""

    def __init__(self) -> None:
        self.entries: dict[Key, Compiled] | None = None
        self.added = False


_store = _Store()


def store_path() -> str | None:
    """Where this Python keeps the compiled patterns (None when it keeps no bytecode for us)."""
    try:
        bytecode = cache_from_source(os.path.abspath(__file__))
    except (NotImplementedError, ValueError):  # no cache_tag, or an unusable path
        return None
    return os.path.join(os.path.dirname(bytecode), STORE_NAME)


def _entries() -> dict[Key, Compiled]:
    if _store.entries is None:
        _store.entries = _read(store_path())
    return _store.entries


def _read(path: str | None) -> dict[Key, Compiled]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as stream:
            entries = marshal.loads(stream.read())  # marshal.load(stream) reads a byte at a time
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _compiled(pattern: str | bytes, flags: int) -> Compiled:
    """What ``re.compile`` hands the engine for ``pattern`` (its steps, as plain ints for marshal)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the compiled code kept for this Python when it has it."""
    if flags & _UNKEPT:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entries = _entries()
    known = entries.get(key)
    if known is not None:
        # Code this engine turns down (its validator raises) is compiled again below.
        with contextlib.suppress(TypeError, ValueError, RuntimeError, OverflowError):
            compiled: re.Pattern[AnyStr] = _sre.compile(pattern, *known)
            return compiled
    try:
        made = _compiled(pattern, int(flags))
        compiled = _sre.compile(pattern, *made)
    except (TypeError, ValueError, RuntimeError, AttributeError):  # an engine unlike CPython's
        return re.compile(pattern, flags)
    entries[key] = made
    _store.added = True
    return compiled


def save() -> None:
    """Write the compiled patterns if this process compiled new ones and Python may write bytecode
    beside the package; a folder it may not write to is no error (as with bytecode)."""
    path = store_path()
    if not _store.added or path is None or sys.dont_write_bytecode:
        return
    entries = _read(path)  # what other processes saved since this one read the file
    if len(entries) > MAX_PATTERNS:
        entries = {}
    entries.update(_entries())
    # A fresh name, then a rename: a reader sees the old file or the new one, never half of one.
    temporary = f"{path}.{os.getpid()}-{os.urandom(4).hex()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "xb") as stream:
            stream.write(marshal.dumps(entries))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _store.added = False

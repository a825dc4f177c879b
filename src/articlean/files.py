"""Paths, folders and '-': which inputs a command names, where their outputs go, atomic writes.

Nothing here reads or cleans a document; a path that does not exist is still an input (reading it
fails later, for that input only, so the others are still cleaned).
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath
from typing import BinaryIO, NamedTuple

STDIN = "-"
# What a folder is walked for when no --glob is given.
DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")
# The name an output of standard input gets under --output-dir (plus the format's extension).
STDIN_OUTPUT_STEM = "stdin"




class UsageProblem(Exception):
    """The paths cannot work together (the CLI reports it as a usage error, exit code 2)."""


class Source(NamedTuple):
    """One input: ``path`` None means standard input.

    ``display`` is how messages, ``==> PATH <==`` headers and the JSON ``source`` name it;
    ``relative`` is where its output goes under --output-dir (the path below the folder given,
    or the file name for a file given by itself).
    """

    display: str
    path: str | None
    relative: PurePosixPath


class Inputs:
    """The inputs of one command, in order, listed afresh each time they are iterated: a batch of a
    million dumps is walked (twice when it learns), never held in memory.

    ``paths`` are the command's arguments (folders expanded when iterated), then the paths of
    ``listing`` (a --files-from list, spooled to a temporary file so it can be read again).
    ``several`` is true when the command could name more than one input (more than one argument, a
    folder or a list), so the output shape does not depend on how many files a folder holds."""

    __slots__ = ("globs", "listing", "output_dir", "paths", "recursive", "several")

    def __init__(
        self,
        paths: tuple[str, ...],
        globs: tuple[str, ...],
        recursive: bool,
        output_dir: str | None,
        several: bool,
        listing: BinaryIO | None = None,
    ) -> None:
        self.paths = paths
        self.globs = globs
        self.recursive = recursive
        self.output_dir = output_dir
        self.several = several
        self.listing = listing

    def __iter__(self) -> Iterator[Source]:
        for path in self.paths:
            if path == STDIN:
                yield Source(STDIN, None, PurePosixPath(STDIN_OUTPUT_STEM))
            elif os.path.isdir(path):
                yield from walk(path, self.globs, self.recursive, skip=self.output_dir)
            else:
                name = os.path.basename(os.path.normpath(path))
                yield Source(display_path(path), path, PurePosixPath(name))
        if self.listing is not None:
            self.listing.seek(0)
            yield from listed(read_list(self.listing))


def display_path(path: str) -> str:
    """A path made printable on one line: undecodable bytes replaced, line breaks escaped."""
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\r", "\\r").replace("\n", "\\n")


def matches(relative: PurePosixPath, globs: Sequence[str]) -> bool:
    """Case-insensitive glob match on the file name, or on the relative path when a pattern has '/'."""
    for pattern in globs:
        target = str(relative) if "/" in pattern else relative.name
        if fnmatch.fnmatchcase(target.casefold(), pattern.casefold()):
            return True
    return False


def _same_place(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def walk(folder: str, globs: Sequence[str], recursive: bool, skip: str | None = None) -> Iterator[Source]:
    """Files under ``folder`` matching ``globs``, sorted by path so runs are deterministic.

    Hidden folders (``.git``, ``.venv``) and ``skip`` (the output folder) are not entered; symbolic
    links to folders are not followed, so a link loop cannot trap the walk.
    """
    for root, dirs, files in os.walk(folder, followlinks=False):
        keep = [] if not recursive else sorted(name for name in dirs if not name.startswith("."))
        if skip is not None:
            keep = [name for name in keep if not _same_place(os.path.join(root, name), skip)]
        dirs[:] = keep
        below = PurePosixPath(*Path(os.path.relpath(root, folder)).parts)
        for name in sorted(files):
            relative = below / name
            if matches(relative, globs):
                path = os.path.join(root, name)
                yield Source(display_path(path), path, relative)


def collect(
    paths: Sequence[str],
    globs: Sequence[str],
    recursive: bool,
    output_dir: str | None,
    listing: BinaryIO | None = None,
) -> Inputs:
    """The inputs named by ``paths`` (none, and no ``listing``, means standard input)."""
    if not paths and listing is None:
        paths = (STDIN,)
    if sum(1 for path in paths if path == STDIN) > 1:
        raise UsageProblem("standard input ('-') can be read only once")
    for path in paths:
        if path != STDIN and output_dir is not None and os.path.isdir(path) and _same_place(path, output_dir):
            raise UsageProblem(f"output folder {display_path(output_dir)!r} is an input folder")
    folders = any(path != STDIN and os.path.isdir(path) for path in paths)
    several = len(paths) > 1 or listing is not None or folders
    return Inputs(tuple(paths), tuple(globs), recursive, output_dir, several, listing)


def listed(paths: Iterable[str]) -> Iterator[Source]:
    """Inputs named one per line by --files-from. Each output keeps the path as listed, made
    relative (``/`` and ``..`` parts dropped), so ``find dumps -name '*.txt'`` mirrors ``dumps/``."""
    for path in paths:
        parts = [part for part in PurePosixPath(path.replace(os.sep, "/")).parts if part not in ("/", "..")]
        relative = PurePosixPath(*parts) if parts else PurePosixPath(os.path.basename(path) or "input")
        yield Source(display_path(path), path, relative)


def read_list(stream: BinaryIO) -> Iterator[str]:
    """Paths from a --files-from list, one a line as they are read: blank lines ignored,
    undecodable bytes kept."""
    for raw in stream:
        line = raw.decode("utf-8", "surrogateescape").rstrip("\n")
        if line.strip() and line != "\r":
            yield line


def spool(stream: BinaryIO) -> BinaryIO:
    """A copy of ``stream`` (a --files-from list, maybe standard input or a pipe) in an anonymous
    temporary file, so that the list can be read once per pass without being held in memory."""
    import shutil
    import tempfile

    copy = tempfile.TemporaryFile()  # noqa: SIM115 - the caller holds it for the whole run
    shutil.copyfileobj(stream, copy)
    return copy


def is_fresh(output: str, source: str) -> bool:
    """True when ``output`` exists and was written after ``source`` last changed (--resume)."""
    try:
        return os.stat(output).st_mtime_ns > os.stat(source).st_mtime_ns
    except OSError:
        return False


def output_path(source: Source, output_dir: str, extension: str) -> str:
    """Where ``source``'s output goes: its relative path under ``output_dir``, extension replaced.

    ``page.html`` becomes ``page.json``; ``case.r1.txt`` becomes ``case.r1.json``.
    """
    relative = source.relative
    name = relative.stem if relative.suffix else relative.name
    return os.path.join(output_dir, *relative.parent.parts, name + extension)


def temporary_beside(path: str) -> str:
    """A fresh hidden name (walks and --resume skip dot files) for a temporary file beside ``path``.

    The name is chosen before the file is made, unlike with ``tempfile.mkstemp``: a signal handled
    just after the file is created, but before mkstemp returns its name, would leave it behind."""
    folder = os.path.dirname(path) or "."
    return os.path.join(folder, f".articlean-{os.urandom(8).hex()}.tmp")


def create_new(path: str) -> int:
    """Create ``path``, which must not exist, for writing; with the usual permissions (0666 less
    the umask), not mkstemp's 0600."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename, so a
    reader never sees half a file and an interrupted write leaves the previous file intact."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    temporary = temporary_beside(path)
    try:
        with os.fdopen(create_new(temporary), "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        # Also on KeyboardInterrupt: no partial temporary file may stay behind.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise

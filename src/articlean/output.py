"""Where rendered documents go: standard output (one stream) or one file per input (--output-dir)."""

from __future__ import annotations

import contextlib
import errno
import os
from typing import BinaryIO, Protocol

from articlean.errors import ArticleanError
from articlean.files import Source, create_new, output_path, temporary_beside, write_atomic
from articlean.model import Result
from articlean.render import (
    OutputFormat,
    json_array_end,
    json_array_item,
    render,
    render_json,
    text_header,
    to_record,
)

STDOUT_NAME = "<stdout>"
# Errors after which no other output can be written either: the run stops at the first one
# instead of failing each of the inputs left (a full disk, a quota, a read-only file system).
DEVICE_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS})


class WriteFailed(ArticleanError):
    """The output itself cannot be written (a full disk, a device error): the run stops, since
    every later document would fail the same way; a file being written is abandoned, so the
    previous one stays whole. Reported as ``articlean: OUTPUT: cannot write: reason``."""

    def __init__(self, path: str, error: OSError) -> None:
        super().__init__(f"cannot write: {error.strerror or error}")
        self.path = path


class Sink(Protocol):
    #: The format a document can be rendered in beforehand (where it is cleaned) and handed to
    #: write_rendered; None when the sink renders each document itself.
    rendered_format: OutputFormat | None

    def write(self, source: Source, result: Result) -> None: ...

    def write_rendered(self, source: Source, chunk: str) -> None: ...

    def close(self) -> None: ...


class ResultSink:
    """A sink that needs each document's whole Result (the inspection views), never a rendering."""

    rendered_format: OutputFormat | None = None

    def write_rendered(self, source: Source, chunk: str) -> None:
        raise TypeError(f"{type(self).__name__} needs the whole result, not a rendering")


class StreamSink:
    """All documents into one stream. Several inputs: text gets ``==> PATH <==`` headers, json
    becomes one array, jsonl is one line each. The stream is flushed after every document so a
    pipe reader sees results as they come (and a closed pipe is noticed early)."""

    def __init__(self, stream: BinaryIO, output_format: OutputFormat, several: bool) -> None:
        self._stream = stream
        self._format = output_format
        self._several = several
        self._written = 0
        # Several documents as text or one JSON array need headers and separators around each.
        plain = not several or output_format is OutputFormat.JSONL
        self.rendered_format = output_format if plain else None

    def write(self, source: Source, result: Result) -> None:
        first = self._written == 0
        if not self._several:
            chunk = render(result, source.display, self._format)
        elif self._format is OutputFormat.TEXT:
            chunk = text_header(source.display, first) + render(result, source.display, self._format)
        elif self._format is OutputFormat.JSON:
            chunk = json_array_item(render_json(to_record(result, source.display)), first)
        else:
            chunk = render(result, source.display, self._format)
        self.write_rendered(source, chunk)

    def write_rendered(self, source: Source, chunk: str) -> None:
        self._emit(chunk)
        self._written += 1

    def close(self) -> None:
        if self._several and self._format is OutputFormat.JSON:
            self._emit(json_array_end(self._written == 0))

    def _emit(self, chunk: str) -> None:
        try:
            self._stream.write(chunk.encode("utf-8", "replace"))
            self._stream.flush()
        except BrokenPipeError:
            raise  # the reader went away: not a failure (the command stops quietly)
        except OSError as error:
            raise WriteFailed(STDOUT_NAME, error) from error


class DirectorySink:
    """One file per input under a folder, mirroring the inputs' relative paths; written atomically.
    An existing output file is replaced. Two inputs mapping to one output file, or an output that
    would replace its own input, fail that input."""

    def __init__(self, folder: str, output_format: OutputFormat) -> None:
        self._folder = folder
        self._format = output_format
        self.rendered_format: OutputFormat | None = output_format
        # Digests of the output paths written so far: a few dozen bytes per input, not the paths,
        # so that a batch of millions keeps memory flat.
        self._claimed: set[bytes] = set()

    def write(self, source: Source, result: Result) -> None:
        self.write_rendered(source, render(result, source.display, self._format))

    def write_rendered(self, source: Source, chunk: str) -> None:
        path = output_path(source, self._folder, self._format.extension)
        key = os.path.normcase(os.path.abspath(path)).encode("utf-8", "surrogateescape")
        from hashlib import blake2b  # only for a folder of outputs: a run printing one file needs none

        digest = blake2b(key, digest_size=12).digest()
        if digest in self._claimed:
            raise ArticleanError(f"output {path} is also the output of an earlier input")
        if source.path is not None and os.path.exists(path) and os.path.samefile(path, source.path):
            raise ArticleanError(f"output {path} would overwrite the input")
        self._claimed.add(digest)
        try:
            write_atomic(path, chunk.encode("utf-8", "replace"))
        except OSError as error:
            if error.errno in DEVICE_FULL:
                raise WriteFailed(path, error) from error
            raise ArticleanError(f"cannot write {path}: {error.strerror or error}") from error

    def close(self) -> None:
        pass


class JsonlFileSink:
    """Every document as one JSON line of a single file (``-o out.jsonl``), in input order. The
    lines go to a temporary file beside it, renamed into place by ``close``: an interrupted run
    leaves the previous file, never half of a new one."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._temporary = temporary_beside(path)
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            self._stream = os.fdopen(create_new(self._temporary), "wb")
        except OSError as error:
            raise ArticleanError(f"cannot write {path}: {error.strerror or error}") from error
        except BaseException:  # interrupted between creating the file and holding it
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._temporary)
            raise

    rendered_format: OutputFormat | None = OutputFormat.JSONL

    def write(self, source: Source, result: Result) -> None:
        self.write_rendered(source, render(result, source.display, OutputFormat.JSONL))

    def write_rendered(self, source: Source, chunk: str) -> None:
        try:
            self._stream.write(chunk.encode("utf-8", "replace"))
        except OSError as error:
            self.abort()
            raise WriteFailed(self._path, error) from error

    def close(self) -> None:
        try:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            os.replace(self._temporary, self._path)
        except OSError as error:
            self.abort()
            raise WriteFailed(self._path, error) from error

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._stream.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._temporary)

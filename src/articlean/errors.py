"""Errors the core raises for input it cannot clean; the CLI turns each into one line on stderr."""

from __future__ import annotations

import time


class ArticleanError(Exception):
    """Base class: a problem with one input, reported as ``articlean: PATH: message``."""


class NotTextError(ArticleanError):
    """The bytes are not a text document (an image, an archive, random data)."""


class TimedOut(ArticleanError):
    """Cleaning one input took longer than its time limit (``--timeout``)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g}s")
        self.seconds = seconds



class Deadline:
    """A time limit of ``seconds`` for one input, counted from ``start`` (``time.monotonic()``).

    The pipeline checks it between stages, so it works in any thread (a Dask worker's too); the
    batch also arms SIGALRM where it can (the main thread), which interrupts a long stage."""

    __slots__ = ("seconds", "start")

    def __init__(self, seconds: float, start: float | None = None) -> None:
        self.seconds = seconds
        self.start = time.monotonic() if start is None else start

    def check(self) -> None:
        if time.monotonic() - self.start > self.seconds:
            raise TimedOut(self.seconds)

"""Errors the core raises for input it cannot clean; the CLI turns each into one line on stderr."""

from __future__ import annotations


class ArticleanError(Exception):
    """Base class: a problem with one input, reported as ``articlean: PATH: message``."""


class NotTextError(ArticleanError):
    """The bytes are not a text document (an image, an archive, random data)."""

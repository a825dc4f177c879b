"""Caches of per-text work that live as long as one document's clean.

The stages ask the same questions of a document's lines in every pass (the classifier's rounds, each
settle pass, the stability re-checks), so the answers are remembered. A cache of fixed size
overflowed on a document with more distinct lines than it held: the passes then evicted each other's
entries and recomputed everything (120,000 distinct short lines took 4.6 times as long as 60,000).
These caches have no size limit; instead :func:`document_scope` (entered by
:func:`articlean.pipeline.clean`) empties them all when a clean ends, so that a document of any
length keeps every answer for its later passes, and a batch of millions of files holds no text of a
document already cleaned. What is cached outside a clean (a caller using a stage directly) is emptied
by the next clean, or by :func:`clear`.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import TypeVar

_T = TypeVar("_T")

# The clear() of every document-scoped cache, in the order the modules were imported.
_CLEARERS: list[Callable[[], None]] = []
# Cleans in progress: a clean started inside another (none does so today) keeps the outer one's caches.
_depth = 0


def per_document(function: Callable[..., _T]) -> functools._lru_cache_wrapper[_T]:
    """``function`` memoised until the end of the current document's clean (an unbounded
    ``functools.lru_cache``, the fastest form in C, registered with :func:`clear`)."""
    cached = functools.lru_cache(maxsize=None)(function)
    _CLEARERS.append(cached.cache_clear)
    return cached


def register(clearer: Callable[[], None]) -> Callable[[], None]:
    """Have ``clearer`` (which empties a module's own caches) called whenever the document caches are
    emptied; returns it, so that it can decorate."""
    _CLEARERS.append(clearer)
    return clearer


def in_document() -> bool:
    """Whether a clean is in progress (what is remembered then belongs to one document)."""
    return _depth > 0


def clear() -> None:
    """Empty every document-scoped cache."""
    for clearer in _CLEARERS:
        clearer()


@contextlib.contextmanager
def document_scope() -> Iterator[None]:
    """One document's clean: the caches start empty and are emptied when it ends, however it ends."""
    global _depth
    if not _depth:
        clear()
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if not _depth:
            clear()

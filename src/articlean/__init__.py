"""articlean: clean scraped article dumps (text, markdown or HTML) down to the article.

The public API is :func:`clean` with its :class:`Options` and :class:`Result`. Names are loaded on
first use so that ``import articlean`` (and ``articlean --version``) stays as cheap as importing click.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from articlean.model import CaptionPolicy, InputFormat, Metadata, Mode, Options, Result
    from articlean.pipeline import clean

_LAZY = {
    "CaptionPolicy": "articlean.model",
    "InputFormat": "articlean.model",
    "Metadata": "articlean.model",
    "Mode": "articlean.model",
    "Options": "articlean.model",
    "Result": "articlean.model",
    "clean": "articlean.pipeline",
}
__all__ = ["CaptionPolicy", "InputFormat", "Metadata", "Mode", "Options", "Result", "__version__", "clean"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'articlean' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
